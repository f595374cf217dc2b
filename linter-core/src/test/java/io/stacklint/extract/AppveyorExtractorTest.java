package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppveyorExtractorTest {

    private static final String PATH = "appveyor.yml";

    private final AppveyorExtractor extractor = new AppveyorExtractor();

    private List<String> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "appveyor.yml", ".appveyor.yml", "ci/appveyor.yml"})
    void acceptsItsFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "appveyor.yaml", "appveyor.yml.bak", "my-appveyor.yml", ".appveyor/config.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "# c\n", "x\n", "- a\n", "services: {a: b}\n", "services: [[x], ~, \"\", two words]\n",
            "stack: \", ,\"\n", "stack: [a b c]\n", "for: [x, {services: x}]\n",
            "install: [{ps: [x]}, {ps: Install-Product node}]\n",
            "environment: [x]\ninstall: [{ps: Install-Product node $env:V}]\n"})
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
    @ValueSource(strings = {"93:9.3", "96:9.6", "10:10", "101:10.1", "11:11", "13:13", "17:17"})
    void postgresVersionsAsAppveyorSpellsThem(String pair) {
        String[] parts = pair.split(":");
        assertThat(AppveyorExtractor.postgresVersion(parts[0])).isEqualTo(parts[1]);
    }

    @Test
    void aQuotedScriptLocatesTheVersionInsideTheQuotes() throws ExtractionException {
        assertThat(extract(PATH, "install:\n  - ps: 'Install-Product node 16'\n"))
                .containsExactly("appveyor.yml:2:31 runtime runtime node 16 ci");
    }
}
