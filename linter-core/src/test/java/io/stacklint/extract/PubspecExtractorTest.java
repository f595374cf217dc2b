package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubspecExtractorTest {

    private final PubspecExtractor extractor = new PubspecExtractor();

    private List<Evidence> extract(String yaml) throws ExtractionException {
        return extractor.extract(SourceFile.of("pubspec.yaml", yaml));
    }

    @Test
    void acceptsOnlyPubspecYaml() {
        assertThat(extractor.accepts("pubspec.yaml")).isTrue();
        assertThat(extractor.accepts("packages/ui/pubspec.yaml")).isTrue();
        assertThat(extractor.accepts("pubspec.lock")).isFalse();
        assertThat(extractor.accepts("pubspec.yml")).isFalse();
        assertThat(extractor.accepts("pubspec_overrides.yaml")).isFalse();
    }

    @Test
    void reportsEveryFieldOfADependency() throws ExtractionException {
        Evidence http = extract("dependencies:\n  http: ^1.2.0\n").get(0);

        assertThat(http.kind()).isEqualTo(EvidenceKind.PACKAGE);
        assertThat(http.ecosystem()).isEqualTo("pub");
        assertThat(http.name()).isEqualTo("http");
        assertThat(http.version()).isEqualTo("^1.2.0");
        assertThat(http.value()).isEqualTo("http ^1.2.0");
        assertThat(http.scope()).isEqualTo(Scope.RUNTIME);
        assertThat(http.location().toString()).isEqualTo("pubspec.yaml:2:3");
    }

    @Test
    void sourcesAppearInTheValue() throws ExtractionException {
        List<Evidence> found = extract("dependencies:\n  flutter:\n    sdk: flutter\n  x:\n    path: ../x\n");
        assertThat(found).extracting(Evidence::value).containsExactly("flutter (sdk: flutter)", "x (path: ../x)");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        yaml.append("dependencies:\n  http: *k\n");
        assertThatThrownBy(() -> extract(yaml.toString())).isInstanceOf(ExtractionException.class);
    }

    @Test
    void customTagsAreRefused() {
        assertThatThrownBy(() -> extract("dependencies: !!javax.script.ScriptEngineManager [x]\n"))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void binaryGarbageIsRefusedNotThrown() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("pubspec.yaml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void onlyTheFirstDocumentIsRead() throws ExtractionException {
        assertThat(extract("dependencies:\n  a: 1.0.0\n---\ndependencies:\n  b: 1.0.0\n"))
                .extracting(Evidence::name).containsExactly("a");
    }
}
