package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitlabCiExtractorTest {

    private final GitlabCiExtractor extractor = new GitlabCiExtractor();

    private List<String> extract(Map<String, String> tree, String path) throws ExtractionException {
        SourceFile file = new SourceFile(path, tree.get(path).getBytes(StandardCharsets.UTF_8),
                p -> Optional.ofNullable(tree.get(p)).map(s -> s.getBytes(StandardCharsets.UTF_8)));
        List<String> lines = new ArrayList<>(extractor.extract(file).stream().map(ExtractorFixturesTest::render)
                .toList());
        file.notes().forEach(n -> lines.add(n.line() + ":" + n.column() + " note: " + n.message()));
        return lines;
    }

    private List<String> extract(String yaml) throws ExtractionException {
        return extract(Map.of(".gitlab-ci.yml", yaml), ".gitlab-ci.yml");
    }

    @ParameterizedTest
    @ValueSource(strings = {".gitlab-ci.yml", ".gitlab-ci.yaml", "services/api/.gitlab-ci.yml"})
    void acceptsGitlabCiFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gitlab-ci.yml", ".gitlab-ci.yml.bak", "ci/build.yml", ".gitlab/ci.yml",
            "x.gitlab-ci.yml", ".travis.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void imageEvidenceHasTheConventionalShape() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".gitlab-ci.yml", "image: Postgres:16\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CONTAINER_IMAGE);
            assertThat(e.ecosystem()).isEqualTo("docker");
            assertThat(e.name()).isEqualTo("postgres");
            assertThat(e.version()).isEqualTo("16");
            assertThat(e.value()).isEqualTo("Postgres:16");
            assertThat(e.scope()).isEqualTo(Scope.CI);
        });
    }

    @Test
    void variablesReferringToThemselvesStop() throws ExtractionException {
        assertThat(extract("""
                variables:
                  A: $B
                  B: $A
                  DOLLAR: "price$$tag"
                job:
                  image: $A
                  services: [$DOLLAR]
                """)).containsExactly("6:10 note: image $A uses A, which the configuration does not define; not checked");
    }

    @Test
    void aRootedIncludeFromASubfolderConfigurationReadsFromTheTreeRoot() throws ExtractionException {
        assertThat(extract(Map.of(
                "app/.gitlab-ci.yml", "include: /ci/a.yml\n",
                "ci/a.yml", "include: {local: ci/b.yml}\nimage: alpine:3.19\n",
                "ci/b.yml", "j:\n  image: [broken\n"), "app/.gitlab-ci.yml")).containsExactly(
                "ci/a.yml:2:8 container-image docker alpine 3.19 ci",
                "1:10 note: ci/a.yml:1:18: included file ci/b.yml:3:1 invalid YAML: expected ',' or ']', but got <stream end>");
    }

    @Test
    void anIncludeClimbingOutOfTheTreeIsANote() throws ExtractionException {
        assertThat(extract("include: {local: ../outside.yml}\n"))
                .containsExactly("1:18 note: include ../outside.yml is outside the repository; not followed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# nothing\n", "plain\n", "- a\n", "image:\n", "image: {}\n", "image: {name: [x]}\n",
            "services: {a: b}\n", "include:\n", "include: [1, [2], {local: ~}]\n", "job: {image: ~, services: ~}\n"})
    void oddShapesGiveNoErrors(String yaml) {
        assertThat(catchThrowable(() -> extract(yaml))).isNull();
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> extract(yaml.toString())).isInstanceOf(ExtractionException.class);
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(".gitlab-ci.yml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }
}
