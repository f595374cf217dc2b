package io.stacklint.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A technology the project uses, every piece of evidence that proves it, and the rating the radar gives it
 * (empty when the radar does not rate it). A declaration whose version rates worse than the technology (a version
 * past its end of life) has its own rating in {@code ratingsAt}, by the declaration's location.
 */
public record Detection(Technology technology, Optional<Rating> rating, List<String> versions,
        List<Evidence> evidence, Map<Location, Rating> ratingsAt) {

    public Detection {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(rating, "rating");
        versions = List.copyOf(versions);
        evidence = List.copyOf(evidence);
        ratingsAt = Map.copyOf(ratingsAt);
    }

    /** A detection whose declarations all share the technology's rating. */
    public Detection(Technology technology, Optional<Rating> rating, List<String> versions, List<Evidence> evidence) {
        this(technology, rating, versions, evidence, Map.of());
    }

    /** The rating of the declaration at a location: its own when its version earns one, else the technology's. */
    public Optional<Rating> ratingAt(Location location) {
        Rating own = ratingsAt.get(location);
        return own != null ? Optional.of(own) : rating;
    }

    public String id() {
        return technology.id();
    }

    public Optional<Ring> ring() {
        return rating.map(Rating::ring);
    }
}
