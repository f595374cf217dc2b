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

class JenkinsfileExtractorTest {

    private final JenkinsfileExtractor extractor = new JenkinsfileExtractor();

    private List<String> extract(String groovy) throws ExtractionException {
        return extractor.extract(SourceFile.of("Jenkinsfile", groovy)).stream().map(ExtractorFixturesTest::render)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jenkinsfile", "ci/Jenkinsfile", "Jenkinsfile.release", "jobs/nightly.jenkinsfile",
            "jobs/Deploy.Jenkinsfile", "Jenkinsfile.groovy"})
    void acceptsPipelineFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jenkinsfile", "Jenkinsfile.", "Jenkinsfile.md", "docs/Jenkinsfile.txt", ".jenkinsfile",
            "Jenkinsfile-old", "build.groovy", "Jenkinsfile/x"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void imageEvidenceHasTheConventionalShape() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of("Jenkinsfile",
                "pipeline {\n  agent { docker 'Node:20' }\n}\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CONTAINER_IMAGE);
            assertThat(e.name()).isEqualTo("node");
            assertThat(e.version()).isEqualTo("20");
            assertThat(e.value()).isEqualTo("Node:20");
            assertThat(e.scope()).isEqualTo(Scope.CI);
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(e.location().column()).isEqualTo(18);
        });
    }

    @Test
    void imageOutsideAnAgentOrADockerCallIsNothing() throws ExtractionException {
        assertThat(extract("""
                def PG = 'postgres:15'
                node {
                    image 'mysql:8'
                    docker { image 'mongo:6' }
                    docker.image(PG).inside { }
                    docker.image('a' + 'b').inside { }
                    foo.docker.image('redis:7').inside { }
                    def half = 10 / 2 / 1
                }
                """)).isEmpty();
    }

    @Test
    void gstringsWithNestedQuotesAndBracesStayOneToken() throws ExtractionException {
        assertThat(extract("""
                def TAG = '8.0'
                node {
                    echo "${ [a: '}'].a } and docker.image('x:1')"
                    docker.image("mysql:${TAG}").inside { }
                }
                """)).containsExactly("Jenkinsfile:4:18 container-image docker mysql 8.0 ci");
    }

    @Test
    void unterminatedCommentIsAnError() {
        assertThatThrownBy(() -> extract("node {\n  /* docker.image('x')\n}\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("unterminated comment");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void strayClosingBraceIsAnError() {
        assertThatThrownBy(() -> extract("node { }\n}\n")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void deepNestingIsHandledWithoutRecursion() throws ExtractionException {
        assertThat(extract("a {".repeat(50_000) + "}".repeat(50_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "// only\n", "docker", "docker.image(", "docker.image('x'", "agent { docker }",
            "agent { docker { image } }", "environment { A = }", "def", "def x =", "withDockerContainer(image:)",
            "x = /a\\/b/", "\"${a}\""})
    void fragmentsGiveNothingAndNoRuntimeExceptions(String groovy) {
        Throwable thrown = catchThrowable(() -> extract(groovy));
        assertThat(thrown == null || thrown instanceof ExtractionException).isTrue();
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("Jenkinsfile", garbage)))
                .isInstanceOf(ExtractionException.class);
    }
}
