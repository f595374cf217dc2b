package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GocdExtractorTest {

    private static final String PATH = "ci.gocd.yaml";

    private final GocdExtractor extractor = new GocdExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ci.gocd.yaml", "pipelines/api.gocd.yml"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ".gocd.yaml", "gocd.yaml", "ci.gocd.json", "ci.gocd.yaml.bak"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "pipelines: [x]\n"})
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
    void aPipelineGivesNoEvidence() throws ExtractionException {
        String yaml = "pipelines:\n  p:\n    stages: [{s: {jobs: {j: {tasks: [{exec: {command: make}}]}}}}]\n";
        assertThat(extract(PATH, yaml)).isEmpty();
    }
}
