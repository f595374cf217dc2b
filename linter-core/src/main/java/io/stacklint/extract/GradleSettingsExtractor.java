package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Gradle settings scripts ({@code settings.gradle(.kts)}): plugins and included builds. */
public final class GradleSettingsExtractor implements Extractor {

    @Override
    public String id() {
        return "gradle-settings";
    }

    @Override
    public boolean accepts(String path) {
        return false;
    }

    @Override
    public List<Evidence> extract(SourceFile file) {
        return List.of();
    }
}
