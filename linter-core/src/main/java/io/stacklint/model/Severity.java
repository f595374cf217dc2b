package io.stacklint.model;

import java.util.Locale;

/** How loudly a finding or diagnostic is reported; only {@link #ERROR} fails a run. */
public enum Severity {
    ERROR,
    WARNING,
    NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
