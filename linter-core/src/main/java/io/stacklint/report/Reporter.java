package io.stacklint.report;

import io.stacklint.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Renders one immutable report in one format. Reporters compute nothing the report does not already hold. */
public interface Reporter {

    /** The format name users pass to {@code --format}. */
    String format();

    /** Writes the report as UTF-8 bytes; the stream is left open. */
    void write(Report report, OutputStream out) throws IOException;

    /**
     * Text to append to files outside the report's own output (GitHub Actions' step summary); the front end writes
     * them after {@link #write}. None by default.
     */
    default List<Appendix> appendices(Report report) {
        return List.of();
    }
}
