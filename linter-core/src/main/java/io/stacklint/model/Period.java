package io.stacklint.model;

import java.util.Objects;
import java.util.Optional;

/** A stretch of history in which a technology was present: the commit that brought it, and the one that removed it. */
public record Period(Commit introduced, Optional<Commit> removed) {

    public Period {
        Objects.requireNonNull(introduced, "introduced");
        Objects.requireNonNull(removed, "removed");
    }
}
