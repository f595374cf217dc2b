package io.stacklint.maven;

import io.stacklint.model.Report;
import io.stacklint.report.ReportOptions;
import io.stacklint.report.Reporter;
import io.stacklint.report.Reporters;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes a report in the formats the user asked for, one file each, atomically, into the output folder. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** Splits and checks {@code stack.formats}: the CLI's {@code --format} names, comma-separated. */
    static List<String> parse(String formats) throws MojoExecutionException {
        List<String> names = new ArrayList<>();
        if (formats == null) {
            return names;
        }
        for (String name : formats.split(",")) {
            String format = name.trim().toLowerCase(Locale.ROOT);
            if (format.isEmpty() || names.contains(format)) {
                continue;
            }
            if (!Reporters.formats().contains(format)) {
                throw new MojoExecutionException("stack.formats: unknown format '" + format + "'; formats are "
                        + String.join(", ", Reporters.formats()));
            }
            names.add(format);
        }
        return names;
    }

    /** The file a format goes to: {@code <base>.json}, {@code <base>.sarif}, {@code <base>-junit.xml}, ... */
    static String fileName(String base, String format) {
        return switch (format) {
            case "text" -> base + ".txt";
            case "json" -> base + ".json";
            case "sarif" -> base + ".sarif";
            case "junit" -> base + "-junit.xml";
            case "checkstyle" -> base + "-checkstyle.xml";
            case "gitlab" -> base + "-gitlab.json";
            case "github" -> base + "-github.txt";
            case "markdown" -> base + ".md";
            default -> base + "." + format;
        };
    }

    /** Writes every format; returns the files written. */
    static List<Path> write(Report report, List<String> formats, Path folder, String base)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        for (String format : formats) {
            Reporter reporter = Reporters.forFormat(format, ReportOptions.PLAIN).orElseThrow();
            Path file = folder.resolve(fileName(base, format));
            try {
                atomically(file, out -> reporter.write(report, out));
            } catch (IOException e) {
                throw new MojoExecutionException(file + ": cannot write the " + format + " report: "
                        + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temporary file, then a rename: an interrupted build never leaves half a report. */
    private static void atomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
