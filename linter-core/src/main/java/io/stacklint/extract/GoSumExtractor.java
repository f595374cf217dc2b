package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the go.sum extractor: transitive evidence from the lockfile. */
public final class GoSumExtractor implements Extractor {

    @Override
    public String id() {
        return "go-sum";
    }

    @Override
    public boolean accepts(String path) {
        return false;
    }

    @Override
    public List<Evidence> extract(SourceFile file) {
        return List.of();
    }
}
