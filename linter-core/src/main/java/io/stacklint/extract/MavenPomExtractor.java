package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Placeholder until the maven-pom extractor lands. */
public final class MavenPomExtractor implements Extractor {

    @Override
    public String id() {
        return "maven-pom";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith("pom.xml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        throw new ExtractionException(1, 1, "maven-pom extractor not written yet");
    }
}
