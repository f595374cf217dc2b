package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Buildkite's {@code .buildkite/pipeline.yml}: docker plugin images. */
public final class BuildkiteExtractor implements Extractor {

    @Override
    public String id() {
        return "buildkite";
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
