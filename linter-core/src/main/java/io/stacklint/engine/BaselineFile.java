package io.stacklint.engine;

/**
 * A baseline ready to be written: where (relative to the scanned root), its text, how many findings it accepts and,
 * when pruned, how many entries of the old file no longer matched anything.
 */
public record BaselineFile(String path, String text, int accepted, int removed) {
}
