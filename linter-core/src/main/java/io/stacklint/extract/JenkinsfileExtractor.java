package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Jenkins pipelines ({@code Jenkinsfile}): agent images and tools. */
public final class JenkinsfileExtractor implements Extractor {

    @Override
    public String id() {
        return "jenkinsfile";
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
