package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder for the gradle.lockfile extractor: transitive evidence from the lockfile. */
public final class GradleLockfileExtractor implements Extractor {

    @Override
    public String id() {
        return "gradle-lockfile";
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
