package io.stacklint.report;

import java.util.Objects;
import java.util.Optional;

/**
 * How the person running stacklint wants to read it.
 *
 * @param color     ANSI colours (only on a terminal)
 * @param quiet     errors only: no warnings, notes or diagnostics
 * @param sourceUrl where the scanned files can be browsed, such as
 *                  {@code https://github.com/acme/shop/blob/main}: Markdown links each {@code path:line} to
 *                  {@code sourceUrl/path#Lline}; empty for plain text
 */
public record ReportOptions(boolean color, boolean quiet, Optional<String> sourceUrl) {

    public static final ReportOptions PLAIN = new ReportOptions(false, false);

    public ReportOptions {
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        sourceUrl = sourceUrl.map(url -> url.replaceAll("/+$", "")).filter(url -> !url.isEmpty());
    }

    public ReportOptions(boolean color, boolean quiet) {
        this(color, quiet, Optional.empty());
    }
}
