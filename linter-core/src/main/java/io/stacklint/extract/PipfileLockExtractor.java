package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the Pipfile.lock extractor: transitive evidence from the lockfile. */
public final class PipfileLockExtractor implements Extractor {

    @Override
    public String id() {
        return "pipfile-lock";
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
