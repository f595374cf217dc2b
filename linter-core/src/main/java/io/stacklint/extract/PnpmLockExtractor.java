package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the pnpm-lock.yaml extractor: transitive evidence from the lockfile. */
public final class PnpmLockExtractor implements Extractor {

    @Override
    public String id() {
        return "pnpm-lock";
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
