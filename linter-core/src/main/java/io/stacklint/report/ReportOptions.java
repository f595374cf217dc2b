package io.stacklint.report;

/**
 * How the person running stacklint wants to read it.
 *
 * @param color ANSI colours (only on a terminal)
 * @param quiet errors only: no warnings, notes or diagnostics
 */
public record ReportOptions(boolean color, boolean quiet) {

    public static final ReportOptions PLAIN = new ReportOptions(false, false);
}
