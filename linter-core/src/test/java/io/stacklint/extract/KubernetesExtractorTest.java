package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesExtractorTest {

    private final KubernetesExtractor extractor = new KubernetesExtractor();

    private List<String> extract(String path, String yaml) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, yaml)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/deployment.yaml", "deploy.yml", "a/b/c/service.yaml"})
    void acceptsYaml(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"deployment.json", "Chart.lock", "values.yaml.bak", "kustomization"})
    void refusesOthers(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void theResourceValueNamesTheObject() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of("svc.yaml",
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("Service web");
            assertThat(e.version()).isNull();
        });
    }

    @Test
    void templateSyntaxIsNoImage() throws ExtractionException {
        assertThat(extract("pod.yaml", """
                apiVersion: v1
                kind: Pod
                spec:
                  containers:
                    - image: "{{.Values.image}}"
                    - image: $(IMAGE)
                    - image: ""
                    - image:
                    - image: [not, a, scalar]
                """)).containsExactly("pod.yaml:2:7 resource kubernetes Pod - runtime");
    }

    @Test
    void aliasesAreReadOnce() throws ExtractionException {
        assertThat(extract("pods.yaml", """
                apiVersion: v1
                kind: Pod
                spec:
                  containers: &c
                    - image: redis:7
                  initContainers: *c
                """)).containsExactly("pods.yaml:2:7 resource kubernetes Pod - runtime",
                "pods.yaml:5:14 container-image docker redis 7 runtime");
    }

    @Test
    void aChartTemplateIsNotReadEvenWhenItParses() throws ExtractionException {
        Map<String, String> tree = Map.of("chart/Chart.yaml", "apiVersion: v2\nname: c\nversion: 1.0.0\n");
        SourceFile template = new SourceFile("chart/templates/sub/pod.yaml",
                "apiVersion: v1\nkind: Pod\nspec:\n  containers: [{image: redis:7}]\n".getBytes(StandardCharsets.UTF_8),
                path -> Optional.ofNullable(tree.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8)));
        assertThat(extractor.extract(template)).isEmpty();
    }

    @Test
    void billionLaughsIsAnErrorNotAHang() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\na: &a [\"lol\",\"lol\"]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append((char) ('a' + i % 26)).append(i).append(": &").append((char) ('a' + i % 26)).append(i)
                    .append(" [*").append(i == 1 ? "a" : String.valueOf((char) ('a' + (i - 1) % 26)) + (i - 1))
                    .append(", *").append(i == 1 ? "a" : String.valueOf((char) ('a' + (i - 1) % 26)) + (i - 1))
                    .append("]\n");
        }
        assertThatThrownBy(() -> extract("bomb.yaml", yaml.toString())).isInstanceOf(ExtractionException.class);
    }

    @Test
    void deepNestingIsAnError() {
        String yaml = "apiVersion: v1\nkind: Pod\nspec: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertThatThrownBy(() -> extract("deep.yaml", yaml)).isInstanceOf(ExtractionException.class);
    }
}
