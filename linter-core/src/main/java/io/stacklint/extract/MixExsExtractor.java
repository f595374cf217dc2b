package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder until the mix-exs extractor lands. */
public final class MixExsExtractor implements Extractor {

    @Override
    public String id() {
        return "mix-exs";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith("mix.exs");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        throw new ExtractionException(1, 1, "mix-exs extractor not written yet");
    }
}
