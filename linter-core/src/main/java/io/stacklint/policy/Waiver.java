package io.stacklint.policy;

import io.stacklint.model.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An accepted exception from {@code waivers:}: findings of one technology (optionally only under some paths) are
 * reported as waived and do not fail the run, until the waiver's date; after it the waiver is itself an error.
 *
 * @param paths    globs over scanned-root-relative paths; empty means everywhere
 * @param until    the last day the waiver holds
 * @param location where the waiver is written, for the finding an expired waiver becomes
 */
public record Waiver(String technology, List<String> paths, String reason, LocalDate until, Location location) {

    public Waiver {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(location, "location");
        paths = List.copyOf(paths);
    }

    /** The same waiver with its location's path as the report names the configuration file. */
    public Waiver reportedAt(String path) {
        return new Waiver(technology, paths, reason, until, new Location(path, location.line(), location.column()));
    }

    /** True on every day up to and including {@code until}. */
    public boolean holdsOn(LocalDate today) {
        return !today.isAfter(until);
    }
}
