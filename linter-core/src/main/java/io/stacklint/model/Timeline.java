package io.stacklint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** When one technology came and went in a repository's history: its periods, oldest first, and its rating today. */
public record Timeline(String technology, Optional<Rating> rating, List<Period> periods) {

    public Timeline {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(rating, "rating");
        periods = List.copyOf(periods);
    }

    /** True when the technology is still there at the last commit walked. */
    public boolean present() {
        return !periods.isEmpty() && periods.get(periods.size() - 1).removed().isEmpty();
    }
}
