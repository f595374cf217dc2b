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

class CircleciExtractorTest {

    private final CircleciExtractor extractor = new CircleciExtractor();

    @ParameterizedTest
    @ValueSource(strings = {".circleci/config.yml", ".circleci/config.yaml", "apps/web/.circleci/config.yml"})
    void acceptsCircleciConfigs(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".circleci/other.yml", "circleci/config.yml", ".circleci/config.yml.orig",
            ".circleci/sub/config.yml", "config.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void orbEvidenceHasTheConventionalShape() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".circleci/config.yml",
                "version: 2.1\norbs:\n  node: circleci/node@5.1.0\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CI_ACTION);
            assertThat(e.ecosystem()).isEqualTo("circleci");
            assertThat(e.name()).isEqualTo("circleci/node");
            assertThat(e.version()).isEqualTo("5.1.0");
            assertThat(e.value()).isEqualTo("circleci/node@5.1.0");
            assertThat(e.scope()).isEqualTo(Scope.CI);
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.location().column()).isEqualTo(9);
        });
    }

    @Test
    void aParameterDefaultHoldingMoreParametersIsNotExpandedTwice() throws ExtractionException {
        assertThat(extractor.extract(SourceFile.of(".circleci/config.yml", """
                jobs:
                  a:
                    parameters:
                      t: {default: "<< parameters.t >>"}
                    docker:
                      - image: node:<< parameters.t >>
                """))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# c\n", "x\n", "- a\n", "orbs:\n", "orbs: [a]\n", "jobs: [a]\n",
            "jobs:\n  a: 1\n", "jobs:\n  a:\n    docker: {image: x}\n", "executors:\n  e:\n    parameters: [x]\n"})
    void oddShapesGiveNoErrors(String yaml) {
        assertThat(catchThrowable(() -> extractor.extract(SourceFile.of(".circleci/config.yml", yaml)))).isNull();
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "jobs: " + "{a: ".repeat(3_000) + "x" + "}".repeat(3_000) + "\n";
        assertThatThrownBy(() -> extractor.extract(SourceFile.of(".circleci/config.yml", yaml)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(".circleci/config.yml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }
}
