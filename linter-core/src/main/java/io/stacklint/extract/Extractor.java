package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/**
 * Parses one kind of file into evidence. An extractor knows nothing of technologies or ratings, has no state and
 * no side effects: the same file always gives the same evidence, so files can be parsed in parallel and a history
 * audit can parse each blob once.
 */
public interface Extractor {

    /** Build files are small; a larger file is generated or hostile, and skipped with a note. */
    long DEFAULT_SIZE_CAP = 4L * 1024 * 1024;

    /** The cap of a {@link LockfileExtractor}: lockfiles of big monorepos run to megabytes. */
    long LOCKFILE_SIZE_CAP = 24L * 1024 * 1024;

    /** A short stable name for messages and tests, such as {@code maven-pom}. */
    String id();

    /** True when the file at this tree-relative path ({@code /} separators) is of this extractor's kind. */
    boolean accepts(String path);

    /** The largest file this extractor reads; the scan skips a larger one with a note. */
    default long sizeCap() {
        return DEFAULT_SIZE_CAP;
    }

    /**
     * Reads every declaration in the file.
     *
     * @throws ExtractionException when the file cannot be parsed; the scan reports it and goes on
     */
    List<Evidence> extract(SourceFile file) throws ExtractionException;
}
