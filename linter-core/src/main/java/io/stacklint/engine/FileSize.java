package io.stacklint.engine;

import io.stacklint.extract.Extractor;
import io.stacklint.policy.Configuration;
import java.util.Locale;

/** The size cap of build files a run uses, and how sizes read in messages. */
final class FileSize {

    private FileSize() {
    }

    /** The configuration's {@code maxFileSize}, else the default cap of build files. */
    static long cap(Configuration configuration) {
        return configuration.maxFileSize().orElse(Extractor.DEFAULT_SIZE_CAP);
    }

    /** {@code 4 MiB}, {@code 512 KiB}, {@code 900 bytes}. */
    static String format(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
        }
        return bytes >= 1024 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
