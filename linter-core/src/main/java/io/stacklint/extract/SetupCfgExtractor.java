package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the setuptools declarations of a {@code setup.cfg}: in {@code [options]}, {@code install_requires} (RUNTIME),
 * {@code tests_require} (TEST), {@code setup_requires} (BUILD) and {@code python_requires} (the Python runtime), and
 * every extra of {@code [options.extras_require]} (OPTIONAL). The file is read as Python's configparser reads it:
 * {@code #} and {@code ;} comment lines (also inside a value), values continued on more-indented lines. A list
 * value written over several lines has one requirement per line, as setuptools reads it; written on one line it is
 * split at {@code ;}. {@code file:} values name another file and give nothing here. Other sections ({@code [flake8]},
 * {@code [tool:pytest]}, ...) are never read, but the file must still be well-formed INI.
 */
public final class SetupCfgExtractor implements Extractor {

    private static final Pattern COMMENT = Pattern.compile("\\s#");
    private static final Map<String, Scope> OPTIONS = Map.of(
            "install_requires", Scope.RUNTIME,
            "tests_require", Scope.TEST,
            "setup_requires", Scope.BUILD);

    @Override
    public String id() {
        return "setup-cfg";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("setup.cfg");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            List<Evidence> found = new ArrayList<>();
            for (Entry entry : entries(file.text())) {
                String key = entry.key().replace('-', '_');
                if (entry.section().equals("options") && key.equals("python_requires")) {
                    python(file, entry, found);
                } else if (entry.section().equals("options") && OPTIONS.containsKey(key)) {
                    requirements(file, entry, OPTIONS.get(key), found);
                } else if (entry.section().equals("options.extras_require")) {
                    requirements(file, entry, Scope.OPTIONAL, found);
                }
            }
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read setup.cfg: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void python(SourceFile file, Entry entry, List<Evidence> found) throws ExtractionException {
        List<Pep508.Span> parts = new ArrayList<>();
        parts.add(entry.value());
        parts.addAll(entry.continuation());
        parts.removeIf(part -> part.text().isEmpty());
        if (!parts.isEmpty()) {
            Pep508.Span joined = Pep508.Span.join(parts);
            found.add(Pep508.python(joined.text().replaceAll("\\s+", ""), file.location(joined.offset(0))));
        }
    }

    private static void requirements(SourceFile file, Entry entry, Scope scope, List<Evidence> found)
            throws ExtractionException {
        if (entry.value().text().startsWith("file:")) {
            return;
        }
        if (entry.continuation().stream().allMatch(line -> line.text().isEmpty())) {
            Pep508.Span whole = entry.value();
            Matcher comment = COMMENT.matcher(whole.text());
            if (comment.find()) {
                whole = whole.sub(0, comment.start());
            }
            String value = whole.text();
            int from = 0;
            while (from <= value.length()) {
                int semicolon = value.indexOf(';', from);
                int to = semicolon < 0 ? value.length() : semicolon;
                Pep508.Span chunk = whole.sub(from, to).strip();
                if (!chunk.text().isEmpty() && !chunk.text().startsWith("#")
                        && !(from > 0 && Pep508.looksLikeMarker(chunk.text()))) {
                    found.add(Pep508.evidence(file, chunk, scope));
                }
                from = to + 1;
            }
            return;
        }
        List<Pep508.Span> lines = new ArrayList<>();
        lines.add(entry.value());
        lines.addAll(entry.continuation());
        for (Pep508.Span line : Pep508.requirementLines(lines)) {
            found.add(Pep508.evidence(file, line, scope));
        }
    }

    /** One {@code key = value} of a section, with its continuation lines (already stripped, blank ones kept). */
    private record Entry(String section, String key, Pep508.Span value, List<Pep508.Span> continuation) {
    }

    /** The entries of an INI file in order, as configparser reads them. */
    private static List<Entry> entries(String text) throws ExtractionException {
        List<Entry> entries = new ArrayList<>();
        String section = null;
        Entry current = null;
        int keyIndent = 0;
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            lineNumber++;
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            Pep508.Span line = Pep508.Span.at(text.substring(start, contentEnd), start);
            start = end + 1;
            Pep508.Span stripped = line.strip();
            int indent = stripped.text().isEmpty() ? 0 : stripped.offset(0) - line.offset(0);
            if (stripped.text().isEmpty()) {
                if (current != null) {
                    current.continuation().add(stripped);
                }
                continue;
            }
            if (stripped.text().startsWith("#") || stripped.text().startsWith(";")) {
                continue;
            }
            if (current != null && indent > keyIndent) {
                current.continuation().add(stripped);
                continue;
            }
            current = null;
            String content = stripped.text();
            if (content.startsWith("[")) {
                int close = content.lastIndexOf(']');
                if (close < 1) {
                    throw new ExtractionException(lineNumber, indent + 1, "section header '[' is not closed");
                }
                section = content.substring(1, close);
                continue;
            }
            int delimiter = delimiter(content);
            if (delimiter < 0) {
                throw new ExtractionException(lineNumber, indent + 1, "expected 'key = value' or a [section] header");
            }
            if (section == null) {
                throw new ExtractionException(lineNumber, indent + 1, "'key = value' before any [section] header");
            }
            String key = content.substring(0, delimiter).strip().toLowerCase(Locale.ROOT);
            current = new Entry(section, key, stripped.sub(delimiter + 1, content.length()).strip(),
                    new ArrayList<>());
            keyIndent = indent;
            entries.add(current);
        }
        return entries;
    }

    private static int delimiter(String content) {
        int equals = content.indexOf('=');
        int colon = content.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }
}
