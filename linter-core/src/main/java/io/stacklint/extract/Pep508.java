package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PEP 508 dependency specifier grammar every Python file kind shares: {@code name[extra,...] specifiers ;
 * marker} or {@code name[extra] @ url ; marker}. Markers are kept as text and never evaluated: a requirement that
 * applies on one platform is still a use of the package.
 */
final class Pep508 {

    private static final String[] OPERATORS = {"===", "~=", "==", "!=", "<=", ">=", "<", ">"};
    private static final Pattern COMMENT = Pattern.compile("\\s#");
    private static final Pattern MARKER = Pattern.compile("\\s*(?:[\"']|\\(|(?:python_version|python_full_version"
            + "|os_name|sys_platform|platform_[a-z_]+|implementation_[a-z_]+|extra)\\s*(?:[<>=!~]|in\\b|not\\b))");
    private static final Pattern EGG = Pattern.compile("[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)");

    private Pep508() {
    }

    /**
     * One parsed requirement.
     *
     * @param name       the project name as written
     * @param extras     the extras, as written, in order
     * @param specifier  the version specifiers without spaces or parentheses ({@code >=1.4,<2}), or null
     * @param url        the direct reference after {@code @}, or null
     * @param nameOffset where the name starts in the parsed text
     */
    record Requirement(String name, List<String> extras, String specifier, String url, int nameOffset) {

        Requirement {
            extras = List.copyOf(extras);
        }

        /** The requirement as a short human string: {@code celery[redis]>=5.3}. */
        String value() {
            String base = extras.isEmpty() ? name : name + "[" + String.join(",", extras) + "]";
            return specifier == null ? base : base + specifier;
        }

        /** PyPI package evidence at the given location. */
        Evidence evidence(Location location, Scope scope) {
            return Evidence.ofPackage("pypi", name, specifier, location, value(), scope);
        }
    }

    /** A requirement string that does not follow PEP 508; {@code offset} is where reading stopped. */
    static final class InvalidRequirement extends Exception {

        private static final long serialVersionUID = 1L;

        private final int offset;

        InvalidRequirement(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    /** Evidence that the project runs on a Python version range ({@code requires-python}, {@code python_requires}). */
    static Evidence python(String version, Location location) {
        return new Evidence(EvidenceKind.RUNTIME, "runtime", "python", version, location, "python " + version,
                Scope.RUNTIME, List.of());
    }

    /** The project name of a {@code #egg=name} fragment of a URL or path, if any. */
    static Optional<String> eggName(String urlOrPath) {
        Matcher egg = EGG.matcher(urlOrPath);
        if (!egg.find()) {
            return Optional.empty();
        }
        String name = egg.group(1);
        while (!name.isEmpty() && !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            name = name.substring(0, name.length() - 1);
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** True when the text starts like a PEP 508 requirement with a direct reference: {@code name [extras] @}. */
    static boolean isNamedUrl(String text) {
        return text.matches("(?s)\\s*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\\s*(?:\\[[^\\]]*\\])?\\s*@.*");
    }

    /**
     * A piece of a file's text with the file offset of each of its characters, so that requirements joined from
     * several lines still point at the right place.
     */
    record Span(String text, int[] offsets) {

        static Span at(String text, int start) {
            int[] offsets = new int[text.length()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = start + i;
            }
            return new Span(text, offsets);
        }

        /** The file offset of character {@code index}; one past the end maps just after the last character. */
        int offset(int index) {
            if (offsets.length == 0) {
                return 0;
            }
            return index < offsets.length ? offsets[index] : offsets[offsets.length - 1] + 1;
        }

        Span sub(int from, int to) {
            return new Span(text.substring(from, to), java.util.Arrays.copyOfRange(offsets, from, to));
        }

        Span strip() {
            int from = 0;
            int to = text.length();
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return sub(from, to);
        }

        /** The spans joined by single spaces (each space located just after the span before it). */
        static Span join(List<Span> spans) {
            StringBuilder text = new StringBuilder();
            int length = Math.max(0, spans.size() - 1);
            for (Span span : spans) {
                length += span.offsets.length;
            }
            int[] offsets = new int[length];
            int at = 0;
            for (Span span : spans) {
                if (at > 0) {
                    text.append(' ');
                    offsets[at] = offsets[at - 1] + 1;
                    at++;
                }
                text.append(span.text);
                System.arraycopy(span.offsets, 0, offsets, at, span.offsets.length);
                at += span.offsets.length;
            }
            return new Span(text.toString(), offsets);
        }
    }

    /**
     * The requirements of a list written one per line, as setuptools reads them: blank lines and {@code #} comment
     * lines dropped, a {@code #} after whitespace ends the line, a trailing {@code \} joins the next line.
     */
    static List<Span> requirementLines(List<Span> lines) {
        List<Span> out = new ArrayList<>();
        List<Span> pending = new ArrayList<>();
        for (Span raw : lines) {
            Span line = raw.strip();
            if (line.text().isEmpty() || line.text().startsWith("#")) {
                continue;
            }
            Matcher comment = COMMENT.matcher(line.text());
            if (comment.find()) {
                line = line.sub(0, comment.start()).strip();
            }
            boolean continued = line.text().endsWith("\\");
            if (continued) {
                line = line.sub(0, line.text().length() - 1).strip();
            }
            pending.add(line);
            if (!continued) {
                out.add(Span.join(pending));
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            out.add(Span.join(pending));
        }
        return out;
    }

    /** True for the marker half of a requirement a single-line {@code ;}-separated list has split off. */
    static boolean looksLikeMarker(String text) {
        return MARKER.matcher(text).lookingAt();
    }

    /** PyPI evidence of one requirement span of {@code file}; a span that is no requirement is an error there. */
    static Evidence evidence(SourceFile file, Span span, Scope scope) throws ExtractionException {
        try {
            Requirement requirement = parse(span.text());
            return requirement.evidence(file.location(span.offset(requirement.nameOffset())), scope);
        } catch (InvalidRequirement e) {
            Location at = file.location(span.offset(e.offset()));
            throw new ExtractionException(at.line(), at.column(), e.getMessage());
        }
    }

    /**
     * PyPI evidence of a requirement string read from a structured file (TOML), located at the string itself; a
     * string that is no requirement is an error there.
     */
    static Evidence evidence(Location location, String text, Scope scope) throws ExtractionException {
        try {
            return parse(text).evidence(location, scope);
        } catch (InvalidRequirement e) {
            throw new ExtractionException(location.line(), location.column(), e.getMessage());
        }
    }

    /** Parses one whole requirement string; surrounding whitespace is allowed. */
    static Requirement parse(String text) throws InvalidRequirement {
        return new Parser(text).requirement();
    }

    private static final class Parser {

        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Requirement requirement() throws InvalidRequirement {
            skipSpace();
            int nameStart = pos;
            String name = identifier();
            if (name == null) {
                throw new InvalidRequirement(pos, pos < s.length()
                        ? "invalid requirement: expected a package name, found " + quoted(s.charAt(pos))
                        : "invalid requirement: expected a package name");
            }
            skipSpace();
            List<String> extras = new ArrayList<>();
            if (peek() == '[') {
                extras(extras);
                skipSpace();
            }
            String specifier = null;
            String url = null;
            if (peek() == '@') {
                pos++;
                skipSpace();
                int start = pos;
                while (pos < s.length() && !Character.isWhitespace(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new InvalidRequirement(pos, "invalid requirement: expected a URL after '@'");
                }
                url = s.substring(start, pos);
                skipSpace();
            } else {
                specifier = specifiers();
                skipSpace();
            }
            if (peek() == ';') {
                pos++;
                skipSpace();
                if (pos >= s.length()) {
                    throw new InvalidRequirement(pos, "invalid requirement: expected a marker after ';'");
                }
                pos = s.length();
            }
            if (pos < s.length()) {
                throw new InvalidRequirement(pos, "invalid requirement: unexpected " + quoted(s.charAt(pos)));
            }
            return new Requirement(name, extras, specifier, url, nameStart);
        }

        private void extras(List<String> extras) throws InvalidRequirement {
            int open = pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return;
            }
            while (true) {
                skipSpace();
                String extra = identifier();
                if (extra == null) {
                    if (pos >= s.length()) {
                        throw new InvalidRequirement(open, "invalid requirement: '[' is not closed");
                    }
                    throw new InvalidRequirement(pos, "invalid requirement: expected an extra name, found "
                            + quoted(s.charAt(pos)));
                }
                extras.add(extra);
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() == ']') {
                    pos++;
                    return;
                } else if (pos >= s.length()) {
                    throw new InvalidRequirement(open, "invalid requirement: '[' is not closed");
                } else {
                    throw new InvalidRequirement(pos, "invalid requirement: unexpected " + quoted(s.charAt(pos))
                            + " in extras");
                }
            }
        }

        /** Reads {@code op version (, op version)*}, optionally in parentheses; null when there is none. */
        private String specifiers() throws InvalidRequirement {
            boolean parenthesised = peek() == '(';
            int open = pos;
            if (parenthesised) {
                pos++;
                skipSpace();
            }
            StringBuilder out = new StringBuilder();
            while (true) {
                String op = operator();
                if (op == null) {
                    if (out.length() > 0) {
                        throw new InvalidRequirement(pos, "invalid requirement: expected a version operator after ','");
                    }
                    break;
                }
                skipSpace();
                int start = pos;
                while (pos < s.length() && versionChar(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw new InvalidRequirement(pos, "invalid requirement: expected a version after '" + op + "'");
                }
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(op).append(s, start, pos);
                skipSpace();
                if (peek() != ',') {
                    break;
                }
                pos++;
                skipSpace();
            }
            if (parenthesised) {
                skipSpace();
                if (peek() != ')') {
                    throw new InvalidRequirement(pos >= s.length() ? open : pos,
                            pos >= s.length() ? "invalid requirement: '(' is not closed"
                                    : "invalid requirement: unexpected " + quoted(s.charAt(pos)));
                }
                pos++;
            }
            return out.length() == 0 ? null : out.toString();
        }

        private String operator() {
            for (String op : OPERATORS) {
                if (s.startsWith(op, pos)) {
                    pos += op.length();
                    return op;
                }
            }
            return null;
        }

        private static boolean versionChar(char c) {
            return !Character.isWhitespace(c) && ",;()<>=!~[]@\"'".indexOf(c) < 0;
        }

        private String identifier() {
            int start = pos;
            if (pos >= s.length() || !asciiAlnum(s.charAt(pos))) {
                return null;
            }
            while (pos < s.length() && (asciiAlnum(s.charAt(pos)) || ".-_".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            while (pos > start + 1 && !asciiAlnum(s.charAt(pos - 1))) {
                pos--;
            }
            return s.substring(start, pos);
        }

        private static boolean asciiAlnum(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        private static String quoted(char c) {
            return c >= ' ' && c != 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
