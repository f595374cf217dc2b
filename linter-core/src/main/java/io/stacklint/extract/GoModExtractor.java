package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Go modules: {@code go.mod} and {@code go.work}. */
public final class GoModExtractor implements Extractor {

    @Override
    public String id() {
        return "go-mod";
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
