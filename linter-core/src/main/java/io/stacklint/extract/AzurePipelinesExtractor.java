package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Azure Pipelines' {@code azure-pipelines.yml}: container and service images. */
public final class AzurePipelinesExtractor implements Extractor {

    @Override
    public String id() {
        return "azure-pipelines";
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
