package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KustomizeExtractorTest {

    private final KustomizeExtractor extractor = new KustomizeExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"kustomization.yaml", "overlays/prod/kustomization.yml", "base/Kustomization"})
    void acceptsKustomizations(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kustomize.yaml", "Kustomization.yaml", "kustomization.json", "kustomization"})
    void refusesOthers(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void theImageValueCarriesTagAndDigest() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of("kustomization.yaml",
                "images:\n- name: app\n  newName: quay.io/org/app\n  newTag: \"1.0\"\n  digest: sha256:abc\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("quay.io/org/app:1.0@sha256:abc");
            assertThat(e.name()).isEqualTo("org/app");
            assertThat(e.version()).isEqualTo("1.0");
        });
    }

    @Test
    void oddShapesAreNothing() throws ExtractionException {
        assertThat(extractor.extract(SourceFile.of("kustomization.yaml", "- a\n- b\n"))).isEmpty();
        assertThat(extractor.extract(SourceFile.of("kustomization.yaml",
                "images: {name: nginx}\nhelmCharts:\n- repo: https://x\n- name: [a]\nimages2: []\n"))).isEmpty();
        assertThat(extractor.extract(SourceFile.of("kustomization.yaml", "images:\n- newTag: 1\n- name: \"\"\n")))
                .isEmpty();
    }
}
