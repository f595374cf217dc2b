package io.stacklint.model;

/** The command a report answers; text output reads differently for each, the JSON is the same shape. */
public enum ReportKind {
    CHECK,
    INVENTORY
}
