package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads CircleCI's {@code .circleci/config.yml}: images, orbs, machines. */
public final class CircleciExtractor implements Extractor {

    @Override
    public String id() {
        return "circleci";
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
