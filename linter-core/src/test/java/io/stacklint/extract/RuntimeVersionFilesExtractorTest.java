package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stacklint.model.Evidence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuntimeVersionFilesExtractorTest {

    private final RuntimeVersionFilesExtractor extractor = new RuntimeVersionFilesExtractor();

    @Test
    void acceptsVersionFilesByExactName() {
        assertThat(extractor.accepts(".nvmrc")).isTrue();
        assertThat(extractor.accepts("apps/web/.node-version")).isTrue();
        assertThat(extractor.accepts(".tool-versions")).isTrue();
        assertThat(extractor.accepts("global.json")).isTrue();
        assertThat(extractor.accepts("rust-toolchain")).isTrue();
        assertThat(extractor.accepts(".mise.toml")).isTrue();
        assertThat(extractor.accepts("nvmrc")).isFalse();
        assertThat(extractor.accepts(".tool-versions.bak")).isFalse();
        assertThat(extractor.accepts("my-runtime.txt")).isFalse();
        assertThat(extractor.accepts("config/mise.lock")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "node, v20.11.0, 20.11.0",
        "node, lts/*, lts/*",
        "node, lts/hydrogen, lts/hydrogen",
        "node, system, system",
        "ruby, ruby-3.2.2, 3.2.2",
        "ruby, 3.2.2@myapp, 3.2.2",
        "ruby, jruby-9.4.5.0, jruby-9.4.5.0",
        "python, python-3.11.4, 3.11.4",
        "python, pypy3.10-7.3.15, pypy3.10-7.3.15",
        "java, temurin-17.0.9+9, 17.0.9+9",
        "java, 17.0.9-tem, 17.0.9",
        "java, 22.3.r17-grl, 22.3.r17",
        "java, openjdk64-11.0.2, 11.0.2",
        "java, 1.8, 1.8",
        "elixir, 1.15.7-otp-26, 1.15.7",
        "erlang, 26.1.2, 26.1.2",
        "rust, stable, stable",
        "terraform, latest, latest",
        "go, ref:master, ref:master"
    })
    void normalisesVersions(String runtime, String written, String expected) {
        assertThat(RuntimeVersionFilesExtractor.normalise(runtime, written)).isEqualTo(expected);
    }

    @Test
    void valueKeepsTheVersionAsWritten() throws ExtractionException {
        List<Evidence> evidence = extractor.extract(SourceFile.of(".nvmrc", "v18.19.0\r\n"));
        assertThat(evidence).extracting(Evidence::value).containsExactly("node v18.19.0");
        assertThat(evidence).extracting(Evidence::version).containsExactly("18.19.0");
    }

    @Test
    void hostileInputIsAnErrorNotACrash() {
        byte[] garbage = new byte[4096];
        new Random(11).nextBytes(garbage);
        assertThat(catchThrowable(() -> extractor.extract(new SourceFile(".tool-versions", garbage))))
                .isInstanceOf(ExtractionException.class);
        String deep = "{\"sdk\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(catchThrowable(() -> extractor.extract(SourceFile.of("global.json", deep))))
                .isInstanceOf(ExtractionException.class);
        assertThat(catchThrowable(() -> extractor.extract(SourceFile.of("global.json", "[1, 2]"))))
                .isInstanceOf(ExtractionException.class);
    }
}
