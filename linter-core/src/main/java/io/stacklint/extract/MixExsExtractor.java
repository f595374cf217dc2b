package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Mix project file ({@code mix.exs}) without an Elixir interpreter: a small lexer turns the file into
 * tokens (comments, strings, charlists, {@code """} heredocs, sigils and character literals are recognised, so a
 * tuple inside a {@code @moduledoc} or a comment is never taken for a dependency), the tokens are nested into
 * brackets and {@code do}/{@code fn} ... {@code end} blocks, and only the list returned by {@code deps/0} (or given
 * inline as {@code deps: [...]} in {@code project/0}) is read for {@code {:name, "req", opts}} tuples.
 *
 * <p>Scope comes from {@code only:}: an environment list naming {@code :prod} (or no {@code only:}) is RUNTIME,
 * one naming {@code :dev} is DEVELOPMENT, only {@code :test} is TEST. {@code in_umbrella: true} deps are sibling
 * applications and give no evidence. {@code hex: :real_name} renames the package the atom stands for, so the real
 * package name is reported (as npm aliases are). Requirements written as a module attribute ({@code @phoenix_version}) are
 * resolved when the attribute is set to a plain string in the file.
 */
public final class MixExsExtractor implements Extractor {

    private static final int MAX_NESTING = 200;
    private static final Pattern ATOM_NAME = Pattern.compile("[a-z_][A-Za-z0-9_]*");
    private static final Set<String> OPENERS = Set.of("(", "[", "{", "do", "fn");
    private static final Map<String, String> CLOSERS = Map.of("(", ")", "[", "]", "{", "}", "do", "end", "fn", "end");

    @Override
    public String id() {
        return "mix-exs";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("mix.exs");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            List<Token> tokens = new Lexer(file).run();
            Group root = nest(file, tokens);
            List<Evidence> found = new ArrayList<>();
            new Reader(file, attributes(tokens), found).functions(root.children(), 0);
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read mix.exs: " + e.getClass().getSimpleName(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- model

    enum Type { IDENT, ALIAS, KEY, ATOM, STRING, NUMBER, PUNCT }

    /** A node of the nested token tree: a token, or a bracket / block with its content. */
    sealed interface Node permits Token, Group {
    }

    /**
     * One token: {@code text} is the identifier, the punctuation, the atom or key name without colon, or the raw
     * content of a string; {@code plain} is true for a one-line string without escapes or interpolation.
     */
    record Token(Type type, String text, int offset, boolean plain) implements Node {

        boolean is(Type wanted, String value) {
            return type == wanted && text.equals(value);
        }
    }

    /** A bracket pair or a {@code do}/{@code fn} ... {@code end} block. */
    record Group(Token opener, List<Node> children) implements Node {

        boolean opens(String text) {
            return opener != null && opener.text().equals(text);
        }
    }

    // ---------------------------------------------------------------------------------------------- lexer

    /** Splits Elixir source into tokens; strings, heredocs and sigils become single tokens, comments nothing. */
    private static final class Lexer {

        private static final int MAX_INTERPOLATION = 32;

        private final SourceFile file;
        private final String s;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;

        Lexer(SourceFile file) throws ExtractionException {
            this.file = file;
            this.s = file.text();
        }

        List<Token> run() throws ExtractionException {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                int start = pos;
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '#') {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == '"' || c == '\'') {
                    pos = quoted(start, c, true, true, 0);
                    string(start, c);
                } else if (c == ':') {
                    colon(start);
                } else if (c == '?') {
                    pos = Math.min(s.length(), pos + (peek(1) == '\\' ? 3 : 2));
                    tokens.add(new Token(Type.NUMBER, s.substring(start, pos), start, false));
                } else if (c == '~' && Character.isLetter(peek(1))) {
                    sigil(start);
                } else if (identStart(c)) {
                    word(start);
                } else if (Character.isDigit(c)) {
                    while (pos < s.length() && (identPart(s.charAt(pos))
                            || s.charAt(pos) == '.' && Character.isDigit(peek(1)))) {
                        pos++;
                    }
                    tokens.add(new Token(Type.NUMBER, s.substring(start, pos), start, false));
                } else {
                    pos++;
                    tokens.add(new Token(Type.PUNCT, String.valueOf(c), start, false));
                }
            }
            return tokens;
        }

        /** A string or charlist just read from {@code start} to {@code pos}; {@code "key": value} makes a KEY. */
        private void string(int start, char quote) {
            boolean heredoc = s.startsWith(String.valueOf(quote).repeat(3), start);
            String content = heredoc ? "" : s.substring(start + 1, pos - 1);
            boolean plain = !heredoc && content.indexOf('\\') < 0 && !content.contains("#{")
                    && content.indexOf('\n') < 0;
            if (!heredoc && pos < s.length() && s.charAt(pos) == ':' && (pos + 1 == s.length()
                    || Character.isWhitespace(s.charAt(pos + 1)))) {
                pos++;
                tokens.add(new Token(Type.KEY, content, start, plain));
            } else {
                tokens.add(new Token(Type.STRING, content, start, plain));
            }
        }

        private void colon(int start) throws ExtractionException {
            char next = peek(1);
            if (next == ':') {
                pos += 2;
                tokens.add(new Token(Type.PUNCT, "::", start, false));
            } else if (next == '"' || next == '\'') {
                pos = quoted(start, next, true, true, 0);
                tokens.add(new Token(Type.ATOM, s.substring(start + 2, pos - 1), start, false));
            } else if (identStart(next)) {
                pos++;
                while (pos < s.length() && (identPart(s.charAt(pos)) || s.charAt(pos) == '@')) {
                    pos++;
                }
                if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '!')) {
                    pos++;
                }
                tokens.add(new Token(Type.ATOM, s.substring(start + 1, pos), start, true));
            } else {
                pos++;
                tokens.add(new Token(Type.PUNCT, ":", start, false));
            }
        }

        private void word(int start) {
            while (pos < s.length() && identPart(s.charAt(pos))) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '!')) {
                pos++;
            }
            String text = s.substring(start, pos);
            if (pos < s.length() && s.charAt(pos) == ':' && (pos + 1 == s.length()
                    || Character.isWhitespace(s.charAt(pos + 1)))) {
                pos++;
                tokens.add(new Token(Type.KEY, text, start, false));
            } else {
                tokens.add(new Token(Character.isUpperCase(text.charAt(0)) ? Type.ALIAS : Type.IDENT, text, start,
                        false));
            }
        }

        /** {@code ~s(...)}, {@code ~w[...]}, {@code ~r/.../}, {@code ~S"""...""", ~H"""..."""}. */
        private void sigil(int start) throws ExtractionException {
            pos++;
            boolean lower = Character.isLowerCase(s.charAt(pos));
            pos++;
            while (!lower && pos < s.length() && Character.isUpperCase(s.charAt(pos))) {
                pos++;
            }
            char open = peek(0);
            char close = switch (open) {
                case '(' -> ')';
                case '[' -> ']';
                case '{' -> '}';
                case '<' -> '>';
                case '/', '|', '"', '\'' -> open;
                default -> 0;
            };
            if (close == 0) {
                pos = start + 1;
                tokens.add(new Token(Type.PUNCT, "~", start, false));
                return;
            }
            pos = quotedFrom(start, pos, open, close, lower, lower, 0);
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            tokens.add(new Token(Type.STRING, "", start, false));
        }

        private int quoted(int start, char quote, boolean escapes, boolean interpolates, int depth)
                throws ExtractionException {
            int from = start;
            while (s.charAt(from) != quote) {
                from++;
            }
            return quotedFrom(start, from, quote, quote, escapes, interpolates, depth);
        }

        /**
         * Skips a string whose opening delimiter is at {@code at} (a heredoc when tripled); returns the offset just
         * past its end. Errors name {@code start}.
         */
        private int quotedFrom(int start, int at, char open, char close, boolean escapes, boolean interpolates,
                int depth) throws ExtractionException {
            if (depth > MAX_INTERPOLATION) {
                throw fail(file, start, "strings nested too deeply");
            }
            if ((open == '"' || open == '\'') && s.startsWith(String.valueOf(open).repeat(3), at)) {
                return heredoc(start, at, open, escapes, interpolates, depth);
            }
            int p = at + 1;
            while (p < s.length()) {
                char c = s.charAt(p);
                if (c == '\\' && (escapes || p + 1 < s.length() && s.charAt(p + 1) == close)) {
                    p += 2;
                } else if (c == close) {
                    return p + 1;
                } else if (interpolates && c == '#' && p + 1 < s.length() && s.charAt(p + 1) == '{') {
                    p = interpolation(p, depth + 1);
                } else {
                    p++;
                }
            }
            throw fail(file, start, "string is never closed");
        }

        /** A {@code """} or {@code '''} heredoc: it ends at a line whose first non-blank text is the triple. */
        private int heredoc(int start, int at, char quote, boolean escapes, boolean interpolates, int depth)
                throws ExtractionException {
            String triple = String.valueOf(quote).repeat(3);
            int p = s.indexOf('\n', at + 3);
            while (p >= 0 && p < s.length()) {
                p++;
                int text = p;
                while (text < s.length() && (s.charAt(text) == ' ' || s.charAt(text) == '\t')) {
                    text++;
                }
                if (s.startsWith(triple, text)) {
                    return text + 3;
                }
                while (p < s.length() && s.charAt(p) != '\n') {
                    char c = s.charAt(p);
                    if (c == '\\' && escapes && p + 1 < s.length() && s.charAt(p + 1) != '\n') {
                        p += 2;
                    } else if (interpolates && c == '#' && p + 1 < s.length() && s.charAt(p + 1) == '{') {
                        p = interpolation(p, depth + 1);
                    } else {
                        p++;
                    }
                }
            }
            throw fail(file, start, "heredoc " + triple + " is never closed");
        }

        /** Skips {@code #{...}} from its {@code #}, strings inside included; returns the offset past its brace. */
        private int interpolation(int at, int depth) throws ExtractionException {
            int braces = 0;
            int p = at + 2;
            while (p < s.length()) {
                char c = s.charAt(p);
                if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    if (braces == 0) {
                        return p + 1;
                    }
                    braces--;
                } else if (c == '"' || c == '\'') {
                    p = quotedFrom(p, p, c, c, true, true, depth) - 1;
                }
                p++;
            }
            throw fail(file, at, "interpolation #{ is never closed");
        }

        private char peek(int ahead) {
            return pos + ahead < s.length() ? s.charAt(pos + ahead) : 0;
        }

        private static boolean identStart(int c) {
            return c == '_' || Character.isLetter(c);
        }

        private static boolean identPart(int c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }

    // ---------------------------------------------------------------------------------------------- tree

    /** Nests brackets and {@code do}/{@code fn} ... {@code end} blocks, refusing unbalanced ones. */
    private static Group nest(SourceFile file, List<Token> tokens) throws ExtractionException {
        Deque<Group> open = new ArrayDeque<>();
        Group root = new Group(null, new ArrayList<>());
        open.push(root);
        Token previous = null;
        for (Token t : tokens) {
            boolean field = previous != null && previous.is(Type.PUNCT, ".");
            boolean bracket = t.type() == Type.PUNCT || t.type() == Type.IDENT && !field;
            if (bracket && OPENERS.contains(t.text())) {
                if (open.size() > MAX_NESTING) {
                    throw fail(file, t.offset(), "nesting deeper than " + MAX_NESTING + " levels");
                }
                Group group = new Group(t, new ArrayList<>());
                open.peek().children().add(group);
                open.push(group);
            } else if (bracket && CLOSERS.containsValue(t.text())) {
                Group top = open.peek();
                if (top.opener() == null) {
                    throw fail(file, t.offset(), "unexpected `" + t.text() + "`");
                }
                if (!CLOSERS.get(top.opener().text()).equals(t.text())) {
                    Location where = file.location(top.opener().offset());
                    throw fail(file, t.offset(), "unexpected `" + t.text() + "`: `" + top.opener().text() + "` at "
                            + where.line() + ":" + where.column() + " is still open");
                }
                open.pop();
            } else {
                open.peek().children().add(t);
            }
            previous = t;
        }
        if (open.size() > 1) {
            Token opener = open.peek().opener();
            throw fail(file, opener.offset(),
                    "`" + opener.text() + "` is never closed with `" + CLOSERS.get(opener.text()) + "`");
        }
        return root;
    }

    /** Module attributes set to a plain string: {@code @phoenix_version "~> 1.7.10"}. */
    private static Map<String, String> attributes(List<Token> tokens) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token at = tokens.get(i);
            Token name = tokens.get(i + 1);
            Token value = tokens.get(i + 2);
            if (at.is(Type.PUNCT, "@") && name.type() == Type.IDENT && value.type() == Type.STRING && value.plain()) {
                values.putIfAbsent(name.text(), value.text());
            }
        }
        return values;
    }

    private static ExtractionException fail(SourceFile file, int offset, String message)
            throws ExtractionException {
        Location where = file.location(offset);
        return new ExtractionException(where.line(), where.column(), message);
    }

    // ---------------------------------------------------------------------------------------------- reader

    /** Finds {@code project/0} and {@code deps/0} and reads their keyword list and dependency tuples. */
    private record Reader(SourceFile file, Map<String, String> attributes, List<Evidence> found) {

        /** Looks for {@code def project} and {@code defp deps} at any depth (they live inside defmodule). */
        void functions(List<Node> nodes, int depth) throws ExtractionException {
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                if (node instanceof Token t && (t.is(Type.IDENT, "def") || t.is(Type.IDENT, "defp"))
                        && i + 1 < nodes.size() && nodes.get(i + 1) instanceof Token name
                        && name.type() == Type.IDENT) {
                    List<Node> body = body(nodes, i + 2);
                    if (name.text().equals("deps")) {
                        dependencies(body);
                    } else if (name.text().equals("project")) {
                        project(body);
                    }
                } else if (node instanceof Group g && depth < MAX_NESTING) {
                    functions(g.children(), depth + 1);
                }
            }
        }

        /**
         * The body of a zero-arity function whose name ends just before {@code at}: the content of its
         * {@code do ... end}, or the list(s) after {@code , do:}. Empty when it takes arguments.
         */
        private static List<Node> body(List<Node> nodes, int at) {
            int i = at;
            if (i < nodes.size() && nodes.get(i) instanceof Group params && params.opens("(")) {
                if (!params.children().isEmpty()) {
                    return List.of();
                }
                i++;
            }
            if (i < nodes.size() && nodes.get(i) instanceof Group block && block.opens("do")) {
                return block.children();
            }
            if (i + 2 < nodes.size() && nodes.get(i) instanceof Token comma && comma.is(Type.PUNCT, ",")
                    && nodes.get(i + 1) instanceof Token key && key.is(Type.KEY, "do")) {
                List<Node> value = new ArrayList<>();
                int j = i + 2;
                while (j < nodes.size() && nodes.get(j) instanceof Group list && list.opens("[")) {
                    value.add(list);
                    boolean concatenated = j + 3 < nodes.size() && nodes.get(j + 1) instanceof Token a
                            && a.is(Type.PUNCT, "+") && nodes.get(j + 2) instanceof Token b && b.is(Type.PUNCT, "+");
                    if (!concatenated) {
                        break;
                    }
                    j += 3;
                }
                return value;
            }
            return List.of();
        }

        /** {@code elixir: "~> 1.14"} and an inline {@code deps: [...]} in the project keyword list. */
        private void project(List<Node> body) throws ExtractionException {
            for (Node node : body) {
                if (!(node instanceof Group list && list.opens("["))) {
                    continue;
                }
                for (List<Node> pair : split(list.children())) {
                    if (!startsWithKey(pair)) {
                        continue;
                    }
                    Token key = (Token) pair.get(0);
                    List<Node> value = pair.subList(1, pair.size());
                    if (key.text().equals("deps") && value.size() == 1 && value.get(0) instanceof Group deps
                            && deps.opens("[")) {
                        dependencies(value);
                    } else if (key.text().equals("elixir")) {
                        String version = requirement(value);
                        if (version != null && !version.isBlank()) {
                            found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "elixir", version,
                                    file.location(key.offset()), "elixir " + version, Scope.RUNTIME, List.of()));
                        }
                    }
                }
            }
        }

        /** Tuples that are elements of a list in the deps body; lists inside if/case/parentheses count too. */
        private void dependencies(List<Node> nodes) throws ExtractionException {
            for (Node node : nodes) {
                if (!(node instanceof Group g) || g.opens("{") || g.opens("fn")) {
                    continue;
                }
                if (!g.opens("[")) {
                    dependencies(g.children());
                    continue;
                }
                List<Node> items = g.children();
                for (int i = 0; i < items.size(); i++) {
                    boolean mapOrStruct = i > 0 && items.get(i - 1) instanceof Token before
                            && (before.is(Type.PUNCT, "%") || before.type() == Type.ALIAS);
                    if (items.get(i) instanceof Group tuple && tuple.opens("{") && !mapOrStruct) {
                        dependency(tuple);
                    } else if (items.get(i) instanceof Group other) {
                        dependencies(List.of(other));
                    }
                }
            }
        }

        private void dependency(Group tuple) throws ExtractionException {
            List<List<Node>> elements = split(tuple.children());
            if (elements.size() < 2 || elements.get(0).size() != 1
                    || !(elements.get(0).get(0) instanceof Token atom) || atom.type() != Type.ATOM
                    || !ATOM_NAME.matcher(atom.text()).matches()) {
                return;
            }
            List<Node> second = elements.get(1);
            String version = requirement(second);
            int options = 2;
            if (startsWithKey(second)) {
                options = 1;
            } else if (version == null && !isAttribute(second)) {
                return;
            }
            Scope scope = Scope.RUNTIME;
            String name = atom.text();
            for (List<Node> option : options(elements.subList(options, elements.size()))) {
                Token key = (Token) option.get(0);
                List<Node> value = option.subList(1, option.size());
                if (key.text().equals("in_umbrella") && value.size() == 1 && value.get(0) instanceof Token v
                        && v.is(Type.IDENT, "true")) {
                    return;
                }
                if (key.text().equals("only")) {
                    scope = envScope(value);
                }
                if (key.text().equals("hex") && value.size() == 1 && value.get(0) instanceof Token real
                        && real.type() == Type.ATOM && ATOM_NAME.matcher(real.text()).matches()) {
                    name = real.text();
                }
            }
            found.add(Evidence.ofPackage("hex", name, version, file.location(tuple.opener().offset()),
                    version == null ? name : name + " " + version, scope));
        }

        /** Keyword pairs of a tuple's tail, whether written bare or as one bracketed keyword list. */
        private static List<List<Node>> options(List<List<Node>> tail) {
            List<List<Node>> pairs = new ArrayList<>();
            for (List<Node> element : tail) {
                if (startsWithKey(element)) {
                    pairs.add(element);
                } else if (element.size() == 1 && element.get(0) instanceof Group list && list.opens("[")) {
                    split(list.children()).stream().filter(Reader::startsWithKey).forEach(pairs::add);
                }
            }
            return pairs;
        }

        private static Scope envScope(List<Node> value) {
            Set<String> envs = new HashSet<>();
            if (value.size() == 1 && value.get(0) instanceof Token t && t.type() == Type.ATOM) {
                envs.add(t.text());
            } else if (value.size() == 1 && value.get(0) instanceof Group list && list.opens("[")) {
                for (Node item : list.children()) {
                    if (item instanceof Token t && t.type() == Type.ATOM) {
                        envs.add(t.text());
                    }
                }
            }
            if (envs.contains("prod") || envs.isEmpty()) {
                return Scope.RUNTIME;
            }
            if (envs.contains("dev")) {
                return Scope.DEVELOPMENT;
            }
            return envs.contains("test") ? Scope.TEST : Scope.RUNTIME;
        }

        /** A plain string, or a module attribute set to one; null otherwise. */
        private String requirement(List<Node> element) {
            if (isAttribute(element)) {
                return attributes.get(((Token) element.get(1)).text());
            }
            return literal(element);
        }

        private static boolean isAttribute(List<Node> element) {
            return element.size() == 2 && element.get(0) instanceof Token at && at.is(Type.PUNCT, "@")
                    && element.get(1) instanceof Token name && name.type() == Type.IDENT;
        }

        private static boolean startsWithKey(List<Node> element) {
            return element.size() > 1 && element.get(0) instanceof Token t && t.type() == Type.KEY;
        }

        private static String literal(List<Node> element) {
            return element.size() == 1 && element.get(0) instanceof Token t && t.type() == Type.STRING && t.plain()
                    ? t.text() : null;
        }

        private static List<List<Node>> split(List<Node> nodes) {
            List<List<Node>> parts = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            for (Node node : nodes) {
                if (node instanceof Token t && t.is(Type.PUNCT, ",")) {
                    parts.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(node);
                }
            }
            if (!current.isEmpty()) {
                parts.add(current);
            }
            return parts;
        }
    }
}
