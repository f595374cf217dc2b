package io.stacklint.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Text a reporter asks the front end to append to a file the environment names, such as GitHub Actions' step
 * summary. The reporter only produces the text; the front end does the appending, as it does all writing.
 *
 * @param file     the file to append to
 * @param text     the UTF-8 text to append
 * @param maxBytes the size the file must not exceed after appending; the front end skips the appendix (and says
 *                 so) rather than break that limit
 */
public record Appendix(Path file, String text, long maxBytes) {

    public Appendix {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
