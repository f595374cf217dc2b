package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Serverless Framework's {@code serverless.yml}: provider and plugins. */
public final class ServerlessExtractor implements Extractor {

    @Override
    public String id() {
        return "serverless";
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
