package io.stacklint.extract;

import io.stacklint.extract.Hcl.Block;
import io.stacklint.extract.Hcl.Body;
import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Terraform's dependency lock file {@code .terraform.lock.hcl} (through {@link Hcl}): each top-level
 * {@code provider "registry.terraform.io/hashicorp/aws" { version = "5.31.0" }} block is a terraform PACKAGE named
 * by the address without its host ({@code hashicorp/aws}, lowercased as Terraform writes it), with the locked
 * version, scope RUNTIME, located at the {@code provider} token. The {@code constraints} and {@code hashes} say
 * nothing more. Lock files under {@code .terraform/} and {@code .terragrunt-cache/} are downloaded copies and are
 * not read.
 */
public final class TerraformLockExtractor implements Extractor {

    private static final String FILE_NAME = ".terraform.lock.hcl";

    @Override
    public String id() {
        return "terraform-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals(FILE_NAME) && !TerraformExtractor.vendored(path);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Body body = Hcl.parse(file);
            List<Evidence> found = new ArrayList<>();
            for (Block block : body.blocks("provider")) {
                if (block.labels().size() != 1) {
                    continue;
                }
                Optional<String> source = TerraformExtractor.providerSource(block.labels().get(0));
                if (source.isEmpty()) {
                    continue;
                }
                String version = TerraformExtractor.literal(block.body(), "version").orElse(null);
                found.add(Evidence.ofPackage("terraform", source.get(), version,
                        file.location(block.line(), block.column()),
                        version == null ? source.get() : source.get() + " " + version, Scope.RUNTIME));
            }
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read .terraform.lock.hcl: " + e.getClass().getSimpleName(), e);
        }
    }
}
