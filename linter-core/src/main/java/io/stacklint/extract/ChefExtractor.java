package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Chef: {@code Berksfile} and cookbook {@code metadata.rb} dependencies. */
public final class ChefExtractor implements Extractor {

    @Override
    public String id() {
        return "chef";
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
