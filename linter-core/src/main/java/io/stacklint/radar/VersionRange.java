package io.stacklint.radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range a radar rates on its own ({@code versions: {"<12": avoid}}): comparisons joined by spaces or
 * commas, all of which must hold ({@code >=5 <8}), or a version that matches itself and every release under it
 * ({@code 5.7} matches 5.7.44; {@code 5.x} and {@code 5.*} say the same). {@code <=5.7} includes 5.7.44 too, so a
 * range reads as people mean it.
 */
public final class VersionRange {

    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>|==|=)?\\s*v?(\\d+(?:\\.\\d+)*)(?:\\.[x*])?");
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private final String text;
    private final List<Bound> bounds;

    private VersionRange(String text, List<Bound> bounds) {
        this.text = text;
        this.bounds = List.copyOf(bounds);
    }

    private record Bound(String operator, String version) {

        boolean admits(String candidate) {
            int order = VersionCycles.compare(candidate, version);
            boolean under = candidate.equals(version) || candidate.startsWith(version + ".");
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0 || under;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                default -> under;
            };
        }
    }

    /**
     * Parses a range as a radar writes it.
     *
     * @throws IllegalArgumentException with what is wrong, for the loader to report at the range's position
     */
    public static VersionRange parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("an empty version range");
        }
        List<Bound> bounds = new ArrayList<>();
        for (String part : trimmed.split("[\\s,]+")) {
            Matcher matcher = COMPARISON.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("malformed version range '" + text
                        + "'; write comparisons such as <12, >=5.7 <8 or a version such as 5.7");
            }
            bounds.add(new Bound(matcher.group(1) == null ? "=" : matcher.group(1), matcher.group(2)));
        }
        return new VersionRange(trimmed, bounds);
    }

    /**
     * Whether a declared version falls in the range. A declaration is judged by the first version number it names:
     * {@code ^4.17.1} by 4.17.1, {@code ~> 7.0} by 7.0, the image tag {@code 5.7-debian} by 5.7; one that names
     * none ({@code latest}) is in no range.
     */
    public boolean admits(String declared) {
        return named(declared).map(version -> bounds.stream().allMatch(bound -> bound.admits(version)))
                .orElse(false);
    }

    /** The first version number a declaration names, if any. */
    static Optional<String> named(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        Matcher matcher = FIRST_NUMBER.matcher(declared);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
