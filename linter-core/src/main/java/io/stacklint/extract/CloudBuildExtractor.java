package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Google Cloud Build's {@code cloudbuild.yaml}: step images. */
public final class CloudBuildExtractor implements Extractor {

    @Override
    public String id() {
        return "cloudbuild";
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
