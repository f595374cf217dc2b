package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupPyExtractorTest {

    private final SetupPyExtractor extractor = new SetupPyExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("setup.py", text));
    }

    @Test
    void acceptsOnlySetupPy() {
        assertThat(extractor.accepts("setup.py")).isTrue();
        assertThat(extractor.accepts("python/setup.py")).isTrue();
        assertThat(extractor.accepts("my_setup.py")).isFalse();
        assertThat(extractor.accepts("setup.pyc")).isFalse();
    }

    @Test
    void declarationsInsideStringsAndCommentsAreNotRead() throws ExtractionException {
        assertThat(extract("""
                '''setup(install_requires=["a"])'''
                # setup(install_requires=["b"])
                x = "setup(install_requires=['c'])"
                """)).isEmpty();
    }

    @Test
    void attributeCallsAndValues() throws ExtractionException {
        List<Evidence> found = extract("import setuptools\nsetuptools.setup(install_requires=['celery[redis]>=5'])\n");
        assertThat(found).extracting(Evidence::value).containsExactly("celery[redis]>=5");
        assertThat(found).extracting(Evidence::ecosystem).containsExactly("pypi");
    }

    @Test
    void aParenthesisedTupleOrADefIsNoCall() throws ExtractionException {
        assertThat(extract("x = (install_requires == ['a'])\ndef f(install_requires=['b']): pass\n")).isEmpty();
    }

    @Test
    void anInvalidRequirementStringIsAnErrorAtItsPlace() {
        assertThatThrownBy(() -> extract("setup(\n  install_requires=['ok', 'bad>=']\n)\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(33);
                    assertThat(e.getMessage()).isEqualTo("invalid requirement: expected a version after '>='");
                });
    }

    @Test
    void unbalancedBracketsAreErrors() {
        assertThatThrownBy(() -> extract("setup(a=[1)\n")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.getMessage()).isEqualTo("unexpected ')'"));
    }

    @Test
    void hostileInputIsAnErrorNeverACrash() {
        assertThatThrownBy(() -> extract("(".repeat(100_000) + ")".repeat(100_000)))
                .isInstanceOf(ExtractionException.class).hasMessage("brackets nested too deeply");
        assertThatThrownBy(() -> extractor.extract(new SourceFile("setup.py", new byte[] {(byte) 0xc0, 0x41})))
                .isInstanceOf(ExtractionException.class);
        assertThatThrownBy(() -> extract("s = '\\")).isInstanceOf(ExtractionException.class)
                .hasMessage("unterminated string literal");
    }

    @Test
    void aHugeListIsReadWhole() throws ExtractionException {
        String list = "\"pkg\",".repeat(200_000);
        assertThat(extract("setup(install_requires=[" + list + "])")).hasSize(200_000);
    }
}
