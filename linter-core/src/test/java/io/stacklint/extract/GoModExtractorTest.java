package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoModExtractorTest {

    private final GoModExtractor extractor = new GoModExtractor();

    private List<Evidence> extract(String name, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(name, text));
    }

    @Test
    void acceptsGoModAndGoWorkOnly() {
        assertThat(extractor.accepts("go.mod")).isTrue();
        assertThat(extractor.accepts("services/api/go.mod")).isTrue();
        assertThat(extractor.accepts("go.work")).isTrue();
        assertThat(extractor.accepts("go.sum")).isFalse();
        assertThat(extractor.accepts("go.work.sum")).isFalse();
        assertThat(extractor.accepts("go.mod.bak")).isFalse();
        assertThat(extractor.accepts("notgo.mod")).isFalse();
    }

    @Test
    void reportsEveryFieldOfARequire() throws ExtractionException {
        Evidence pq = extract("go.mod", "module m\n\nrequire github.com/lib/pq v1.10.9\n").get(0);

        assertThat(pq.kind()).isEqualTo(EvidenceKind.PACKAGE);
        assertThat(pq.ecosystem()).isEqualTo("go");
        assertThat(pq.name()).isEqualTo("github.com/lib/pq");
        assertThat(pq.version()).isEqualTo("v1.10.9");
        assertThat(pq.value()).isEqualTo("github.com/lib/pq v1.10.9");
        assertThat(pq.scope()).isEqualTo(Scope.RUNTIME);
        assertThat(pq.location().toString()).isEqualTo("go.mod:3:9");
    }

    @Test
    void toolchainDefaultPinsNothing() throws ExtractionException {
        assertThat(extract("go.mod", "toolchain default\n")).isEmpty();
    }

    @Test
    void replaceValueNamesBothSides() throws ExtractionException {
        Evidence fork = extract("go.mod", "replace a.example/x v1.0.0 => b.example/x v1.0.1\n").get(0);
        assertThat(fork.name()).isEqualTo("b.example/x");
        assertThat(fork.value()).isEqualTo("a.example/x => b.example/x v1.0.1");
    }

    @Test
    void aBlockLeftOpenAtTheEndIsRefusedAtItsDirective() {
        assertThatThrownBy(() -> extract("go.mod", "go 1.21\n\nrequire (\n\tgithub.com/lib/pq v1.10.9\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("require block is not closed: missing )");
                });
    }

    @Test
    void aStrayClosingParenthesisIsRefused() {
        assertThatThrownBy(() -> extract("go.mod", "go 1.21\n)\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("unexpected )");
                });
    }

    @Test
    void aReplaceWithoutArrowIsRefused() {
        assertThatThrownBy(() -> extract("go.mod", "replace a.example/x b.example/x v1\n"))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("usage: replace");
    }

    @Test
    void binaryGarbageIsRefusedNotThrown() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', (byte) 0xc3};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("go.mod", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void manyLinesAndLongTokensStayLinear() throws ExtractionException {
        StringBuilder text = new StringBuilder("require (\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("\texample.com/m").append(i).append(" v1.0.").append(i).append('\n');
        }
        text.append(")\n").append("// ").append("x".repeat(1_000_000)).append('\n');
        assertThat(extract("go.mod", text.toString())).hasSize(20_000);
    }

    @Test
    void unicodeTextKeepsUtf16Columns() throws ExtractionException {
        String text = new String("// h\u00e9llo\nrequire \u00e9x.example/m v1.0.0\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertThat(extract("go.mod", text).get(0).location().toString()).isEqualTo("go.mod:2:9");
    }
}
