package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder until the gemfile extractor lands. */
public final class GemfileExtractor implements Extractor {

    @Override
    public String id() {
        return "gemfile";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith("Gemfile");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        throw new ExtractionException(1, 1, "gemfile extractor not written yet");
    }
}
