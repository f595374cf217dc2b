package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads literal {@code install_requires} lists in {@code setup.py}. */
public final class SetupPyExtractor implements Extractor {

    @Override
    public String id() {
        return "setup-py";
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
