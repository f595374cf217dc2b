package io.stacklint.policy;

import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import java.util.List;
import java.util.Objects;

/**
 * An inline suppression written in a scanned file: findings of these technologies on {@code targetLine} of the
 * same file are reported as waived, with the reason.
 *
 * @param location   where the suppression comment is
 * @param targetLine the line it applies to (the next line, or its own)
 */
public record Suppression(Location location, int targetLine, List<String> technologies, String reason) {

    public Suppression {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        technologies = List.copyOf(technologies);
    }

    boolean covers(Finding finding) {
        return finding.location().path().equals(location.path()) && finding.location().line() == targetLine
                && technologies.contains(finding.technology());
    }
}
