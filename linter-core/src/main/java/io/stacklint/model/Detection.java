package io.stacklint.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A technology the project uses, every piece of evidence that proves it, and the rating the radar gives it
 * (empty when the radar does not rate it).
 */
public record Detection(Technology technology, Optional<Rating> rating, List<String> versions,
        List<Evidence> evidence) {

    public Detection {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(rating, "rating");
        versions = List.copyOf(versions);
        evidence = List.copyOf(evidence);
    }

    public String id() {
        return technology.id();
    }

    public Optional<Ring> ring() {
        return rating.map(Rating::ring);
    }
}
