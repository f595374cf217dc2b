package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GithubWorkflowExtractorTest {

    private final GithubWorkflowExtractor extractor = new GithubWorkflowExtractor();

    private List<String> extract(String yaml) throws ExtractionException {
        return extractor.extract(SourceFile.of(".github/workflows/ci.yml", yaml)).stream()
                .map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {".github/workflows/ci.yml", ".github/workflows/release.yaml",
            "services/api/.github/workflows/test.yml", ".github/workflows/.hidden.yml"})
    void acceptsWorkflowFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".github/workflows/sub/ci.yml", ".github/workflows/README.md", ".github/dependabot.yml",
            ".github/actions/build/action.yml", "github/workflows/ci.yml", "x.github/workflows/ci.yml",
            ".github/workflows", ".github/workflows/ci.yml.disabled", ".gitlab-ci.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void anchoredAndTaggedValuesAreLocatedAtTheirText() throws ExtractionException {
        assertThat(extract("""
                jobs:
                  test:
                    container: &node node:20-bookworm
                    services:
                      db:
                        image: !!str postgres:16
                    steps:
                      - uses: &checkout actions/checkout@v4
                """)).containsExactly(
                ".github/workflows/ci.yml:3:22 container-image docker node 20-bookworm ci",
                ".github/workflows/ci.yml:6:22 container-image docker postgres 16 ci",
                ".github/workflows/ci.yml:8:25 ci-action github actions/checkout v4 ci");
    }

    @Test
    void actionEvidenceHasTheConventionalShape() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".github/workflows/ci.yml", """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: GitHub/CodeQL-Action/init@v3
                """));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CI_ACTION);
            assertThat(e.ecosystem()).isEqualTo("github");
            assertThat(e.name()).isEqualTo("github/codeql-action/init");
            assertThat(e.version()).isEqualTo("v3");
            assertThat(e.value()).isEqualTo("GitHub/CodeQL-Action/init@v3");
            assertThat(e.scope()).isEqualTo(Scope.CI);
            assertThat(e.location().line()).isEqualTo(6);
            assertThat(e.location().column()).isEqualTo(15);
        });
    }

    @Test
    void onTrueAndOtherYaml11KeysDoNotConfuse() throws ExtractionException {
        assertThat(extract("""
                on:
                  push:
                yes: no
                jobs:
                  on:
                    steps:
                      - uses: actions/checkout@v4
                """)).containsExactly(".github/workflows/ci.yml:7:15 ci-action github actions/checkout v4 ci");
    }

    @Test
    void expressionsAndLocalActionsGiveNothing() throws ExtractionException {
        assertThat(extract("""
                jobs:
                  a:
                    uses: ./.github/workflows/reusable.yml
                  b:
                    container:
                      image: ${{ inputs.image }}
                    services:
                      db:
                        image: ${{ matrix.db }}
                    steps:
                      - uses: ./actions/local
                      - uses: ../elsewhere/action
                      - uses: docker://${{ env.IMAGE }}
                      - uses: actions/setup-java@v4
                        with:
                          java-version: ${{ matrix.java }}
                """)).containsExactly(".github/workflows/ci.yml:14:15 ci-action github actions/setup-java v4 ci");
    }

    @Test
    void everySetupActionPinsItsRuntime() throws ExtractionException {
        assertThat(extract("""
                jobs:
                  all:
                    steps:
                      - uses: actions/setup-node@v4
                        with: {node-version: 20.11.1}
                      - uses: actions/setup-python@v5
                        with: {python-version: "3.12"}
                      - uses: actions/setup-go@v5
                        with: {go-version: 1.22.x}
                      - uses: Ruby/Setup-Ruby@v1
                        with: {ruby-version: 3.3.0}
                      - uses: actions/setup-java@v4
                        with: {distribution: temurin, java-version: 21}
                      - uses: erlef/setup-beam@v1
                        with: {otp-version: '26', elixir-version: '1.16'}
                      - uses: some/other-action@v1
                        with: {node-version: 18}
                """)).containsExactly(
                ".github/workflows/ci.yml:4:15 ci-action github actions/setup-node v4 ci",
                ".github/workflows/ci.yml:5:30 runtime runtime node 20.11.1 ci",
                ".github/workflows/ci.yml:6:15 ci-action github actions/setup-python v5 ci",
                ".github/workflows/ci.yml:7:32 runtime runtime python 3.12 ci",
                ".github/workflows/ci.yml:8:15 ci-action github actions/setup-go v5 ci",
                ".github/workflows/ci.yml:9:28 runtime runtime go 1.22.x ci",
                ".github/workflows/ci.yml:10:15 ci-action github ruby/setup-ruby v1 ci",
                ".github/workflows/ci.yml:11:30 runtime runtime ruby 3.3.0 ci",
                ".github/workflows/ci.yml:12:15 ci-action github actions/setup-java v4 ci",
                ".github/workflows/ci.yml:13:53 runtime runtime java 21 ci",
                ".github/workflows/ci.yml:14:15 ci-action github erlef/setup-beam v1 ci",
                ".github/workflows/ci.yml:15:29 runtime runtime erlang 26 ci",
                ".github/workflows/ci.yml:15:51 runtime runtime elixir 1.16 ci",
                ".github/workflows/ci.yml:16:15 ci-action github some/other-action v1 ci");
    }

    @Test
    void dockerStepIsACiImage() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".github/workflows/ci.yml", """
                jobs:
                  lint:
                    steps:
                      - uses: docker://registry.example.com:5000/tools/linter:1.4
                """));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CONTAINER_IMAGE);
            assertThat(e.name()).isEqualTo("tools/linter");
            assertThat(e.version()).isEqualTo("1.4");
            assertThat(e.value()).isEqualTo("registry.example.com:5000/tools/linter:1.4");
            assertThat(e.scope()).isEqualTo(Scope.CI);
            assertThat(e.location().column()).isEqualTo(15);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# nothing\n", "plain\n", "- a\n", "jobs:\n", "jobs: [a, b]\n", "jobs:\n  a: 1\n",
            "jobs:\n  a:\n    steps: step\n", "jobs:\n  a:\n    steps: [1, [2], {run: x}]\n",
            "jobs:\n  a:\n    services: [mysql]\n", "jobs:\n  a:\n    services:\n      db: ~\n",
            "jobs:\n  a:\n    container: {}\n", "jobs:\n  a:\n    uses: [x]\n",
            "jobs:\n  a:\n    steps:\n      - uses: noslash@v1\n      - uses: a/b@\n      - uses: '@v1'\n"})
    void oddShapesGiveNoEvidenceAndNoError(String yaml) throws ExtractionException {
        assertThat(extract(yaml)).isEmpty();
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
    void deepNestingIsRefused() {
        String yaml = "jobs: " + "{a: ".repeat(3_000) + "x" + "}".repeat(3_000) + "\n";
        assertThatThrownBy(() -> extract(yaml)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(".github/workflows/ci.yml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void unknownTagIsRefusedNotConstructed() {
        assertThatThrownBy(() -> extract("jobs: !!javax.script.ScriptEngineManager [x]\n"))
                .isInstanceOf(ExtractionException.class);
    }
}
