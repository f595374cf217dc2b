package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Travis CI's {@code .travis.yml}: languages, runtime versions, services. */
public final class TravisExtractor implements Extractor {

    @Override
    public String id() {
        return "travis";
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
