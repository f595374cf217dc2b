package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.List;

/**
 * Parses one kind of file into evidence. An extractor knows nothing of technologies or ratings, has no state and
 * no side effects: the same file always gives the same evidence, so files can be parsed in parallel and a history
 * audit can parse each blob once.
 */
public interface Extractor {

    /** A short stable name for messages and tests, such as {@code maven-pom}. */
    String id();

    /** True when the file at this tree-relative path ({@code /} separators) is of this extractor's kind. */
    boolean accepts(String path);

    /**
     * Reads every declaration in the file.
     *
     * @throws ExtractionException when the file cannot be parsed; the scan reports it and goes on
     */
    List<Evidence> extract(SourceFile file) throws ExtractionException;
}
