package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads GoCD's {@code *.gocd.yaml} pipelines: elastic agent images. */
public final class GocdExtractor implements Extractor {

    @Override
    public String id() {
        return "gocd";
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
