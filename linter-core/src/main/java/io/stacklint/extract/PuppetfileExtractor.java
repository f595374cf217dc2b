package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Puppet's {@code Puppetfile} modules. */
public final class PuppetfileExtractor implements Extractor {

    @Override
    public String id() {
        return "puppetfile";
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
