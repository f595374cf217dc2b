package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Kubernetes manifests: any YAML document with {@code apiVersion} and {@code kind}. */
public final class KubernetesExtractor implements Extractor {

    @Override
    public String id() {
        return "kubernetes";
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
