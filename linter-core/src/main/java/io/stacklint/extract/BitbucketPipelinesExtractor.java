package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Bitbucket Pipelines' {@code bitbucket-pipelines.yml}: step and service images. */
public final class BitbucketPipelinesExtractor implements Extractor {

    @Override
    public String id() {
        return "bitbucket-pipelines";
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
