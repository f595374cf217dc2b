package io.stacklint.model;

import java.util.Objects;

/**
 * Something the scan could not read or had to skip (a malformed file, a file above the size cap, a symlink out
 * of the tree). Diagnostics are reported, never fatal: one bad file does not stop the scan.
 */
public record Diagnostic(Severity severity, Location location, String message) implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public int compareTo(Diagnostic other) {
        return location.compareTo(other.location);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
