package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Helm charts: {@code Chart.yaml} dependencies and the images of {@code values.yaml}. */
public final class HelmChartExtractor implements Extractor {

    @Override
    public String id() {
        return "helm-chart";
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
