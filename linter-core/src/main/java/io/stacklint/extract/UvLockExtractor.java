package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the uv.lock extractor: transitive evidence from the lockfile. */
public final class UvLockExtractor implements Extractor {

    @Override
    public String id() {
        return "uv-lock";
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
