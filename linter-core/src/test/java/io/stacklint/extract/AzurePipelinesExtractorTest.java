package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AzurePipelinesExtractorTest {

    private static final String PATH = "azure-pipelines.yml";

    private final AzurePipelinesExtractor extractor = new AzurePipelinesExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "azure-pipelines.yml", "azure-pipelines.yaml", "build/azure-pipelines.yml", ".azure-pipelines/ci.yml",
            ".azuredevops/pr.yaml"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "azure-pipelines.yml.bak", "azure-pipelines-old.yml", ".azure-pipelines/templates/jobs.yml",
            "pipelines.yml", ".azuredevops/README.md"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "container: [x]\n", "container: {image: [x]}\n", "services: [a]\n",
            "resources: {containers: {a: b}}\n", "jobs: {a: b}\n", "stages: [{jobs: x}]\n",
            "steps: [{task: 1}, {task: NodeTool@0, inputs: [x]}, {task: \"\"}]\n"})
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
    void aContainerNameThatIsNoAliasIsAnImage() throws ExtractionException {
        assertThat(extract(PATH, "container: ubuntu:22.04\nservices:\n  db: mysql:8.0\n"))
                .containsExactly("azure-pipelines.yml:1:12 container-image docker ubuntu 22.04 ci",
                        "azure-pipelines.yml:3:7 container-image docker mysql 8.0 ci");
    }
}
