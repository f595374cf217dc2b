package io.stacklint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited repository: the ordinary report of its audited revision and, when asked for, the timeline of every
 * technology its history ever held. A target that could not be audited (a remote that cannot be cloned, a folder
 * that is no repository) is an audit too: an empty report naming the target, and the {@code error}.
 *
 * @param index the target's 1-based position in the list of targets, so shard reports merge back in list order
 */
public record Audit(Report report, Optional<List<Timeline>> history, Optional<String> error, int index) {

    public Audit {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(error, "error");
        history = history.map(List::copyOf);
    }

    public Audit(Report report, Optional<List<Timeline>> history) {
        this(report, history, Optional.empty(), 0);
    }

    /** The same audit at position {@code index} of the target list. */
    public Audit at(int index) {
        return new Audit(report, history, error, index);
    }

    /** True when the target could not be audited. */
    public boolean failedToAudit() {
        return error.isPresent();
    }
}
