package io.stacklint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How comments are written in each kind of file stacklint reads: the one place that decides it, by file name,
 * for inline suppressions ({@code # stacklint-disable-next-line mysql -- reason}). JSON has no comments: a
 * waiver in the configuration takes their place.
 */
public enum CommentSyntax {
    /** YAML, TOML, Ruby, Elixir, Python, Dockerfiles, shell-like files. */
    HASH(List.of("#"), ""),
    /** Gradle, Groovy, Kotlin, sbt, Jenkinsfile, go.mod. */
    SLASHES(List.of("//"), ""),
    /** Terraform and Packer HCL. */
    HCL(List.of("#", "//"), ""),
    /** INI-style setup.cfg. */
    INI(List.of("#", ";"), ""),
    /** pom.xml, .NET project files. */
    XML(List.of("<!--"), "-->"),
    /** JSON and other files without comments. */
    NONE(List.of(), "");

    /** The marker of a suppression for the line after the comment. */
    public static final String NEXT_LINE = "stacklint-disable-next-line";
    /** The marker of a suppression at the end of the line it applies to. */
    public static final String SAME_LINE = "stacklint-disable-line";
    /** The short marker: on a line of its own it covers the next line, after a declaration its own line. */
    public static final String IGNORE = "stacklint-ignore";

    private final List<String> openers;
    private final String closer;

    CommentSyntax(List<String> openers, String closer) {
        this.openers = openers;
        this.closer = closer;
    }

    /** The comment syntax of the file at this tree-relative path. */
    public static CommentSyntax of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".lock") || lower.equals(".babelrc")) {
            return NONE;
        }
        if (lower.endsWith(".xml") || lower.endsWith("proj") || lower.endsWith(".props")
                || lower.endsWith(".targets") || lower.endsWith(".config") || lower.endsWith(".nuspec")) {
            return XML;
        }
        if (lower.endsWith(".gradle") || lower.endsWith(".kts") || lower.endsWith(".groovy")
                || lower.endsWith(".sbt") || lower.endsWith(".scala") || lower.startsWith("jenkinsfile")
                || lower.equals("go.mod") || lower.endsWith(".java") || lower.endsWith(".js")
                || lower.endsWith(".ts")) {
            return SLASHES;
        }
        if (lower.endsWith(".tf") || lower.endsWith(".hcl")) {
            return HCL;
        }
        if (lower.endsWith(".cfg") || lower.endsWith(".ini")) {
            return INI;
        }
        return HASH;
    }

    /** A suppression comment as written: where, which line it covers, what and why (blank when missing). */
    public record Marker(int line, int column, int targetLine, List<String> technologies, String reason) {
    }

    /**
     * Every suppression comment in the text: a whole-line comment with {@value #NEXT_LINE} covers the next line,
     * a trailing comment with {@value #SAME_LINE} its own line, and {@value #IGNORE} either, by where it stands. The reason follows {@code --} (or {@code :} in
     * XML, where {@code --} may not appear inside a comment).
     */
    public List<Marker> markers(String text) {
        List<Marker> markers = new ArrayList<>();
        if (openers.isEmpty() || !mentionsMarker(text)) {
            return markers;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!mentionsMarker(line)) {
                continue;
            }
            for (String opener : openers) {
                int at = line.indexOf(opener);
                while (at >= 0) {
                    String body = line.substring(at + opener.length());
                    if (!closer.isEmpty() && body.contains(closer)) {
                        body = body.substring(0, body.indexOf(closer));
                    }
                    body = body.strip();
                    boolean wholeLine = line.substring(0, at).isBlank();
                    if (wholeLine && body.startsWith(NEXT_LINE + " ")) {
                        markers.add(marker(i + 1, at + 1, i + 2, body.substring(NEXT_LINE.length())));
                        break;
                    }
                    if (body.startsWith(SAME_LINE + " ")) {
                        markers.add(marker(i + 1, at + 1, i + 1, body.substring(SAME_LINE.length())));
                        break;
                    }
                    if (body.startsWith(IGNORE + " ")) {
                        markers.add(marker(i + 1, at + 1, wholeLine ? i + 2 : i + 1, body.substring(IGNORE.length())));
                        break;
                    }
                    at = line.indexOf(opener, at + 1);
                }
            }
        }
        return markers;
    }

    private static boolean mentionsMarker(String text) {
        return text.contains("stacklint-disable") || text.contains(IGNORE);
    }

    private Marker marker(int line, int column, int target, String rest) {
        int separator = rest.indexOf("--");
        int length = 2;
        if (separator < 0) {
            separator = rest.indexOf(':');
            length = 1;
        }
        String ids = separator < 0 ? rest : rest.substring(0, separator);
        String reason = separator < 0 ? "" : rest.substring(separator + length).strip();
        List<String> technologies = new ArrayList<>();
        for (String id : ids.split("[,\\s]+")) {
            if (!id.isBlank()) {
                technologies.add(id.strip());
            }
        }
        return new Marker(line, column, target, List.copyOf(technologies), reason);
    }
}
