package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupCfgExtractorTest {

    private final SetupCfgExtractor extractor = new SetupCfgExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("setup.cfg", text));
    }

    @Test
    void acceptsOnlySetupCfg() {
        assertThat(extractor.accepts("setup.cfg")).isTrue();
        assertThat(extractor.accepts("libs/core/setup.cfg")).isTrue();
        assertThat(extractor.accepts("setup.cfg.in")).isFalse();
        assertThat(extractor.accepts("mysetup.cfg")).isFalse();
        assertThat(extractor.accepts("tox.ini")).isFalse();
    }

    @Test
    void valuesAndKinds() throws ExtractionException {
        List<Evidence> found = extract("[options]\npython_requires=>=3.10\ninstall_requires=\n  celery[redis]>=5\n");
        assertThat(found).extracting(Evidence::value).containsExactly("python >=3.10", "celery[redis]>=5");
        assertThat(found).extracting(Evidence::kind).containsExactly(EvidenceKind.RUNTIME, EvidenceKind.PACKAGE);
    }

    @Test
    void sectionNamesAreCaseSensitiveAndOtherSectionsAreIgnored() throws ExtractionException {
        assertThat(extract("[Options]\ninstall_requires = a\n[options.entry_points]\nx = b:c\n")).isEmpty();
    }

    @Test
    void aKeyBeforeAnySectionIsAnError() {
        assertThatThrownBy(() -> extract("\n  install_requires = a\n[options]\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("'key = value' before any [section] header");
                });
    }

    @Test
    void hostileInputIsAnErrorOrNothingNeverACrash() throws ExtractionException {
        assertThatThrownBy(() -> extractor.extract(new SourceFile("setup.cfg", new byte[] {(byte) 0xff, 0, 1})))
                .isInstanceOf(ExtractionException.class);
        String longValue = "[options]\ninstall_requires =\n" + "    a\\\n".repeat(50_000) + "\n";
        assertThatThrownBy(() -> extract(longValue)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("invalid requirement");
        assertThat(extract("[x]\n" + "k = v\n".repeat(100_000))).isEmpty();
    }
}
