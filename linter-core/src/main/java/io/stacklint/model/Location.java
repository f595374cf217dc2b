package io.stacklint.model;

import java.util.Objects;

/**
 * A place in the scanned tree: a path relative to the scanned root with {@code /} separators, and a 1-based
 * line and column (column counts UTF-16 code units, as SARIF does by default).
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(path, "path");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The location of a whole file, for evidence that is the file's presence. */
    public static Location fileStart(String path) {
        return new Location(path, 1, 1);
    }

    @Override
    public int compareTo(Location other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
