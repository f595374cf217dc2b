package io.stacklint.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The two parsers stacklint writes itself rather than wraps: for any bytes, a parsed document or an
 * {@link ExtractionException} at a real position, never another exception or a stack overflow.
 */
class ParserFuzzTest {

    @FuzzTest
    void toml(byte[] bytes) {
        try {
            Toml.parse(new SourceFile("Cargo.toml", bytes));
        } catch (ExtractionException expected) {
            // a clean diagnostic is the promised outcome for malformed input
        }
    }

    @FuzzTest
    void hcl(byte[] bytes) {
        try {
            Hcl.parse(new SourceFile("main.tf", bytes));
        } catch (ExtractionException expected) {
            // a clean diagnostic is the promised outcome for malformed input
        }
    }
}
