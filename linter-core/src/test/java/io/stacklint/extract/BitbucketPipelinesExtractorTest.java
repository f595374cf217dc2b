package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BitbucketPipelinesExtractorTest {

    private static final String PATH = "bitbucket-pipelines.yml";

    private final BitbucketPipelinesExtractor extractor = new BitbucketPipelinesExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bitbucket-pipelines.yml", "services/api/bitbucket-pipelines.yml"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bitbucket-pipelines.yaml", "bitbucket-pipelines.yml.example", "my-bitbucket-pipelines.yml",
            ".bitbucket-pipelines.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "image: [x]\n", "image: {name: [x]}\n", "image: ~\n", "definitions: [x]\n",
            "definitions: {services: [x]}\n",
            "pipelines: {default: [{step: x}, {parallel: {steps: [{step: {image: \"\"}}]}}]}\n"})
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
    void aStepReusedThroughAnAnchorCountsOnce() throws ExtractionException {
        String yaml = "definitions:\n  steps:\n    - step: &t\n        image: golang:1.22\n"
                + "pipelines:\n  default:\n    - step: *t\n    - step: *t\n";
        assertThat(extract(PATH, yaml))
                .containsExactly("bitbucket-pipelines.yml:4:16 container-image docker golang 1.22 ci");
    }
}
