package io.stacklint.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A tech-radar ring, declared best to worst: a later ring is a stronger warning than an earlier one. */
public enum Ring {
    EXPERIMENTAL,
    RECOMMENDED,
    GOOD,
    SUNSETTING,
    AVOID;

    /** The lowercase name users write in configuration files and read in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this ring is as bad as {@code threshold} or worse. */
    public boolean atLeast(Ring threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Optional<Ring> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(ring -> ring.id().equals(wanted)).findFirst();
    }

    /** The ring ids joined for error messages, best to worst. */
    public static String names() {
        return Arrays.stream(values()).map(Ring::id).collect(Collectors.joining(", "));
    }
}
