package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildkiteExtractorTest {

    private static final String PATH = ".buildkite/pipeline.yml";

    private final BuildkiteExtractor extractor = new BuildkiteExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ".buildkite/pipeline.yml", ".buildkite/pipeline.yaml", ".buildkite/pipeline.release.yml",
            "buildkite.yml", "buildkite.yaml"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ".buildkite/docker-compose.yml", ".buildkite/hooks/pre-command", ".buildkite/steps/test.yml",
            "pipeline.yml", "buildkite.json"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "steps: {a: b}\n",
            "steps: [wait, {plugins: x}, {plugins: [x, {docker: x}]}]\n",
            "steps: [{plugins: {docker: {image: [x]}}}]\n", "env: [x]\nsteps: [{group: g, steps: {a: b}}]\n",
            "image: \"\"\n"})
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

    @ParameterizedTest
    @ValueSource(strings = {"docker", "docker#v5.9.0", "buildkite-plugins/docker#v5", "Docker#v5",
            "https://github.com/buildkite-plugins/docker-buildkite-plugin.git#v5.9.0",
            "ssh://git@github.com/acme/docker-buildkite-plugin#main"})
    void dockerPluginNames(String name) {
        assertThat(BuildkiteExtractor.isDockerPlugin(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose#v4", "docker-login#v2", "ecr#v2", "acme/dockerish#v1", ""})
    void otherPluginNames(String name) {
        assertThat(BuildkiteExtractor.isDockerPlugin(name)).isFalse();
    }
}
