package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipfileExtractorTest {

    private final PipfileExtractor extractor = new PipfileExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("Pipfile", text));
    }

    @Test
    void acceptsOnlyThePipfile() {
        assertThat(extractor.accepts("Pipfile")).isTrue();
        assertThat(extractor.accepts("app/Pipfile")).isTrue();
        assertThat(extractor.accepts("Pipfile.lock")).isFalse();
        assertThat(extractor.accepts("pipfile")).isFalse();
    }

    @Test
    void valuesAndKinds() throws ExtractionException {
        List<Evidence> found = extract("[requires]\npython_version = \"3.12\"\n[packages]\nflask = \">=3\"\n");
        assertThat(found).extracting(Evidence::value).containsExactly("python 3.12", "flask>=3");
        assertThat(found).extracting(Evidence::kind).containsExactly(EvidenceKind.RUNTIME, EvidenceKind.PACKAGE);
    }

    @Test
    void otherSectionsGiveNothing() throws ExtractionException {
        assertThat(extract("[scripts]\nmysql = \"mysql -u root\"\n[pipenv]\nallow_prereleases = true\n")).isEmpty();
    }

    @Test
    void aDuplicateKeyIsAnError() {
        assertThatThrownBy(() -> extract("[packages]\na = \"*\"\na = \"==1\"\n"))
                .isInstanceOf(ExtractionException.class);
    }
}
