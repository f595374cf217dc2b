package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelmChartExtractorTest {

    private static final String CHART = "apiVersion: v2\nname: app\nversion: 1.0.0\n";

    private final HelmChartExtractor extractor = new HelmChartExtractor();

    private static SourceFile inChart(String path, String text) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        Map<String, String> tree = Map.of(folder + "Chart.yaml", CHART);
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8),
                p -> Optional.ofNullable(tree.get(p)).map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chart.yaml", "charts/app/Chart.yaml", "requirements.yaml", "values.yaml",
            "values-prod.yaml", "values.prod.yaml", "helm/values.yml"})
    void acceptsChartFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chart.yaml", "Chart.lock", "values.json", "myvalues.yaml", "values.schema.json",
            "templates/deployment.yaml", "requirements.txt"})
    void refusesOthers(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void theImageValueKeepsRegistryTagAndDigest() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(inChart("c/values.yaml",
                "image:\n  registry: quay.io\n  repository: org/app\n  tag: \"1.2\"\n  digest: sha256:abc\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("quay.io/org/app:1.2@sha256:abc");
            assertThat(e.name()).isEqualTo("org/app");
            assertThat(e.version()).isEqualTo("1.2");
        });
    }

    @Test
    void theDependencyValueIsNameAtVersion() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of("Chart.yaml", CHART
                + "dependencies:\n- name: postgresql\n  version: 12.x.x\n  repository: https://charts.bitnami.com/bitnami\n"));
        assertThat(evidence).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("postgresql@12.x.x"));
    }

    @Test
    void oddShapesAreNothing() throws ExtractionException {
        assertThat(extractor.extract(inChart("values.yaml", "- a\n- b\n"))).isEmpty();
        assertThat(extractor.extract(inChart("values.yaml", "image: [a, b]\nrepository: {x: 1}\ntag: 1\n")))
                .isEmpty();
        assertThat(extractor.extract(SourceFile.of("Chart.yaml", "dependencies: {name: x}\n"))).isEmpty();
        assertThat(extractor.extract(SourceFile.of("Chart.yaml", "dependencies:\n  - repository: https://x\n")))
                .isEmpty();
    }
}
