package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PuppetManifestExtractorTest {

    private final PuppetManifestExtractor extractor = new PuppetManifestExtractor();

    private List<String> names(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("init.pp", text)).stream().map(Evidence::name).toList();
    }

    @Test
    void arrayTitlesDeclareEachClass() throws ExtractionException {
        assertThat(names("class { ['ntp', '::timezone']: }\n")).containsExactly("ntp", "timezone");
    }

    @Test
    void definitionsAndReferencesAreNothing() throws ExtractionException {
        assertThat(names("class a::b inherits a { }\nclass c (String $x) { }\nClass['d'] -> Class['e']\n"
                + "define f::g () { }\n")).isEmpty();
    }

    @Test
    void includeFollowedByAnExpressionIsNotAList() throws ExtractionException {
        assertThat(names("include foo + bar\nrequire Class['x']\n")).isEmpty();
    }

    @Test
    void unclosedStringsAndHeredocsAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> names("include a\n$x = 'open\n")).isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> names("$x = @(END)\ntext\n")).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("heredoc");
    }

    @Test
    void acceptsOnlyManifests() {
        assertThat(extractor.accepts("manifests/init.pp")).isTrue();
        assertThat(extractor.accepts("site.pp")).isTrue();
        assertThat(extractor.accepts("manifests/init.pp.bak")).isFalse();
        assertThat(extractor.accepts("dir/.pp")).isFalse();
    }
}
