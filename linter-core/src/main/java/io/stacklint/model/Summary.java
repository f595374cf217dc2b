package io.stacklint.model;

/** Counts over a report's findings (waived ones excluded) and detected technologies. */
public record Summary(int errors, int warnings, int notes, int technologies) {
}
