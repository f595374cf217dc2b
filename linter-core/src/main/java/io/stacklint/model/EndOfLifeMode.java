package io.stacklint.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a version past its end of life is rated, whatever the technology's own ring: {@code avoid} (and sunsetting
 * within six months of the date), {@code sunsetting} (both cases), or {@code off}.
 */
public enum EndOfLifeMode {
    AVOID,
    SUNSETTING,
    OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EndOfLifeMode> parse(String text) {
        return Arrays.stream(values()).filter(mode -> mode.id().equals(text)).findFirst();
    }

    /** The modes as users write them, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(EndOfLifeMode::id).collect(Collectors.joining(", "));
    }
}
