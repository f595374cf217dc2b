package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Kustomize's {@code kustomization.yaml} images. */
public final class KustomizeExtractor implements Extractor {

    @Override
    public String id() {
        return "kustomize";
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
