package io.stacklint.radar;

import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Rating;
import io.stacklint.model.Ring;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * End-of-life facts by technology: each product's release cycles and the day each one ends, and the ratings they
 * give a version. A version past its end of life is rated avoid and one within six months of it sunsetting
 * (both sunsetting in {@link EndOfLifeMode#SUNSETTING} mode), unless the technology's own rating is worse already.
 */
public final class Lifecycles {

    /** No facts: no version is ever judged by its age. */
    public static final Lifecycles NONE = of(Map.of());

    /** How long before the end of life a version counts as sunsetting. */
    private static final int WARNING_MONTHS = 6;

    private final Map<String, Product> byTechnology;

    private Lifecycles(Map<String, Product> byTechnology) {
        this.byTechnology = Map.copyOf(byTechnology);
    }

    /** Facts checked already ({@link LifecyclesLoader} checks them): for facts read back from a form it produced. */
    public static Lifecycles of(Map<String, Product> byTechnology) {
        return new Lifecycles(byTechnology);
    }

    /** Every technology's product. */
    public Map<String, Product> products() {
        return byTechnology;
    }

    /** A product's cycles, newest first, with where the facts come from. */
    public record Product(String name, String source, List<Cycle> cycles) {

        public Product {
            cycles = List.copyOf(cycles);
        }
    }

    /**
     * One release cycle.
     *
     * @param eol   the day support ends, when known
     * @param ended true when the cycle has ended although no date is known
     */
    public record Cycle(String name, Optional<LocalDate> eol, boolean ended) {
    }

    public Optional<Product> product(String technologyId) {
        return Optional.ofNullable(byTechnology.get(technologyId));
    }

    /** The cycle a declared version falls in, judged by the newest release the declaration allows. */
    public Optional<Cycle> cycle(String technologyId, String declaredVersion) {
        Product product = byTechnology.get(technologyId);
        if (product == null) {
            return Optional.empty();
        }
        List<String> names = product.cycles().stream().map(Cycle::name).toList();
        return VersionCycles.best(declaredVersion, names)
                .flatMap(best -> product.cycles().stream().filter(cycle -> cycle.name().equals(best)).findFirst());
    }

    /**
     * The rating a declared version earns by its age, when that is worse than the technology's own rating.
     *
     * @param own   the technology's rating, if the radar has one
     * @param today the day to judge on
     */
    public Optional<Rating> rate(String technologyId, String declaredVersion, Optional<Rating> own,
            LocalDate today, EndOfLifeMode mode) {
        if (mode == EndOfLifeMode.OFF) {
            return Optional.empty();
        }
        Optional<Cycle> found = cycle(technologyId, declaredVersion);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Cycle cycle = found.get();
        boolean past = cycle.ended() || cycle.eol().map(date -> !date.isAfter(today)).orElse(false);
        boolean soon = !past && cycle.eol().map(date -> !date.isAfter(today.plusMonths(WARNING_MONTHS))).orElse(false);
        if (!past && !soon) {
            return Optional.empty();
        }
        Ring ring = past && mode == EndOfLifeMode.AVOID ? Ring.AVOID : Ring.SUNSETTING;
        if (own.isPresent() && own.get().ring().atLeast(ring)) {
            return Optional.empty();
        }
        String when = cycle.eol().map(date -> (past ? " reached end of life on " : " reaches end of life on ") + date)
                .orElse(" has reached end of life");
        Product product = byTechnology.get(technologyId);
        StringBuilder reason = new StringBuilder(product.name()).append(' ').append(cycle.name()).append(when);
        newestSupported(technologyId, today).filter(newest -> !newest.equals(cycle.name()))
                .ifPresent(newest -> reason.append("; upgrade to ").append(newest));
        return Optional.of(new Rating(ring, reason.toString(), List.of(), "end-of-life data: " + product.source()));
    }

    private Optional<String> newestSupported(String technologyId, LocalDate today) {
        return byTechnology.get(technologyId).cycles().stream()
                .filter(cycle -> !cycle.ended() && cycle.eol().map(date -> date.isAfter(today)).orElse(true))
                .map(Cycle::name)
                .max(VersionCycles.NUMERIC);
    }
}
