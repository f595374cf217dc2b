package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerfileExtractorTest {

    private final DockerfileExtractor extractor = new DockerfileExtractor();

    private List<String> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("Dockerfile", text)).stream()
                .map(ExtractorFixturesTest::render).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile", "Containerfile", "Dockerfile.prod", "build/package/Dockerfile",
            "api.Dockerfile", "docker/web.dockerfile", "Dockerfile.alpine.arm64"})
    void acceptsDockerfileNames(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.dockerignore", "Dockerfile.md", "dockerfile-lint.json", "Dockerfiles/README",
            ".dockerfile", "MyDockerfile", "docker-compose.yml"})
    void refusesOtherNames(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void aDigestPinGivesNoTag() throws ExtractionException {
        String digest = "sha256:" + "ab".repeat(32);
        List<Evidence> evidence = extractor.extract(SourceFile.of("Dockerfile", "FROM alpine@" + digest + "\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("alpine");
            assertThat(e.version()).isNull();
            assertThat(e.value()).isEqualTo("alpine@" + digest);
        });
    }

    @Test
    void theValueIsTheImageAfterInterpolation() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of("Dockerfile",
                "ARG V=18\nFROM node:${V}-alpine AS app\n"));
        assertThat(evidence).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("node:18-alpine"));
    }

    @Test
    void defaultFormsResolveWithoutTheArgument() throws ExtractionException {
        assertThat(extract("ARG TAG\nFROM redis:${TAG:-7.2}\n"))
                .containsExactly("Dockerfile:2:6 container-image docker redis 7.2 runtime");
        assertThat(extract("FROM redis${SUFFIX:+-x}:7\n"))
                .containsExactly("Dockerfile:1:6 container-image docker redis 7 runtime");
    }

    @Test
    void aStageIndexOrNameInCopyFromIsNoImage() throws ExtractionException {
        assertThat(extract("FROM node:20 AS build\nFROM nginx:1.25\nCOPY --from=0 /a /b\nCOPY --from=Build /a /b\n"))
                .containsExactly("Dockerfile:1:6 container-image docker node 20 build",
                        "Dockerfile:2:6 container-image docker nginx 1.25 runtime");
    }

    @Test
    void continuationsSkipBlankAndCommentLines() throws ExtractionException {
        assertThat(extract("FROM \\\n\n# a comment\n  postgres:16.2 \\\n  AS db\n"))
                .containsExactly("Dockerfile:4:3 container-image docker postgres 16.2 runtime");
    }

    @Test
    void anUnterminatedHeredocHidesTheRest() throws ExtractionException {
        assertThat(extract("FROM alpine:3.19\nRUN <<EOF\nFROM mysql:5.7\n")).containsExactly(
                "Dockerfile:1:6 container-image docker alpine 3.19 runtime");
    }

    @Test
    void fromWithoutAnImageIsAnError() {
        assertThatThrownBy(() -> extract("\n  FROM --platform=linux/amd64\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void binaryGarbageIsRefusedNotCrashed() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("Dockerfile", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void hostileVariablesDoNotLoop() throws ExtractionException {
        assertThat(extract("FROM " + "${A:-".repeat(5) + "x" + "}".repeat(5) + ":1\n"))
                .containsExactly("Dockerfile:1:6 container-image docker x 1 runtime");
        assertThat(extract("FROM " + "${A:-".repeat(20_000) + "x" + "}".repeat(20_000) + ":1\n")).isEmpty();
        assertThat(extract("FROM ${A:-${B\n")).isEmpty();
    }
}
