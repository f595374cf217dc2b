package io.stacklint.source;

/** A file a {@link ProjectTree} walk reached: its path relative to the root with {@code /} separators, and its size. */
public record TreeFile(String path, long size) {

    /** The last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
