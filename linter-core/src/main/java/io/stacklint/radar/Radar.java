package io.stacklint.radar;

import io.stacklint.model.Rating;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A rating list: technology id to ring, reason and replacements. Immutable. */
public final class Radar {

    private final Map<String, Rating> ratings;

    public Radar(Map<String, Rating> ratings) {
        this.ratings = Map.copyOf(ratings);
    }

    public Optional<Rating> rating(String technologyId) {
        return Optional.ofNullable(ratings.get(technologyId));
    }

    /** Every rating, by technology id. */
    public Map<String, Rating> ratings() {
        return new TreeMap<>(ratings);
    }

    /** This radar with {@code overrides} laid over it: a later radar wins for each technology it rates. */
    public Radar overriddenBy(Radar overrides) {
        Map<String, Rating> merged = new TreeMap<>(ratings);
        merged.putAll(overrides.ratings);
        return new Radar(merged);
    }
}
