package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads PHP Composer's {@code composer.json}. */
public final class ComposerJsonExtractor implements Extractor {

    @Override
    public String id() {
        return "composer-json";
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
