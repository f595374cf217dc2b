package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the package-lock.json and npm-shrinkwrap.json extractor: transitive evidence from the lockfile. */
public final class NpmLockExtractor implements Extractor {

    @Override
    public String id() {
        return "npm-lock";
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
