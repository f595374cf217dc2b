package io.stacklint.model;

/** The command a report answers; text output reads differently for each, the JSON is the same shape. */
public enum ReportKind {
    CHECK,
    INVENTORY,
    /** Only what a change introduces over a base revision. */
    DIFF,
    /** One of the repositories of an audit. */
    AUDIT
}
