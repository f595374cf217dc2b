package io.stacklint.source;

/**
 * A file a {@link ProjectTree} walk reached: its path relative to the root with {@code /} separators, and its size,
 * or {@link #UNKNOWN_SIZE} where knowing it costs a lookup the walk does not make (a git blob's header).
 */
public record TreeFile(String path, long size) {

    /** The size of a file whose size the walk did not look up; reading it with a cap still enforces the cap. */
    public static final long UNKNOWN_SIZE = -1;

    /** The last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
