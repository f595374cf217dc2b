package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradleSettingsExtractorTest {

    private final GradleSettingsExtractor extractor = new GradleSettingsExtractor();

    private List<Evidence> extract(String path, String text) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, text));
    }

    @Test
    void acceptsOnlySettingsScripts() {
        assertThat(extractor.accepts("settings.gradle")).isTrue();
        assertThat(extractor.accepts("build-logic/settings.gradle.kts")).isTrue();
        assertThat(extractor.accepts("build.gradle")).isFalse();
        assertThat(extractor.accepts("settings.gradle.bak")).isFalse();
        assertThat(extractor.accepts("my-settings.gradle")).isFalse();
    }

    @Test
    void onlyPluginBlocksCount() throws ExtractionException {
        assertThat(extract("settings.gradle.kts", """
                plugins { id("a.b") version "1" }
                pluginManagement { plugins { id("c.d") } }
                gradle.settingsEvaluated { plugins.apply("e.f") }
                buildscript { dependencies { classpath("x:y:1") } }
                apply(plugin = "g.h")
                """)).extracting(Evidence::name).containsExactly("a.b", "c.d");
    }

    @Test
    void pluginsIsAKeywordOnlyAtTheStartOfABlock() throws ExtractionException {
        assertThat(extract("settings.gradle", """
                def text = 'plugins { id "fake.plugin" version "1" }'
                settings.plugins { id 'not.a.block' }
                plugins {
                    id 'real.plugin' version '2.0' apply false
                }
                """)).extracting(Evidence::name, Evidence::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("real.plugin", "2.0"));
    }

    @Test
    void malformedInputIsAnExtractionException() {
        assertThatThrownBy(() -> extract("settings.gradle", "plugins {\n  id 'x' version '1\n}\n"))
                .isInstanceOf(ExtractionException.class).hasMessage("string ' is never closed");
        assertThatThrownBy(() -> extract("settings.gradle.kts", "include(\":a\"))\n"))
                .isInstanceOf(ExtractionException.class).hasMessage("unexpected `)`");
    }
}
