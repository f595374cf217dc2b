package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Puppet manifests ({@code *.pp}): classes declared and included. */
public final class PuppetManifestExtractor implements Extractor {

    @Override
    public String id() {
        return "puppet-manifest";
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
