package io.stacklint.report;

import java.util.List;
import java.util.Optional;

/** The formats stacklint writes. Adding a format is one reporter class and one line here. */
public final class Reporters {

    private Reporters() {
    }

    /** Format names, in the order help text lists them. */
    public static List<String> formats() {
        return List.of("text", "json");
    }

    public static Optional<Reporter> forFormat(String format, ReportOptions options) {
        return switch (format) {
            case "text" -> Optional.of(new TextReporter(options));
            case "json" -> Optional.of(new JsonReporter());
            default -> Optional.empty();
        };
    }
}
