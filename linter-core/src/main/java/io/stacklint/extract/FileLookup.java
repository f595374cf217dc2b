package io.stacklint.extract;

import java.util.Optional;

/**
 * Read access to the other files of the tree being scanned, for formats whose meaning spans files (a pom's parent,
 * a compose file's {@code .env}, a requirements file's {@code -r} include, a Gradle version catalog). The scan
 * applies the same limits as to any candidate file: a file that is missing, too big, binary or a link out of the
 * tree reads as empty. Ignore rules do not apply: compose reads a git-ignored {@code .env} all the same.
 */
@FunctionalInterface
public interface FileLookup {

    /** No other file is readable: extractors see the single file they were given. */
    FileLookup NONE = path -> Optional.empty();

    /** The bytes of the file at this tree-relative path ({@code /} separators, already normalised). */
    Optional<byte[]> read(String treePath);
}
