package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Mix {@code mix.lock} beside its {@code mix.exs}: every locked package the project gets through another
 * one, as hex evidence in scope transitive with its path from a direct dependency.
 *
 * <p>The lock is one Elixir map literal, read by a small term reader (never evaluated): each entry
 * {@code "app": {:hex, :package, "version", hash, managers, deps, repo, hash}} is a package named by its hex package
 * atom, and each dependency tuple {@code {:app, requirement, options}} an edge to the entry of that app. Older locks
 * with fewer tuple elements read alike; {@code :git} and {@code :path} entries are reported by app name without a
 * version. The direct dependencies are those mix.exs declares, read through {@link MixExsExtractor}. Locations are
 * those of the entry's key.
 */
public final class MixLockExtractor implements LockfileExtractor {

    private static final int MAX_NESTING = 200;

    @Override
    public String id() {
        return "mix-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("mix.lock");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "mix.exs")) {
            return List.of();
        }
        try {
            String text = file.text();
            if (text.isBlank()) {
                return List.of();
            }
            Term lock = new Reader(file, text).document();
            return graph(file, lock, directNames(file)).evidence();
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read mix.lock: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Set<String> directNames(SourceFile file) {
        Set<String> names = new HashSet<>();
        file.resolve("mix.exs").ifPresent(manifest -> {
            try {
                for (Evidence evidence : new MixExsExtractor().extract(manifest)) {
                    if (evidence.kind() == EvidenceKind.PACKAGE && evidence.ecosystem().equals("hex")) {
                        names.add(evidence.name());
                    }
                }
            } catch (ExtractionException e) {
                // mix.exs's own extractor reports why it cannot be read
            }
        });
        return names;
    }

    // ---- the graph

    private static LockGraph graph(SourceFile file, Term lock, Set<String> direct) throws ExtractionException {
        if (lock.kind() != Kind.MAP) {
            throw fail(file, lock.offset(), "mix.lock must be one map literal %{...}");
        }
        LockGraph graph = new LockGraph("hex");
        Map<String, Integer> byApp = new LinkedHashMap<>();
        List<List<String>> dependencies = new ArrayList<>();
        List<Term> items = lock.items();
        for (int i = 0; i + 1 < items.size(); i += 2) {
            Term key = items.get(i);
            Term value = items.get(i + 1);
            if (key.kind() != Kind.STRING && key.kind() != Kind.ATOM) {
                continue;
            }
            String app = key.text();
            String name = app;
            String version = null;
            List<String> edges = new ArrayList<>();
            if (value.kind() == Kind.TUPLE && !value.items().isEmpty() && value.items().get(0).kind() == Kind.ATOM) {
                List<Term> fields = value.items();
                if (fields.get(0).text().equals("hex")) {
                    name = fields.size() > 1 && fields.get(1).kind() == Kind.ATOM ? fields.get(1).text() : app;
                    version = fields.size() > 2 && fields.get(2).kind() == Kind.STRING ? fields.get(2).text() : null;
                    if (fields.size() > 5 && fields.get(5).kind() == Kind.LIST) {
                        for (Term dependency : fields.get(5).items()) {
                            if (dependency.kind() == Kind.TUPLE && !dependency.items().isEmpty()
                                    && dependency.items().get(0).kind() == Kind.ATOM) {
                                edges.add(dependency.items().get(0).text());
                            }
                        }
                    }
                }
            } else {
                continue;
            }
            int index = graph.add(name, version, file.location(key.offset()), true);
            byApp.put(app, index);
            dependencies.add(edges);
            if (direct.contains(app) || direct.contains(name)) {
                graph.direct(index);
            }
        }
        for (int i = 0; i < dependencies.size(); i++) {
            for (String app : dependencies.get(i)) {
                Integer target = byApp.get(app);
                if (target != null) {
                    graph.edge(i, target);
                }
            }
        }
        return graph;
    }

    // ---- the term reader

    enum Kind { MAP, TUPLE, LIST, STRING, ATOM, WORD }

    /** An Elixir term: scalars keep their text; a map's items alternate key and value, a keyword pair is two items. */
    record Term(Kind kind, String text, List<Term> items, int offset) {
    }

    private static final class Reader {
        private final SourceFile file;
        private final String text;
        private int pos;
        private int depth;

        Reader(SourceFile file, String text) {
            this.file = file;
            this.text = text;
        }

        Term document() throws ExtractionException {
            Term value = value();
            skipSpace();
            if (pos < text.length()) {
                throw fail(file, pos, "unexpected content after the lock map");
            }
            return value;
        }

        private Term value() throws ExtractionException {
            skipSpace();
            if (pos >= text.length()) {
                throw fail(file, pos, "unexpected end of file");
            }
            int start = pos;
            char c = text.charAt(pos);
            if (c == '%' && text.startsWith("%{", pos)) {
                pos += 2;
                return new Term(Kind.MAP, null, sequence('}', true), start);
            }
            if (c == '{') {
                pos++;
                return new Term(Kind.TUPLE, null, sequence('}', false), start);
            }
            if (c == '[') {
                pos++;
                return new Term(Kind.LIST, null, sequence(']', false), start);
            }
            if (c == '"') {
                return new Term(Kind.STRING, string(), List.of(), start);
            }
            if (c == ':' && pos + 1 < text.length()) {
                pos++;
                String atom = text.charAt(pos) == '"' ? string() : word();
                if (atom.isEmpty()) {
                    throw fail(file, start, "expected an atom after ':'");
                }
                return new Term(Kind.ATOM, atom, List.of(), start);
            }
            String word = word();
            if (word.isEmpty()) {
                throw fail(file, start, "unexpected character '" + c + "'");
            }
            return new Term(Kind.WORD, word, List.of(), start);
        }

        /** Items up to {@code close}, separated by commas; keyword keys ({@code key:}, {@code "key":}) become pairs. */
        private List<Term> sequence(char close, boolean map) throws ExtractionException {
            if (++depth > MAX_NESTING) {
                throw fail(file, pos, "nested deeper than " + MAX_NESTING + " levels");
            }
            List<Term> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == close) {
                    pos++;
                    depth--;
                    return items;
                }
                Term item = keyOrValue();
                skipSpace();
                boolean keyword = item.kind() == Kind.ATOM && item.text() != null && keywordKey;
                if (keyword) {
                    items.add(item);
                    items.add(value());
                } else if (map && text.startsWith("=>", pos)) {
                    pos += 2;
                    items.add(item);
                    items.add(value());
                } else if (map) {
                    throw fail(file, pos, "expected '=>' or a key: in the map");
                } else {
                    items.add(item);
                }
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos >= text.length() || text.charAt(pos) != close) {
                    throw fail(file, pos, "expected ',' or '" + close + "'");
                }
            }
        }

        private boolean keywordKey;

        /** A value, or a keyword key ({@code hex:} or {@code "plug":}) read as an atom with keywordKey set. */
        private Term keyOrValue() throws ExtractionException {
            keywordKey = false;
            skipSpace();
            int start = pos;
            Term term = value();
            if ((term.kind() == Kind.WORD || term.kind() == Kind.STRING) && pos < text.length()
                    && text.charAt(pos) == ':' && (pos + 1 >= text.length() || isSpace(text.charAt(pos + 1)))) {
                pos++;
                keywordKey = true;
                return new Term(Kind.ATOM, term.text(), List.of(), start);
            }
            return term;
        }

        private String string() throws ExtractionException {
            int start = pos;
            pos++;
            StringBuilder out = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && pos < text.length()) {
                    c = text.charAt(pos++);
                }
                out.append(c);
            }
            throw fail(file, start, "unterminated string");
        }

        private String word() {
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '?' || c == '!' || c == '@') {
                    pos++;
                } else {
                    break;
                }
            }
            return text.substring(start, pos);
        }

        private void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (isSpace(c)) {
                    pos++;
                } else if (c == '#') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else {
                    return;
                }
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }
    }

    private static ExtractionException fail(SourceFile file, int offset, String message) throws ExtractionException {
        Location at = file.location(Math.min(offset, Math.max(0, file.text().length())));
        return new ExtractionException(at.line(), at.column(), message);
    }
}
