package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChefExtractorTest {

    private final ChefExtractor extractor = new ChefExtractor();

    private List<String> values(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text)).stream().map(Evidence::value).toList();
    }

    @Test
    void acceptsBerksfileMetadataAndRecipes() {
        assertThat(extractor.accepts("Berksfile")).isTrue();
        assertThat(extractor.accepts("cookbooks/app/metadata.rb")).isTrue();
        assertThat(extractor.accepts("recipes/default.rb")).isTrue();
        assertThat(extractor.accepts("cookbooks/app/recipes/server.rb")).isTrue();
        assertThat(extractor.accepts("cookbooks/app/recipes/sub/server.rb")).isFalse();
        assertThat(extractor.accepts("cookbooks/app/myrecipes/server.rb")).isFalse();
        assertThat(extractor.accepts("cookbooks/app/recipes.rb")).isFalse();
        assertThat(extractor.accepts("cookbooks/app/recipes/.rb")).isFalse();
        assertThat(extractor.accepts("Berksfile.lock")).isFalse();
        assertThat(extractor.accepts("cookbooks/app/spec/default_spec.rb")).isFalse();
    }

    @Test
    void metadataNeedsALiteralName() throws ExtractionException {
        assertThat(values("metadata.rb", "name cookbook\ndepends 'mysql'\n")).isEmpty();
        assertThat(values("metadata.rb", "name 'app'\ndepends 'mysql', '~> 8'\n")).containsExactly("mysql ~> 8");
    }

    @Test
    void recipeNamesMustBeLiteral() throws ExtractionException {
        assertThat(values("recipes/default.rb", "include_recipe node['x']\ninclude_recipe \"a::#{b}\"\n"
                + "include_recipe 'a b'\n")).isEmpty();
    }
}
