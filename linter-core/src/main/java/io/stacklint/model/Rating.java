package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/** What a radar says of one technology: its ring, why, and what to use instead. */
public record Rating(Ring ring, String reason, List<String> replacements) {

    public Rating {
        Objects.requireNonNull(ring, "ring");
        reason = reason == null ? "" : reason;
        replacements = List.copyOf(replacements);
    }
}
