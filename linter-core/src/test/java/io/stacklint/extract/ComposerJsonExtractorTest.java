package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerJsonExtractorTest {

    private final ComposerJsonExtractor extractor = new ComposerJsonExtractor();

    private List<Evidence> extract(String json) throws ExtractionException {
        return extractor.extract(SourceFile.of("composer.json", json));
    }

    @Test
    void acceptsOnlyComposerJson() {
        assertThat(extractor.accepts("composer.json")).isTrue();
        assertThat(extractor.accepts("packages/billing/composer.json")).isTrue();
        assertThat(extractor.accepts("composer.lock")).isFalse();
        assertThat(extractor.accepts("my-composer.json")).isFalse();
        assertThat(extractor.accepts("Composer.json")).isFalse();
    }

    @Test
    void reportsEveryFieldOfARequirement() throws ExtractionException {
        Evidence slim = extract("{\"require\": {\"slim/slim\": \"^4.12\"}}").get(0);

        assertThat(slim.kind()).isEqualTo(EvidenceKind.PACKAGE);
        assertThat(slim.ecosystem()).isEqualTo("composer");
        assertThat(slim.name()).isEqualTo("slim/slim");
        assertThat(slim.version()).isEqualTo("^4.12");
        assertThat(slim.value()).isEqualTo("slim/slim ^4.12");
        assertThat(slim.scope()).isEqualTo(Scope.RUNTIME);
        assertThat(slim.location().toString()).isEqualTo("composer.json:1:14");
    }

    @Test
    void phpIsTheRuntime() throws ExtractionException {
        Evidence php = extract("{\"require\": {\"PHP\": \">=8.1 <8.4\"}}").get(0);
        assertThat(php.kind()).isEqualTo(EvidenceKind.RUNTIME);
        assertThat(php.name()).isEqualTo("php");
        assertThat(php.version()).isEqualTo(">=8.1 <8.4");
    }

    @Test
    void deepNestingIsRefusedWithALocation() {
        String deep = "{\"extra\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertThatThrownBy(() -> extract(deep)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("composer.json refused: nested deeper than 200 levels");
            assertThat(e.line()).isEqualTo(1);
        });
    }

    @Test
    void aHugeKeyIsRefused() {
        String json = "{\"require\": {\"" + "a".repeat(20_000) + "/b\": \"1\"}}";
        assertThatThrownBy(() -> extract(json)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void trailingContentIsRefused() {
        assertThatThrownBy(() -> extract("{}\n{}")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void binaryGarbageIsRefusedNotThrown() {
        byte[] garbage = {'{', (byte) 0xff, (byte) 0xfe, 0, 1};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("composer.json", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void keysThatAreNoPackageNamesGiveNothing() throws ExtractionException {
        assertThat(extract("{\"require\": {\"a/b/c\": \"1\", \"/x\": \"1\", \"x/\": \"1\", \"a b/c\": \"1\","
                + " \"ext-\": \"*\"}}")).isEmpty();
    }
}
