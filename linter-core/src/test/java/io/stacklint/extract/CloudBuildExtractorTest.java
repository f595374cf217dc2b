package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudBuildExtractorTest {

    private static final String PATH = "cloudbuild.yaml";

    private final CloudBuildExtractor extractor = new CloudBuildExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cloudbuild.yaml", "cloudbuild.yml", "cloudbuild.json", "deploy/cloudbuild-prod.yaml",
            "cloudbuild.staging.yml"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "cloudbuild.yaml.bak", "mycloudbuild.yaml", "cloudbuild.toml", "cloudbuild/steps.yaml", "build.yaml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "steps: {a: b}\n", "steps: [x, {name: [a]}, {name: \"\"}, {name: ~}]\n",
            "substitutions: [x]\nsteps: [{name: $_X}]\n"})
    void oddShapesGiveNoErrors(String text) {
        assertThat(catchThrowable(() -> extract(PATH, text))).isNull();
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(PATH, garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 60; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> extract(PATH, yaml.toString())).isInstanceOf(ExtractionException.class);
    }

    @Test
    void jsonErrorsSayJson() {
        assertThatThrownBy(() -> extract("cloudbuild.json", "{\"steps\": [}"))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("invalid JSON");
    }

    @Test
    void substitutionsReferringToSubstitutionsExpand() throws ExtractionException {
        assertThat(extract(PATH, "substitutions:\n  _V: '3.12'\n  _IMG: python:$_V\nsteps:\n- name: ${_IMG}\n"))
                .containsExactly("cloudbuild.yaml:5:9 container-image docker python 3.12 ci");
    }
}
