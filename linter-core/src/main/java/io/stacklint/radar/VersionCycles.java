package io.stacklint.radar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which release cycle a declared version falls in, judged by the best it allows: {@code 9.6.24-bullseye} is in
 * 9.6, {@code ^14.2.0} allows the newest 14.x, {@code ~> 7.1} the newest 7.x, {@code <2} the newest 1.x, and
 * {@code >=3.8}, {@code latest} or {@code *} allow today's release, so no cycle can be blamed. The syntaxes are
 * those of the ecosystems stacklint reads: npm, RubyGems, Hex, PEP 440, Composer, Maven ranges and image tags.
 */
final class VersionCycles {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern MAVEN_RANGE = Pattern.compile("([\\[(])\\s*([^,]*?)\\s*(?:,\\s*([^\\])]*?)\\s*)?([\\])])");
    static final Comparator<String> NUMERIC = VersionCycles::compare;

    private VersionCycles() {
    }

    /** The newest cycle the declaration allows, or empty when it allows today's release or says nothing. */
    static Optional<String> best(String declared, List<String> cycles) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String text = declared.strip().toLowerCase(Locale.ROOT);
        if (text.contains("||")) {
            Optional<String> best = Optional.empty();
            for (String alternative : text.split("\\|\\|")) {
                Optional<String> cycle = best(alternative, cycles);
                if (cycle.isEmpty()) {
                    return Optional.empty(); // one alternative allows today's release
                }
                best = best.isEmpty() || compare(cycle.get(), best.get()) > 0 ? cycle : best;
            }
            return best;
        }
        Matcher range = MAVEN_RANGE.matcher(text);
        if (range.matches()) {
            return mavenRange(range, cycles);
        }
        List<String> constraints = constraints(text);
        String prefix = null;
        String below = null;
        boolean inclusive = false;
        for (String constraint : constraints) {
            String operator = constraint.replaceAll("[\\dv.x*].*$", "").strip();
            String number = number(constraint.substring(operator.length()).strip());
            if (number == null) {
                continue;
            }
            switch (operator) {
                case "", "=", "==", "===" -> prefix = number;
                case "^" -> prefix = caret(number);
                case "~" -> prefix = twoComponents(number);
                case "~>", "~=" -> prefix = pessimistic(number);
                case "<" -> {
                    below = number;
                    inclusive = false;
                }
                case "<=" -> {
                    below = number;
                    inclusive = true;
                }
                default -> {
                    // >=, >, != bound nothing from above
                }
            }
        }
        if (prefix != null) {
            return withPrefix(prefix, cycles);
        }
        if (below != null) {
            return below(below, inclusive, cycles);
        }
        return Optional.empty();
    }

    private static List<String> constraints(String text) {
        List<String> parts = new ArrayList<>();
        // "~> 7.1", ">= 1.4, < 2", ">=1.4 <2": an operator may stand apart from its number
        Matcher matcher = Pattern.compile("(~>|~=|===|==|!=|<=|>=|\\^|~|<|>|=)?\\s*v?([\\dx*][\\w.*+-]*)")
                .matcher(text);
        while (matcher.find()) {
            parts.add((matcher.group(1) == null ? "" : matcher.group(1)) + matcher.group(2));
        }
        return parts;
    }

    /** The leading number of a version (16 of 16-alpine, 9.6.24 of 9.6.24-bullseye), or null. */
    private static String number(String version) {
        Matcher matcher = NUMBER.matcher(version);
        return matcher.lookingAt() ? matcher.group() : null;
    }

    private static String caret(String number) {
        String[] parts = number.split("\\.");
        if (!parts[0].equals("0") || parts.length == 1) {
            return parts[0];
        }
        return parts[0] + "." + parts[1];
    }

    private static String twoComponents(String number) {
        String[] parts = number.split("\\.");
        return parts.length == 1 ? parts[0] : parts[0] + "." + parts[1];
    }

    /** {@code ~> 7.1} and {@code ~= 7.1} allow 7.x; {@code ~> 7.1.3} allows 7.1.x. */
    private static String pessimistic(String number) {
        String[] parts = number.split("\\.");
        if (parts.length <= 1) {
            return number;
        }
        return String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
    }

    private static Optional<String> mavenRange(Matcher range, List<String> cycles) {
        String low = range.group(2);
        String high = range.group(3);
        if (high == null) {
            return low.isEmpty() ? Optional.empty() : withPrefix(number(low), cycles); // [1.2.3] is exact
        }
        if (high.isEmpty() || number(high) == null) {
            return Optional.empty();
        }
        return below(number(high), range.group(4).equals("]"), cycles);
    }

    /** The newest cycle that covers the prefix (9.6 for 9.6.24) or that the prefix covers (7.2 for 7). */
    private static Optional<String> withPrefix(String prefix, List<String> cycles) {
        if (prefix == null) {
            return Optional.empty();
        }
        return cycles.stream()
                .filter(cycle -> prefix.equals(cycle) || prefix.startsWith(cycle + ".") || cycle.startsWith(prefix + "."))
                .max(NUMERIC);
    }

    private static Optional<String> below(String bound, boolean inclusive, List<String> cycles) {
        return cycles.stream()
                .filter(cycle -> number(cycle) != null)
                .filter(cycle -> {
                    int order = compare(cycle, bound);
                    // cycle 1.9 is below 2; cycle 2 is not below 2.0 (it holds 2.0 itself)
                    return inclusive ? order <= 0 || bound.startsWith(cycle + ".") : order < 0
                            && !bound.startsWith(cycle + ".");
                })
                .max(NUMERIC);
    }

    /** Numeric order of dotted versions; missing components count as zero, other text compares as text. */
    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String x = i < left.length ? left[i] : "0";
            String y = i < right.length ? right[i] : "0";
            int order = x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y)) : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
