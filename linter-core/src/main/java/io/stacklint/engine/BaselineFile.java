package io.stacklint.engine;

/**
 * A baseline ready to be written: where (relative to the scanned root), its text, and how many findings it accepts.
 */
public record BaselineFile(String path, String text, int accepted) {
}
