package io.stacklint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited repository: the ordinary report of its audited revision and, when asked for, the timeline of every
 * technology its history ever held.
 */
public record Audit(Report report, Optional<List<Timeline>> history) {

    public Audit {
        Objects.requireNonNull(report, "report");
        history = history.map(List::copyOf);
    }
}
