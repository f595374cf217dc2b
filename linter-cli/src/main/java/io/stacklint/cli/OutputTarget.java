package io.stacklint.cli;

import io.stacklint.report.Reporters;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * One {@code --format FORMAT[:FILE]} value: a format, and the file it goes to, or standard output.
 *
 * @param format a name {@link Reporters#formats()} knows
 * @param file   where to write it; empty means standard output
 */
record OutputTarget(String format, Optional<Path> file) {

    /** Parses option values; an unknown format is a usage error listing the known ones. */
    static final class Converter implements CommandLine.ITypeConverter<OutputTarget> {

        @Override
        public OutputTarget convert(String value) {
            int colon = value.indexOf(':');
            String format = (colon < 0 ? value : value.substring(0, colon)).trim();
            String file = colon < 0 ? "" : value.substring(colon + 1).trim();
            if (!Reporters.formats().contains(format)) {
                throw new CommandLine.TypeConversionException("unknown format '" + format + "'; formats are "
                        + String.join(", ", Reporters.formats()));
            }
            if (colon >= 0 && file.isEmpty()) {
                throw new CommandLine.TypeConversionException("'" + value + "' names no file after the colon");
            }
            return new OutputTarget(format, file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file)));
        }
    }
}
