package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/**
 * Reads Gradle settings scripts ({@code settings.gradle}, {@code settings.gradle.kts}): the plugins of its
 * {@code plugins} and {@code pluginManagement { plugins }} blocks. Included builds and projects give no evidence.
 */
public final class GradleSettingsExtractor implements Extractor {

    @Override
    public String id() {
        return "gradle-settings";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("settings.gradle") || name.equals("settings.gradle.kts");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        return GradleReader.read(file, true);
    }
}
