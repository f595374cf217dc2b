package io.stacklint.radar;

import io.stacklint.model.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * A radar named somewhere: {@code embedded}, a file path, or an https URL, with where it was named (a
 * configuration or radar file) so a radar that cannot be read is reported at that place; empty for the command
 * line.
 */
public record RadarReference(String reference, Optional<Location> namedAt) {

    /** The name of the rating list shipped inside stacklint. */
    public static final String EMBEDDED = "embedded";

    public RadarReference {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(namedAt, "namedAt");
    }

    boolean isEmbedded() {
        return EMBEDDED.equals(reference);
    }

    boolean isUrl() {
        return reference.startsWith("https://") || reference.startsWith("http://");
    }
}
