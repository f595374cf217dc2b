package io.stacklint.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * The only way the engine reads a project: a folder on disk, or a git tree at some revision. Implementations skip
 * ignored folders without entering them and never leave the root.
 */
public interface ProjectTree extends Closeable {

    /** The root as the user named it, for reports. */
    String displayRoot();

    /** The git revision read, when the tree is not a working folder. */
    Optional<String> revision();

    /** Walks every file that is not ignored, once, in a stable order. */
    void walk(Visitor visitor) throws IOException;

    /** Reads one file the walk reported. */
    byte[] read(String path) throws IOException;

    /**
     * Reads a file by path, walked or not (a git-ignored {@code .env}), refusing one larger than {@code maxBytes}
     * before reading it.
     *
     * @throws IOException when the file is missing, not a regular file, too large, or outside the tree
     */
    byte[] read(String path, long maxBytes) throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** Receives the walk's files and what it had to skip. */
    interface Visitor {

        void file(TreeFile file);

        /** A file or folder that could not be entered or read safely, with the reason. */
        void skipped(String path, String reason);
    }
}
