package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads SaltStack states ({@code *.sls}): the states and formulas they use. */
public final class SaltExtractor implements Extractor {

    @Override
    public String id() {
        return "salt";
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
