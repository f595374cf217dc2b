package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Packer templates ({@code *.pkr.hcl}, {@code *.pkr.json}): builders and their images. */
public final class PackerExtractor implements Extractor {

    @Override
    public String id() {
        return "packer";
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
