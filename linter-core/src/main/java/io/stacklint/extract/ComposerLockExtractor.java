package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the composer.lock extractor: transitive evidence from the lockfile. */
public final class ComposerLockExtractor implements Extractor {

    @Override
    public String id() {
        return "composer-lock";
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
