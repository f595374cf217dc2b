package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class HerokuExtractorTest {

    private final HerokuExtractor extractor = new HerokuExtractor();

    private List<String> names(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(Evidence::name).toList();
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"stack\": " + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThatThrownBy(() -> names("app.json", deep)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void trailingContentIsAnError() {
        assertThatThrownBy(() -> names("app.json", "{\"addons\": []} {")).isInstanceOf(ExtractionException.class);
    }

    @Test
    void oddAddonValuesAreSkipped() throws ExtractionException {
        assertThat(names("app.json", "{\"addons\": [1, null, \"Bad Name\", {\"as\": \"X\"}, \"mailgun:starter\"]}"))
                .containsExactly("mailgun");
    }

    @Test
    void herokuYmlAddonsAsPlainStrings() throws ExtractionException {
        assertThat(names("heroku.yml", "setup:\n  addons:\n    - heroku-redis:mini\n")).containsExactly("heroku-redis");
        assertThat(extractor.accepts("heroku.yaml")).isFalse();
    }
}
