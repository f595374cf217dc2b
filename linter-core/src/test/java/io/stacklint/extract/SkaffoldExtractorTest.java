package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SkaffoldExtractorTest {

    private final SkaffoldExtractor extractor = new SkaffoldExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"skaffold.yaml", "deploy/skaffold.yml"})
    void acceptsSkaffoldConfigs(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"skaffold-dev.yaml", "Skaffold.yaml", "skaffold.json", "skaffold.yaml.bak"})
    void refusesOthers(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"bitnami/redis,redis", "oci://registry-1.docker.io/bitnamicharts/postgresql,postgresql",
            "ingress-nginx,ingress-nginx", "oci://ghcr.io/acme/charts/app/,app"})
    void chartNames(String reference, String name) {
        assertThat(SkaffoldExtractor.chartName(reference)).isEqualTo(name);
    }

    @Test
    void oddShapesAreNothing() throws ExtractionException {
        assertThat(extractor.extract(SourceFile.of("skaffold.yaml", "- a\n"))).isEmpty();
        assertThat(extractor.extract(SourceFile.of("skaffold.yaml",
                "deploy:\n  helm:\n    releases:\n      - remoteChart: [x]\n      - remoteChart: \"\"\n"
                        + "profiles: {name: p}\n"))).isEmpty();
    }
}
