package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeExtractorTest {

    private final ComposeExtractor extractor = new ComposeExtractor();

    private List<String> extract(String yaml) throws ExtractionException {
        return extractor.extract(SourceFile.of("docker-compose.yml", yaml)).stream()
                .map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml", "docker-compose.yaml", "docker-compose.override.yml",
            "docker-compose.prod.yaml", "compose.yml", "compose.yaml", "compose.test.yml", "deploy/local/compose.yaml",
            "a/b/docker-compose.ci.build.yml"})
    void acceptsComposeFileNames(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-compose.yml.bak", "docker-compose.json", "my-compose.yml", "compose-dev.yml",
            "docker-compose", "compose.yml/README.md", "docs/docker-compose.md", "Docker-Compose.yml"})
    void refusesOtherNames(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgres:16|postgres:16",
            "${IMAGE:-postgres:15}|postgres:15",
            "${IMAGE-postgres:15}|postgres:15",
            "redis:${TAG:-7}|redis:7",
            "${A:-${B:-mysql:8}}|mysql:8",
            "price$$tag|price$tag",
            "$$HOME|$HOME",
            "cost $ 5|cost $ 5"})
    void interpolatesDefaults(String raw, String expected) {
        assertThat(ComposeExtractor.interpolate(raw, java.util.Map.of())).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "${DB_IMAGE}|mysql:8.0",
            "$DB_IMAGE|mysql:8.0",
            "postgres:${PG_TAG:-13}|postgres:16.2",
            "postgres:${EMPTY:-13}|postgres:13",
            "postgres:${EMPTY-13}|postgres:",
            "${REGISTRY}/team/rabbitmq:3.12|registry.example.com:5000/team/rabbitmq:3.12",
            "redis${PG_TAG:+:7}|redis:7",
            "redis${UNSET:+:7}|redis"})
    void interpolatesFromTheDotEnvFile(String raw, String expected) {
        var environment = java.util.Map.of("DB_IMAGE", "mysql:8.0", "PG_TAG", "16.2", "EMPTY", "",
                "REGISTRY", "registry.example.com:5000");
        assertThat(ComposeExtractor.interpolate(raw, environment)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${IMAGE}", "$IMAGE", "registry/$NAME:1", "${IMAGE:?required}", "${IMAGE?required}",
            "${UNCLOSED:-x", "${}", "${:-x}"})
    void unresolvableInterpolationGivesNothing(String raw) {
        assertThat(ComposeExtractor.interpolate(raw, java.util.Map.of())).isEmpty();
    }

    @Test
    void defaultsNestedHostilelyDeepStayUnresolvedInsteadOfExhaustingTheStack() {
        String deep = "${A:-".repeat(100_000) + "mysql:8.0" + "}".repeat(100_000);
        String shallow = "${A:-${B:-mysql:8.0}}";

        assertThat(ComposeExtractor.interpolate(deep, java.util.Map.of())).isEmpty();
        assertThat(ComposeExtractor.interpolate(shallow, java.util.Map.of())).contains("mysql:8.0");
    }

    @Test
    void evidenceCarriesTheInterpolatedValueAndRuntimeScope() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of("compose.yaml", """
                services:
                  db:
                    image: ${DB_IMAGE:-docker.io/library/postgres:16.3}
                """));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CONTAINER_IMAGE);
            assertThat(e.ecosystem()).isEqualTo("docker");
            assertThat(e.name()).isEqualTo("postgres");
            assertThat(e.version()).isEqualTo("16.3");
            assertThat(e.value()).isEqualTo("docker.io/library/postgres:16.3");
            assertThat(e.scope()).isEqualTo(Scope.RUNTIME);
            assertThat(e.via()).isEmpty();
            assertThat(e.location().line()).isEqualTo(3);
            assertThat(e.location().column()).isEqualTo(12);
        });
    }

    @Test
    void ownKeysWinOverMergedOnesAndEarlierMergeSourcesOverLaterOnes() throws ExtractionException {
        assertThat(extract("""
                x-a: &a
                  image: first:1
                x-b: &b
                  image: second:2
                services:
                  both:
                    <<: [*a, *b]
                  own:
                    <<: *a
                    image: own:3
                  onlyb:
                    <<: *b
                """)).containsExactly(
                "docker-compose.yml:2:10 container-image docker first 1 runtime",
                "docker-compose.yml:4:10 container-image docker second 2 runtime",
                "docker-compose.yml:10:12 container-image docker own 3 runtime");
    }

    @Test
    void nestedMergesResolveThroughChains() throws ExtractionException {
        assertThat(extract("""
                x-base: &base
                  image: base:1
                x-app: &app
                  <<: *base
                  restart: always
                services:
                  web:
                    <<: *app
                """)).containsExactly("docker-compose.yml:2:10 container-image docker base 1 runtime");
    }

    @Test
    void aRecursiveMergeDoesNotLoop() throws ExtractionException {
        assertThat(extract("""
                services:
                  loop: &loop
                    <<: *loop
                    image: alpine:3.19
                """)).containsExactly("docker-compose.yml:4:12 container-image docker alpine 3.19 runtime");
    }

    @Test
    void anchoredImageIsLocatedAtItsValueNotItsAnchor() throws ExtractionException {
        assertThat(extract("""
                services:
                  db:
                    image: &pg !!str postgres:16
                  replica:
                    image: *pg
                """)).containsExactly("docker-compose.yml:3:22 container-image docker postgres 16 runtime");
    }

    @Test
    void windowsLineEndingsKeepExactColumns() throws ExtractionException {
        assertThat(extract("x-img: &img redis:7\r\nservices:\r\n  cache:\r\n    image: *img\r\n"))
                .containsExactly("docker-compose.yml:1:13 container-image docker redis 7 runtime");
    }

    @Test
    void legacyFormatIgnoresExtensionAndKnownTopLevelKeys() throws ExtractionException {
        assertThat(extract("""
                x-template:
                  image: mysql:5.7
                volumes:
                  data:
                    image: not-a-service:1
                db:
                  image: mariadb:10.6
                """)).containsExactly("docker-compose.yml:7:10 container-image docker mariadb 10.6 runtime");
    }

    @Test
    void servicesKeyWinsOverTopLevelLookAlikes() throws ExtractionException {
        assertThat(extract("""
                services:
                  db:
                    image: postgres:16
                legacy:
                  image: mysql:5.7
                """)).containsExactly("docker-compose.yml:3:12 container-image docker postgres 16 runtime");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# nothing\n", "just a string\n", "- a\n- b\n", "services:\n", "services: 3\n",
            "services: [db, cache]\n", "services:\n  db: postgres:16\n", "services:\n  db:\n    image: []\n",
            "services:\n  db:\n    image: null\n", "services:\n  db:\n    build: .\n",
            "services:\n  ? [complex]\n  : image: x:1\n"})
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
        String yaml = "services: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        assertThatThrownBy(() -> extract(yaml)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("invalid YAML");
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        assertThatThrownBy(() -> extract("services:\n  db:\n    image: mysql:5.7\n   ports: [3306]\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith("invalid YAML");
                });
    }

    @Test
    void binaryGarbageIsAnExtractionExceptionNotACrash() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28, '\n', '{', '['};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("compose.yaml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void controlCharactersAreRefusedCleanly() {
        String yaml = "services:\n  db:\n    image: \u0001mysql\n";
        assertThatThrownBy(() -> extractor.extract(new SourceFile("compose.yaml",
                yaml.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(ExtractionException.class);
    }
}
