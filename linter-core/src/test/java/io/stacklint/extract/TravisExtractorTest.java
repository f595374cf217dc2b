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

class TravisExtractorTest {

    private final TravisExtractor extractor = new TravisExtractor();

    private List<String> extract(String yaml) throws ExtractionException {
        return extractor.extract(SourceFile.of(".travis.yml", yaml)).stream().map(ExtractorFixturesTest::render)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {".travis.yml", "legacy/.travis.yml"})
    void acceptsTravisFiles(String path) {
        assertThat(extractor.accepts(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"travis.yml", ".travis.yaml", ".travis.yml.bak", "x.travis.yml", ".gitlab-ci.yml"})
    void refusesEverythingElse(String path) {
        assertThat(extractor.accepts(path)).isFalse();
    }

    @Test
    void serviceEvidenceHasTheConventionalShape() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".travis.yml", "services:\n  - PostgreSQL\n"));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.CI_SERVICE);
            assertThat(e.ecosystem()).isEqualTo("travis");
            assertThat(e.name()).isEqualTo("postgresql");
            assertThat(e.version()).isNull();
            assertThat(e.scope()).isEqualTo(Scope.CI);
        });
    }

    @Test
    void withoutALanguageRvmStillMeansRuby() throws ExtractionException {
        assertThat(extract("rvm: 2.7\n")).containsExactly(".travis.yml:1:6 runtime runtime ruby 2.7 ci");
    }

    @Test
    void dotnetVersionsOfCsharp() throws ExtractionException {
        assertThat(extract("language: csharp\nmono: none\ndotnet: 6.0.100\n"))
                .containsExactly(".travis.yml:3:9 runtime runtime dotnet 6.0.100 ci");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# c\n", "x\n", "- a\n", "language: [ruby]\n", "language: cobol\n",
            "language: ruby\nrvm: {a: b}\n", "services: {a: b}\n", "services: [[x], ~, '']\n", "addons: [x]\n",
            "addons:\n  postgresql: [x]\n", "matrix: [x]\n", "jobs:\n  include: {a: b}\n", "jobs:\n  include: [1]\n"})
    void oddShapesGiveNoErrors(String yaml) {
        assertThat(catchThrowable(() -> extract(yaml))).isNull();
    }

    @Test
    void binaryGarbageIsAnExtractionException() {
        byte[] garbage = {(byte) 0xc3, 0x28, 0, (byte) 0x80, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile(".travis.yml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }
}
