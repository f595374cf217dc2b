package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/**
 * What a radar says of one technology: its ring, why, what to use instead, and where the rating comes from (a seed
 * document, "our judgement", an organisation's radar file; empty when the radar does not say).
 */
public record Rating(Ring ring, String reason, List<String> replacements, String source) {

    public Rating {
        Objects.requireNonNull(ring, "ring");
        reason = reason == null ? "" : reason;
        replacements = List.copyOf(replacements);
        source = source == null ? "" : source;
    }

    /** A rating that does not say where it comes from. */
    public Rating(Ring ring, String reason, List<String> replacements) {
        this(ring, reason, replacements, "");
    }
}
