package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Dockerfiles and Containerfiles: every {@code FROM} of a multi-stage build. */
public final class DockerfileExtractor implements Extractor {

    @Override
    public String id() {
        return "dockerfile";
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
