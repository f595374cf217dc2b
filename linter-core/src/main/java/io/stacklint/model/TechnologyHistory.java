package io.stacklint.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When one technology was present in one repository's history: the periods between the commit that brought it
 * and the commit that took it away, oldest first. The same shape as the history JSON of DESIGN.md.
 *
 * @param ring the technology's ring today, empty when the radar does not rate it
 */
public record TechnologyHistory(String technology, Optional<Ring> ring, List<Period> periods) {

    public TechnologyHistory {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(ring, "ring");
        periods = List.copyOf(periods);
    }

    /** True when the technology is still there: its last period has not ended. */
    public boolean present() {
        return !periods.isEmpty() && periods.get(periods.size() - 1).removed().isEmpty();
    }

    /** One stretch of presence; {@code removed} is empty while it lasts. */
    public record Period(Change introduced, Optional<Change> removed) {

        public Period {
            Objects.requireNonNull(introduced, "introduced");
            Objects.requireNonNull(removed, "removed");
        }
    }

    /** The commit that made a change, with its committer date and author. */
    public record Change(String commit, Instant date, String author) {

        public Change {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(author, "author");
        }
    }
}
