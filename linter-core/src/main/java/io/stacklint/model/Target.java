package io.stacklint.model;

import java.util.Objects;
import java.util.Optional;

/** What was scanned: the root as the user named it, and the git revision when one was read instead of the folder. */
public record Target(String path, Optional<String> revision) {

    public Target {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(revision, "revision");
    }
}
