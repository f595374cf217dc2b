package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Scala's {@code build.sbt} and {@code project/plugins.sbt}. */
public final class SbtExtractor implements Extractor {

    @Override
    public String id() {
        return "sbt";
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
