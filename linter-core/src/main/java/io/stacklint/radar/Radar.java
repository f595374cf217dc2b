package io.stacklint.radar;

import io.stacklint.model.Rating;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A rating list: technology id to ring, reason and replacements, and for some technologies ratings of version
 * ranges that differ from the technology's own ({@code "<12": avoid}). Immutable.
 */
public final class Radar {

    private final Map<String, Rating> ratings;
    private final Map<String, List<VersionRule>> versionRules;

    public Radar(Map<String, Rating> ratings) {
        this(ratings, Map.of());
    }

    public Radar(Map<String, Rating> ratings, Map<String, List<VersionRule>> versionRules) {
        this.ratings = Map.copyOf(ratings);
        this.versionRules = Map.copyOf(versionRules);
    }

    /** A range of versions and the rating declarations in it earn; the first rule that admits a version wins. */
    public record VersionRule(VersionRange range, Rating rating) {
    }

    public Optional<Rating> rating(String technologyId) {
        return Optional.ofNullable(ratings.get(technologyId));
    }

    /** The rating of a declared version when a version rule of the technology admits it. */
    public Optional<Rating> rating(String technologyId, String declaredVersion) {
        return versionRules.getOrDefault(technologyId, List.of()).stream()
                .filter(rule -> rule.range().admits(declaredVersion))
                .findFirst()
                .map(VersionRule::rating);
    }

    /** Every rating, by technology id. */
    public Map<String, Rating> ratings() {
        return new TreeMap<>(ratings);
    }

    /** Every technology's version rules. */
    public Map<String, List<VersionRule>> versionRules() {
        return versionRules;
    }

    /** The version rules of a technology, in the order the radar gives them. */
    public List<VersionRule> versionRules(String technologyId) {
        return versionRules.getOrDefault(technologyId, List.of());
    }

    /**
     * This radar with {@code overrides} laid over it: a later radar wins for each technology it rates, version
     * rules included (its rating replaces the whole entry, so an override never inherits stale ranges).
     */
    public Radar overriddenBy(Radar overrides) {
        Map<String, Rating> merged = new TreeMap<>(ratings);
        merged.putAll(overrides.ratings);
        Map<String, List<VersionRule>> rules = new TreeMap<>(versionRules);
        overrides.ratings.keySet().forEach(rules::remove);
        rules.putAll(overrides.versionRules);
        return new Radar(merged, rules);
    }
}
