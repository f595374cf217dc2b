package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PuppetfileExtractorTest {

    private final PuppetfileExtractor extractor = new PuppetfileExtractor();

    private List<String> values(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("Puppetfile", text)).stream().map(Evidence::value).toList();
    }

    @Test
    void slashBecomesDashAndSymbolsAreNoVersion() throws ExtractionException {
        assertThat(values("mod 'puppetlabs/mysql', '13.0.0'\nmod 'puppetlabs-stdlib', :latest\n"))
                .containsExactly("puppetlabs-mysql 13.0.0", "puppetlabs-stdlib");
    }

    @Test
    void methodCallsAndOddNamesAreNothing() throws ExtractionException {
        assertThat(values("r10k.mod 'a-b'\nmod 'a b'\nmod '../x'\nmod name\n")).isEmpty();
    }

    @Test
    void acceptsOnlyPuppetfile() {
        assertThat(extractor.accepts("Puppetfile")).isTrue();
        assertThat(extractor.accepts("env/production/Puppetfile")).isTrue();
        assertThat(extractor.accepts("Puppetfile.lock")).isFalse();
        assertThat(extractor.accepts("MyPuppetfile")).isFalse();
    }

    @Test
    void deepNestingIsRefused() {
        assertThatThrownBy(() -> values("(".repeat(1000) + ")".repeat(1000)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("nesting");
    }
}
