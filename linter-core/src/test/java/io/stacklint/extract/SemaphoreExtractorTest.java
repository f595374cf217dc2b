package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemaphoreExtractorTest {

    private final SemaphoreExtractor extractor = new SemaphoreExtractor();

    private List<String> extract(String yaml) throws ExtractionException {
        return extractor.extract(SourceFile.of(".semaphore/semaphore.yml", yaml)).stream()
                .map(ExtractorFixturesTest::render).toList();
    }

    private static String pipeline(String commands) {
        return "version: v1.0\nblocks:\n  - task:\n      jobs:\n        - commands:\n" + commands;
    }

    @ParameterizedTest
    @ValueSource(strings = {".semaphore/semaphore.yml", ".semaphore/deploy.yaml", "svc/.semaphore/ci.yml"})
    void acceptsPipelines(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"semaphore.yml", ".semaphore/sub/x.yml", ".semaphore/README.md", "semaphore/ci.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void serviceEvidenceHasTheConventionalShape() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".semaphore/semaphore.yml",
                pipeline("            - sem-service start MySQL 8.0\n")));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CI_SERVICE);
            assertThat(e.ecosystem()).isEqualTo("semaphore");
            assertThat(e.name()).isEqualTo("mysql");
            assertThat(e.version()).isEqualTo("8.0");
            assertThat(e.scope()).isEqualTo(Scope.CI);
            assertThat(e.location().line()).isEqualTo(6);
            assertThat(e.location().column()).isEqualTo(15);
        });
    }

    @Test
    void anAnchoredCommandIsReadFromItsText() throws ExtractionException {
        assertThat(extract(pipeline("            - &db sem-service start postgres 15\n"
                + "            - !!str sem-version ruby 3.3.0\n")))
                .containsExactly(".semaphore/semaphore.yml:6:19 ci-service semaphore postgres 15 ci",
                        ".semaphore/semaphore.yml:7:21 runtime runtime ruby 3.3.0 ci");
    }

    @Test
    void columnsCountUtf16UnitsAfterWideCharacters() throws ExtractionException {
        assertThat(extract(pipeline("            - \"echo \uD83D\uDE80; sem-service start redis\"\n")))
                .containsExactly(".semaphore/semaphore.yml:6:25 ci-service semaphore redis - ci");
    }

    @Test
    void aliasedCommandListsAreReadOnce() throws ExtractionException {
        assertThat(extract("""
                version: v1.0
                blocks:
                  - task:
                      prologue:
                        commands: &setup
                          - sem-version node 18
                      jobs:
                        - commands: *setup
                """)).containsExactly(".semaphore/semaphore.yml:6:13 runtime runtime node 18 ci");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# c\n", "x\n", "- a\n", "version: v1.0\nblocks: 1\n",
            "version: v1.0\nblocks:\n  - commands: {a: b}\n", "version: v1.0\nblocks:\n  - commands: [[x], ~]\n",
            "version: v1.0\nblocks: []\nagent: {containers: [1, {image: ~}, {image: [x]}]}\n",
            "version: v1.0\nblocks:\n  - commands: ['sem-service', 'sem-version', 'sem-service start', '\"']\n"})
    void oddShapesGiveNothingAndNoErrors(String yaml) {
        assertThat(catchThrowable(() -> assertThat(extract(yaml)).isEmpty())).isNull();
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(".semaphore/semaphore.yml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }
}
