package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyprojectExtractorTest {

    private final PyprojectExtractor extractor = new PyprojectExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("pyproject.toml", text));
    }

    @Test
    void acceptsOnlyPyprojectToml() {
        assertThat(extractor.accepts("pyproject.toml")).isTrue();
        assertThat(extractor.accepts("services/api/pyproject.toml")).isTrue();
        assertThat(extractor.accepts("pyproject.toml.bak")).isFalse();
        assertThat(extractor.accepts("poetry.lock")).isFalse();
    }

    @Test
    void evidenceComesInFileOrderWhateverTheSectionOrder() throws ExtractionException {
        List<Evidence> found = extract("""
                [tool.poetry.dependencies]
                flask = "^3"
                [project]
                dependencies = ["a"]
                [build-system]
                requires = ["setuptools>=68"]
                """);
        assertThat(found).extracting(Evidence::name).containsExactly("flask", "a", "setuptools");
        assertThat(found).extracting(Evidence::scope).containsExactly(Scope.RUNTIME, Scope.RUNTIME, Scope.BUILD);
        assertThat(found).extracting(Evidence::value).containsExactly("flask ^3", "a", "setuptools>=68");
    }

    @Test
    void wrongTypesGiveNothing() throws ExtractionException {
        assertThat(extract("""
                [project]
                dependencies = "requests"
                requires-python = 3
                optional-dependencies = ["x"]
                [dependency-groups]
                dev = [1, true, {include-group = "x"}]
                [tool.poetry]
                dependencies = "flask"
                """)).isEmpty();
    }

    @Test
    void hostileInputIsAnError() {
        assertThatThrownBy(() -> extract("a = " + "[".repeat(10_000))).isInstanceOf(ExtractionException.class);
        assertThatThrownBy(() -> extractor.extract(new SourceFile("pyproject.toml", new byte[] {(byte) 0xff})))
                .isInstanceOf(ExtractionException.class);
    }
}
