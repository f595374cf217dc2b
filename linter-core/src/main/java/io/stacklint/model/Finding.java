package io.stacklint.model;

import java.util.Objects;

/**
 * One rated use of a technology at one location, with the severity the policy gave it.
 *
 * @param value the declaration found there, as written ({@code mysql:5.7})
 */
public record Finding(String technology, Ring ring, Severity severity, Location location, String message,
        String value, boolean waived) {

    public Finding {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(ring, "ring");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(value, "value");
    }

    /** True when this finding alone makes the run fail. */
    public boolean fails() {
        return severity == Severity.ERROR && !waived;
    }
}
