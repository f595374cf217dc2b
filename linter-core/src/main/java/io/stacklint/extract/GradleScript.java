package io.stacklint.extract;

import io.stacklint.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Gradle script (Groovy or Kotlin DSL) as a tree of tokens, without executing anything: comments vanish, strings
 * of every quoting style become one token each with their {@code $x} / {@code ${x}} interpolations kept apart, and
 * parentheses, brackets and braces nest into groups. Shared by the build and settings extractors.
 */
final class GradleScript {

    static final int MAX_NESTING = 200;
    private static final int MAX_INTERPOLATION = 16;
    private static final Map<Character, Character> CLOSERS = Map.of('(', ')', '[', ']', '{', '}');
    private static final Set<String> TWO_CHAR = Set.of("==", "!=", "<=", ">=", "+=", "-=", "->", "?.", "?:", "::",
            "&&", "||", "..", "!!");
    /** Tokens after which a Groovy {@code /} starts a slashy string rather than a division. */
    private static final String SLASHY_AFTER = "(,=[:!&|?{;+-*<>";

    enum Type { IDENT, STRING, NUMBER, PUNCT }

    /** A token or a bracketed group. */
    sealed interface Node permits Token, Group {

        /** The first token of the node: the node itself or the group's opening bracket. */
        Token first();

        /** The offset just past the node's last character. */
        int end();
    }

    /**
     * A piece of a string: literal text, or an interpolated expression ({@code ref} holds the expression's source,
     * {@code v} for {@code $v} and {@code ${v}}).
     */
    record Part(String literal, String ref) {
    }

    /**
     * One token. {@code text} is the identifier (without backticks), the punctuation, the number, or a string's
     * source; {@code parts} the pieces of a string; {@code lineStart} is true for the first token of its line.
     */
    record Token(Type type, String text, int offset, int end, boolean lineStart, List<Part> parts) implements Node {

        @Override
        public Token first() {
            return this;
        }

        boolean isIdent(String name) {
            return type == Type.IDENT && text.equals(name);
        }

        boolean isPunct(String punct) {
            return type == Type.PUNCT && text.equals(punct);
        }
    }

    /** A bracket pair and what it holds; {@code open.text()} is {@code (}, {@code [} or {@code {}. */
    record Group(Token open, List<Node> children, int end) implements Node {

        @Override
        public Token first() {
            return open;
        }

        boolean is(String bracket) {
            return open.text().equals(bracket);
        }
    }

    private GradleScript() {
    }

    /** Tokenizes and nests a whole script; the root group has no real opening bracket. */
    static Group parse(SourceFile file) throws ExtractionException {
        boolean kotlin = file.path().endsWith(".kts");
        List<Token> tokens = new Lexer(file, kotlin).run();
        return nest(file, tokens);
    }

    private static Group nest(SourceFile file, List<Token> tokens) throws ExtractionException {
        Deque<Token> openers = new ArrayDeque<>();
        Deque<List<Node>> contents = new ArrayDeque<>();
        contents.push(new ArrayList<>());
        for (Token t : tokens) {
            if (t.type() == Type.PUNCT && CLOSERS.containsKey(t.text().charAt(0)) && t.text().length() == 1) {
                if (openers.size() >= MAX_NESTING) {
                    throw fail(file, t.offset(), "nesting deeper than " + MAX_NESTING + " levels");
                }
                openers.push(t);
                contents.push(new ArrayList<>());
            } else if (t.type() == Type.PUNCT && (t.text().equals(")") || t.text().equals("]")
                    || t.text().equals("}"))) {
                if (openers.isEmpty()) {
                    throw fail(file, t.offset(), "unexpected `" + t.text() + "`");
                }
                Token open = openers.peek();
                if (CLOSERS.get(open.text().charAt(0)) != t.text().charAt(0)) {
                    Location where = file.location(open.offset());
                    throw fail(file, t.offset(), "unexpected `" + t.text() + "`: `" + open.text() + "` at "
                            + where.line() + ":" + where.column() + " is still open");
                }
                openers.pop();
                List<Node> children = contents.pop();
                contents.peek().add(new Group(open, List.copyOf(children), t.end()));
            } else {
                contents.peek().add(t);
            }
        }
        if (!openers.isEmpty()) {
            Token open = openers.peek();
            throw fail(file, open.offset(), "`" + open.text() + "` is never closed with `"
                    + CLOSERS.get(open.text().charAt(0)) + "`");
        }
        return new Group(new Token(Type.PUNCT, "", 0, 0, true, List.of()), List.copyOf(contents.pop()),
                file.text().length());
    }

    static ExtractionException fail(SourceFile file, int offset, String message) throws ExtractionException {
        Location where = file.location(offset);
        return new ExtractionException(where.line(), where.column(), message);
    }

    /** Splits Groovy or Kotlin source into tokens. */
    private static final class Lexer {

        private final SourceFile file;
        private final String s;
        private final boolean kotlin;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;
        private boolean newline = true;

        Lexer(SourceFile file, boolean kotlin) throws ExtractionException {
            this.file = file;
            this.s = file.text();
            this.kotlin = kotlin;
        }

        List<Token> run() throws ExtractionException {
            if (s.startsWith("#!")) {
                skipLine();
            }
            while (pos < s.length()) {
                char c = s.charAt(pos);
                int start = pos;
                if (c == '\n') {
                    newline = true;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '/' && peek(1) == '/') {
                    skipLine();
                } else if (c == '/' && peek(1) == '*') {
                    blockComment();
                } else if (c == '"' || c == '\'') {
                    string(start, c);
                } else if (c == '`') {
                    int close = s.indexOf('`', pos + 1);
                    int eol = lineEnd(pos + 1);
                    if (close < 0 || close > eol) {
                        throw fail(file, start, "backtick name is never closed");
                    }
                    pos = close + 1;
                    add(Type.IDENT, s.substring(start + 1, close), start, List.of());
                } else if (!kotlin && c == '$' && peek(1) == '/') {
                    int close = s.indexOf("/$", pos + 2);
                    if (close < 0) {
                        throw fail(file, start, "dollar-slashy string is never closed");
                    }
                    pos = close + 2;
                    add(Type.STRING, s.substring(start, pos), start, List.of(new Part(null, "?")));
                } else if (!kotlin && c == '/' && slashyAllowed() && peek(1) != '=') {
                    slashy(start);
                } else if (Character.isJavaIdentifierStart(c)) {
                    while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos))) {
                        pos++;
                    }
                    add(Type.IDENT, s.substring(start, pos), start, List.of());
                } else if (Character.isDigit(c)) {
                    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                            || s.charAt(pos) == '.' && Character.isDigit(peek(1)))) {
                        pos++;
                    }
                    add(Type.NUMBER, s.substring(start, pos), start, List.of());
                } else {
                    String two = pos + 2 <= s.length() ? s.substring(pos, pos + 2) : "";
                    pos += TWO_CHAR.contains(two) ? 2 : 1;
                    add(Type.PUNCT, s.substring(start, pos), start, List.of());
                }
            }
            return tokens;
        }

        private void add(Type type, String text, int start, List<Part> parts) {
            tokens.add(new Token(type, text, start, pos, newline, parts));
            newline = false;
        }

        private char peek(int ahead) {
            return pos + ahead < s.length() ? s.charAt(pos + ahead) : '\0';
        }

        private void skipLine() {
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
        }

        private int lineEnd(int from) {
            int eol = s.indexOf('\n', from);
            return eol < 0 ? s.length() : eol;
        }

        private void blockComment() throws ExtractionException {
            int start = pos;
            int depth = 0;
            while (pos < s.length()) {
                if (s.startsWith("/*", pos)) {
                    depth = kotlin || depth == 0 ? depth + 1 : depth;
                    pos += 2;
                } else if (s.startsWith("*/", pos)) {
                    depth--;
                    pos += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    if (s.charAt(pos) == '\n') {
                        newline = true;
                    }
                    pos++;
                }
            }
            throw fail(file, start, "comment /* is never closed");
        }

        private boolean slashyAllowed() {
            if (peek(1) == '/' || peek(1) == '*' || Character.isWhitespace(peek(1))) {
                return false;
            }
            if (tokens.isEmpty()) {
                return true;
            }
            Token last = tokens.get(tokens.size() - 1);
            return last.type() == Type.PUNCT && SLASHY_AFTER.contains(last.text().substring(0, 1))
                    && !last.text().equals("!!");
        }

        private void slashy(int start) throws ExtractionException {
            pos++;
            while (pos < s.length() && s.charAt(pos) != '/') {
                pos += s.charAt(pos) == '\\' ? 2 : 1;
            }
            if (pos >= s.length()) {
                throw fail(file, start, "slashy string is never closed");
            }
            pos++;
            add(Type.STRING, s.substring(start, pos), start, List.of(new Part(null, "?")));
        }

        private void string(int start, char quote) throws ExtractionException {
            boolean triple = s.startsWith(String.valueOf(quote).repeat(3), start);
            boolean interpolates = quote == '"';
            boolean escapes = !(kotlin && triple);
            List<Part> parts = new ArrayList<>();
            pos = scan(start, quote, triple, interpolates, escapes, parts, 0);
            add(Type.STRING, s.substring(start, pos), start, List.copyOf(parts));
        }

        /** Reads a string starting at {@code start}; returns the offset just past its closing quote. */
        private int scan(int start, char quote, boolean triple, boolean interpolates, boolean escapes,
                List<Part> parts, int depth) throws ExtractionException {
            if (depth > MAX_INTERPOLATION) {
                throw fail(file, start, "strings nested too deeply");
            }
            String closer = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
            int p = start + closer.length();
            StringBuilder literal = new StringBuilder();
            while (p < s.length()) {
                char c = s.charAt(p);
                if (s.startsWith(closer, p)) {
                    if (triple) {
                        while (p + 3 < s.length() && s.charAt(p + 3) == quote) {
                            literal.append(quote);
                            p++;
                        }
                    }
                    flush(literal, parts);
                    return p + closer.length();
                }
                if (c == '\n') {
                    newline = true;
                    if (!triple) {
                        break;
                    }
                }
                if (c == '\\' && escapes && p + 1 < s.length()) {
                    literal.append(s.charAt(p + 1));
                    p += 2;
                } else if (c == '$' && interpolates && p + 1 < s.length() && s.charAt(p + 1) == '{') {
                    flush(literal, parts);
                    int close = interpolation(p + 2, depth);
                    parts.add(new Part(null, s.substring(p + 2, close).strip()));
                    p = close + 1;
                } else if (c == '$' && interpolates && p + 1 < s.length()
                        && Character.isJavaIdentifierStart(s.charAt(p + 1)) && s.charAt(p + 1) != '$') {
                    flush(literal, parts);
                    int q = identEnd(p + 1);
                    while (!kotlin && q + 1 < s.length() && s.charAt(q) == '.'
                            && Character.isJavaIdentifierStart(s.charAt(q + 1)) && s.charAt(q + 1) != '$') {
                        q = identEnd(q + 1);
                    }
                    parts.add(new Part(null, s.substring(p + 1, q)));
                    p = q;
                } else {
                    literal.append(c);
                    p++;
                }
            }
            throw fail(file, start, "string " + closer + " is never closed");
        }

        private int identEnd(int from) {
            int q = from;
            while (q < s.length() && Character.isJavaIdentifierPart(s.charAt(q)) && s.charAt(q) != '$') {
                q++;
            }
            return q;
        }

        /** The offset of the {@code }} closing an interpolation whose content starts at {@code from}. */
        private int interpolation(int from, int depth) throws ExtractionException {
            int braces = 0;
            int p = from;
            while (p < s.length()) {
                char c = s.charAt(p);
                if (c == '"' || c == '\'') {
                    boolean triple = s.startsWith(String.valueOf(c).repeat(3), p);
                    p = scan(p, c, triple, c == '"', !(kotlin && triple), new ArrayList<>(), depth + 1);
                } else if (c == '{') {
                    braces++;
                    p++;
                } else if (c == '}') {
                    if (braces == 0) {
                        return p;
                    }
                    braces--;
                    p++;
                } else {
                    p++;
                }
            }
            throw fail(file, from - 2, "interpolation ${ is never closed");
        }

        private static void flush(StringBuilder literal, List<Part> parts) {
            if (literal.length() > 0) {
                parts.add(new Part(literal.toString(), null));
                literal.setLength(0);
            }
        }
    }
}
