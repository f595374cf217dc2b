package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads AppVeyor's {@code appveyor.yml}: images, stacks and services. */
public final class AppveyorExtractor implements Extractor {

    @Override
    public String id() {
        return "appveyor";
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
