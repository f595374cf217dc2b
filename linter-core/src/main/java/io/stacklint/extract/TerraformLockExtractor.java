package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Terraform's dependency lock file {@code .terraform.lock.hcl}. */
public final class TerraformLockExtractor implements Extractor {

    @Override
    public String id() {
        return "terraform-lock";
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
