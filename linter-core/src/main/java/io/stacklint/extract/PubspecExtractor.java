package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Dart and Flutter's {@code pubspec.yaml}. */
public final class PubspecExtractor implements Extractor {

    @Override
    public String id() {
        return "pubspec";
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
