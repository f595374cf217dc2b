package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Terraform configurations ({@code *.tf}, {@code *.tf.json}): providers and resources. */
public final class TerraformExtractor implements Extractor {

    @Override
    public String id() {
        return "terraform";
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
