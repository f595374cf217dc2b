package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the yarn.lock, classic and Berry extractor: transitive evidence from the lockfile. */
public final class YarnLockExtractor implements Extractor {

    @Override
    public String id() {
        return "yarn-lock";
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
