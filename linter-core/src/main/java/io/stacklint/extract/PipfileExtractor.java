package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Pipenv's {@code Pipfile}. */
public final class PipfileExtractor implements Extractor {

    @Override
    public String id() {
        return "pipfile";
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
