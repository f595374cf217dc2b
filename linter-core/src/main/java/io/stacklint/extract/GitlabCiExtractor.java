package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads GitLab CI's {@code .gitlab-ci.yml} and the local files it includes. */
public final class GitlabCiExtractor implements Extractor {

    @Override
    public String id() {
        return "gitlab-ci";
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
