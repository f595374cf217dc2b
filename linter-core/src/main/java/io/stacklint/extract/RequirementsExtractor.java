package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads pip requirements files ({@code requirements*.txt}, {@code *-requirements.txt}, {@code *_requirements.txt},
 * {@code requirements/*.txt}, and the {@code .in} sources pip-tools compiles them from) line by line as pip does:
 * {@code \} continuations are joined, {@code #} comments (at line start or after whitespace) dropped, and each line
 * is a PEP 508 requirement, a URL or path (named only by its {@code #egg=} fragment), or options. Option lines
 * ({@code -i}, {@code --find-links}, {@code --hash}, ...) give nothing; {@code -c} constraints files are not uses.
 *
 * <p>{@code -r other.txt} includes are followed when the included file is not a requirements file of its own (that
 * one is scanned by itself), with a visited set; their evidence is located in the included file and takes the
 * including file's scope. Scope comes from the file name: dev, develop, development, doc, docs give DEVELOPMENT;
 * test, tests, testing give TEST; anything else RUNTIME.
 */
public final class RequirementsExtractor implements Extractor {

    private static final int MAX_INCLUDE_DEPTH = 32;
    /**
     * Included files followed from one top-level file. Paths that differ can name the same file (a folder linked to
     * its parent on disk), so the visited set alone does not end a chain of includes: a file with two includes that
     * reach it again through ever longer paths would otherwise be read 2^32 times.
     */
    private static final int MAX_INCLUDED_FILES = 100;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern ARCHIVE = Pattern.compile(
            ".*\\.(whl|zip|tar|tgz|tar\\.gz|tar\\.bz2|tbz|tar\\.xz|txz|tar\\.lz|tlz|egg)$", Pattern.DOTALL);
    private static final Set<String> DEVELOPMENT = Set.of("dev", "develop", "development", "doc", "docs");
    private static final Set<String> TEST = Set.of("test", "tests", "testing");

    @Override
    public String id() {
        return "python-requirements";
    }

    @Override
    public boolean accepts(String path) {
        if (!path.endsWith(".txt") && !path.endsWith(".in")) {
            return false; // before the split: almost every walked file ends otherwise
        }
        String[] segments = path.split("/");
        String name = segments[segments.length - 1];
        String stem = name.substring(0, name.lastIndexOf('.'));
        boolean inRequirementsFolder = segments.length > 1 && segments[segments.length - 2].equals("requirements");
        return !stem.isEmpty() && (inRequirementsFolder || stem.startsWith("requirements")
                || stem.endsWith("-requirements") || stem.endsWith("_requirements"));
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            List<Evidence> found = new ArrayList<>();
            Set<String> visited = new HashSet<>();
            visited.add(file.path());
            new Reader(file, scopeOf(file.name()), visited).read(file, null, 0, found);
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read requirements file: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The scope a requirements file's name implies: {@code requirements-dev.txt}, {@code requirements/tests.in}. */
    static Scope scopeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT);
        Set<String> words = Set.of(stem.split("[-_.]"));
        if (words.stream().anyMatch(DEVELOPMENT::contains)) {
            return Scope.DEVELOPMENT;
        }
        return words.stream().anyMatch(TEST::contains) ? Scope.TEST : Scope.RUNTIME;
    }

    /** One logical line: continuations joined, the comment cut; {@code offsets[i]} is char i's offset in the file. */
    private record Line(String text, int[] offsets) {

        int offset(int index) {
            if (text.isEmpty()) {
                return offsets.length > 0 ? offsets[0] : 0;
            }
            return index < text.length() ? offsets[index] : offsets[text.length() - 1] + 1;
        }
    }

    private record Token(String text, int start) {
    }

    private final class Reader {

        private final SourceFile top;
        private final Scope scope;
        private final Set<String> visited;

        Reader(SourceFile top, Scope scope, Set<String> visited) {
            this.top = top;
            this.scope = scope;
            this.visited = visited;
        }

        /**
         * Reads one file of the include chain; {@code anchor} is where in the top file the chain's first include
         * is written (notes go there), null for the top file itself.
         */
        void read(SourceFile current, Location anchor, int depth, List<Evidence> out) throws ExtractionException {
            for (Line line : lines(current.text())) {
                List<Token> tokens = tokens(line.text());
                if (tokens.isEmpty()) {
                    continue;
                }
                int args = 0;
                while (args < tokens.size() && !tokens.get(args).text().startsWith("-")) {
                    args++;
                }
                if (args > 0) {
                    Token last = tokens.get(args - 1);
                    int start = tokens.get(0).start();
                    requirement(current, line, start, line.text().substring(start, last.start() + last.text().length()))
                            .ifPresent(out::add);
                } else {
                    option(current, line, tokens, anchor, depth, out);
                }
            }
        }

        private Optional<Evidence> requirement(SourceFile current, Line line, int start, String text)
                throws ExtractionException {
            if (!Pep508.isNamedUrl(text) && looksLikeUrlOrPath(text)) {
                return egg(current, line.offset(start), text);
            }
            try {
                Pep508.Requirement requirement = Pep508.parse(text);
                return Optional.of(requirement.evidence(
                        current.location(line.offset(start + requirement.nameOffset())), scope));
            } catch (Pep508.InvalidRequirement e) {
                Location at = current.location(line.offset(start + e.offset()));
                throw new ExtractionException(at.line(), at.column(), e.getMessage());
            }
        }

        private Optional<Evidence> egg(SourceFile current, int offset, String urlOrPath) throws ExtractionException {
            Optional<String> name = Pep508.eggName(urlOrPath);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Evidence.ofPackage("pypi", name.get(), null, current.location(offset), name.get(),
                    scope));
        }

        private void option(SourceFile current, Line line, List<Token> tokens, Location anchor, int depth,
                List<Evidence> out) throws ExtractionException {
            Token first = tokens.get(0);
            String second = tokens.size() > 1 ? tokens.get(1).text() : null;
            Optional<String> editable = value(first.text(), second, "-e", "--editable");
            if (editable.isPresent()) {
                egg(current, line.offset(first.start()), editable.get()).ifPresent(out::add);
                return;
            }
            Optional<String> include = value(first.text(), second, "-r", "--requirement");
            if (include.isPresent()) {
                Location at = current.location(line.offset(first.start()));
                include(current, include.get(), anchor == null ? at : anchor, at, depth, out);
            }
        }

        private void include(SourceFile current, String target, Location anchor, Location at, int depth,
                List<Evidence> out) {
            String from = current == top ? "" : " (from " + at + ")";
            Optional<String> treePath = current.treePath(target);
            if (treePath.isEmpty()) {
                top.note(anchor.line(), anchor.column(), "included file is outside the repository: " + target + from);
                return;
            }
            Optional<SourceFile> included = current.resolve(target);
            if (included.isEmpty()) {
                top.note(anchor.line(), anchor.column(), "included file not found: " + treePath.get() + from);
                return;
            }
            if (accepts(treePath.get()) || !visited.add(treePath.get())) {
                return;
            }
            if (visited.size() > MAX_INCLUDED_FILES) {
                top.note(anchor.line(), anchor.column(), "more than " + MAX_INCLUDED_FILES + " included files; "
                        + treePath.get() + " not followed" + from);
                return;
            }
            if (depth >= MAX_INCLUDE_DEPTH) {
                top.note(anchor.line(), anchor.column(), "includes nested too deeply at " + treePath.get() + from);
                return;
            }
            List<Evidence> more = new ArrayList<>();
            try {
                read(included.get(), anchor, depth + 1, more);
                out.addAll(more);
            } catch (ExtractionException e) {
                top.note(anchor.line(), anchor.column(), "cannot read included file " + treePath.get() + ":"
                        + e.line() + ":" + e.column() + ": " + e.getMessage());
            }
        }
    }

    /** The value of a short ({@code -r x}, {@code -rx}) or long ({@code --requirement x}, {@code =x}) option. */
    private static Optional<String> value(String first, String second, String shortName, String longName) {
        if (first.equals(shortName) || first.equals(longName)) {
            return Optional.ofNullable(second);
        }
        if (first.startsWith(longName + "=")) {
            return Optional.of(first.substring(longName.length() + 1)).filter(v -> !v.isEmpty());
        }
        if (first.startsWith(shortName) && !first.startsWith("--")) {
            return Optional.of(first.substring(shortName.length()));
        }
        return Optional.empty();
    }

    private static boolean looksLikeUrlOrPath(String text) {
        return text.startsWith(".") || text.startsWith("/") || text.startsWith("~") || text.contains("/")
                || text.contains("\\") || SCHEME.matcher(text).matches() || ARCHIVE.matcher(text).matches();
    }

    /** Splits the file into pip's logical lines. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String physical = text.substring(start, contentEnd);
            boolean continued = physical.endsWith("\\") && commentStart(physical) < 0;
            int keep = physical.length();
            if (continued) {
                while (keep > 0 && physical.charAt(keep - 1) == '\\') {
                    keep--;
                }
            }
            for (int i = 0; i < keep; i++) {
                buffer.append(physical.charAt(i));
                offsets.add(start + i);
            }
            if (!continued) {
                lines.add(finish(buffer, offsets));
            }
            start = end + 1;
        }
        if (buffer.length() > 0) {
            lines.add(finish(buffer, offsets));
        }
        return lines;
    }

    private static Line finish(StringBuilder buffer, List<Integer> offsets) {
        String joined = buffer.toString();
        int comment = commentStart(joined);
        String content = comment < 0 ? joined : joined.substring(0, comment);
        int[] map = offsets.stream().mapToInt(Integer::intValue).toArray();
        buffer.setLength(0);
        offsets.clear();
        return new Line(content, map);
    }

    /** Where a comment starts: a {@code #} at the start of the line or after whitespace; -1 when none. */
    private static int commentStart(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Token> tokens(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(line.substring(start, i), start));
            }
        }
        return tokens;
    }
}
