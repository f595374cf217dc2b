package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackerExtractorTest {

    private static final String PATH = "template.pkr.json";

    private final PackerExtractor extractor = new PackerExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "images.pkr.hcl", "x/base.pkr.json", "packer.json", "deploy/packer.json"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "images.hcl", "main.tf", "template.json", "packer.json.bak", "variables.pkrvars.hcl"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "{}", "[]", "x", "{\"builders\": {\"a\": 1}}",
            "{\"builders\": [1, {\"type\": [1]}, {\"type\": \"docker\", \"image\": {}}]}",
            "{\"source\": [1, {\"docker\": 1}]}", "{\"packer\": {\"required_plugins\": [1, {\"a\": 1}]}}",
            "{\"variables\": [1]}"})
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
    void hclOddShapesGiveNoErrors() throws ExtractionException {
        assertThat(extract("a.pkr.hcl", "source \"docker\" {}\nsource {}\npacker {\n  required_plugins {\n"
                + "    a = \"x\"\n    b = { source = 1 }\n  }\n}\n"))
                .containsExactly("a.pkr.hcl:1:1 resource packer docker - build");
    }

    @Test
    void deepHclNestingIsAnExtractionException() {
        String hcl = "a = " + "[".repeat(500) + "]".repeat(500) + "\n";
        assertThatThrownBy(() -> extract("a.pkr.hcl", hcl)).isInstanceOf(ExtractionException.class);
    }
}
