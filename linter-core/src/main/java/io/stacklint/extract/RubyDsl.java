package io.stacklint.extract;

import io.stacklint.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Ruby of dependency DSL files (Gemfile, Puppetfile, Berksfile, a cookbook's metadata.rb), read without a Ruby
 * interpreter: a small lexer turns the file into tokens (comments, strings, heredocs, percent literals and
 * {@code =begin} blocks are recognised, so a name inside them is never taken for a declaration), the tokens are
 * nested into brackets and {@code do}/{@code if}/... {@code end} blocks, and the extractors read command calls such
 * as {@code gem "name", "req"} from the statements of that tree.
 */
final class RubyDsl {

    private static final int MAX_NESTING = 200;
    private static final Set<String> BLOCK_KEYWORDS =
            Set.of("if", "unless", "while", "until", "case", "begin", "def", "class", "module", "for");
    private static final Set<String> MODIFIERS = Set.of("if", "unless", "while", "until", "rescue");
    private static final Set<String> OPENING_KEYWORDS = Set.of("do", "then", "else", "elsif", "when", "in", "and",
            "or", "not", "if", "unless", "while", "until", "case", "begin");
    private static final Set<String> KEYWORDS = Set.of("do", "end", "if", "unless", "while", "until", "case",
            "begin", "def", "class", "module", "for", "then", "else", "elsif", "when", "in", "and", "or", "not",
            "return", "rescue", "ensure", "yield");

    private RubyDsl() {
    }

    /** The file as a tree of statements' tokens and groups; the root group has no opener. */
    static Group parse(SourceFile file) throws ExtractionException {
        return nest(file, new Lexer(file).run());
    }

    /** The statements of a group's children, newlines removed, empty statements left out. */
    static List<List<Node>> statements(List<Node> nodes) {
        List<List<Node>> statements = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= nodes.size(); i++) {
            if (i == nodes.size() || separates(nodes, i)) {
                List<Node> st = nodes.subList(start, i).stream()
                        .filter(n -> !(n instanceof Token t && t.type() == Type.NEWLINE)).toList();
                if (!st.isEmpty()) {
                    statements.add(st);
                }
                start = i + 1;
            }
        }
        return statements;
    }

    /** Receives one statement of the tree. */
    interface StatementVisitor {
        void visit(List<Node> statement) throws ExtractionException;
    }

    /** Visits every statement of the nodes in file order, and the statements of every block and bracket inside. */
    static void walk(List<Node> nodes, StatementVisitor visitor) throws ExtractionException {
        for (List<Node> statement : statements(nodes)) {
            visitor.visit(statement);
            for (Node node : statement) {
                if (node instanceof Group g) {
                    walk(g.children(), visitor);
                }
            }
        }
    }

    /** The statement's first token when it is a call of the command {@code name} (not a method of something). */
    static Token command(List<Node> statement, String name) {
        return statement.get(0) instanceof Token t && t.is(Type.IDENT, name) ? t : null;
    }

    private static boolean separates(List<Node> nodes, int i) {
        if (!(nodes.get(i) instanceof Token t)) {
            return false;
        }
        if (t.punct(";") || t.is(Type.IDENT, "then") || t.is(Type.IDENT, "else")) {
            return true;
        }
        if (t.type() != Type.NEWLINE) {
            return false;
        }
        Node before = i > 0 ? nodes.get(i - 1) : null;
        boolean continued = before instanceof Token b && b.type() == Type.PUNCT && !b.punct("|");
        Node after = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
        boolean leadingDot = after instanceof Token a && (a.punct(".") || a.punct("&."));
        return !continued && !leadingDot;
    }

    /** The arguments of a command call: inside its parentheses, or up to a modifier or block. */
    static List<List<Node>> arguments(List<Node> st) {
        List<Node> rest = st.subList(1, st.size());
        if (!rest.isEmpty() && rest.get(0) instanceof Group g && g.opens("(") && !g.opener().spaceBefore()) {
            return split(g.children());
        }
        int end = 0;
        while (end < rest.size() && !stopsArguments(rest.get(end), end > 0 ? rest.get(end - 1) : null)) {
            end++;
        }
        return split(rest.subList(0, end));
    }

    private static boolean stopsArguments(Node node, Node previous) {
        if (node instanceof Token t) {
            return t.type() == Type.IDENT && MODIFIERS.contains(t.text());
        }
        Group g = (Group) node;
        boolean hash = previous instanceof Token p && (p.punct(",") || p.punct("=>") || p.type() == Type.LABEL);
        return g.opens("do") || (g.opens("{") && !hash && previous != null);
    }

    /** The comma-separated parts of a node list, newlines dropped. */
    static List<List<Node>> split(List<Node> nodes) {
        List<List<Node>> parts = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Token t && t.punct(",")) {
                parts.add(current);
                current = new ArrayList<>();
            } else if (!(node instanceof Token t && t.type() == Type.NEWLINE)) {
                current.add(node);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The content of an argument that is exactly one plain string literal, else null. */
    static String literal(List<Node> arg) {
        return arg.size() == 1 && arg.get(0) instanceof Token t && t.type() == Type.STRING && t.plain()
                ? t.text() : null;
    }

    // ---------------------------------------------------------------------------------------------- model

    enum Type { IDENT, CONST, LABEL, SYMBOL, STRING, WORDS, NUMBER, PUNCT, NEWLINE }

    /** A node of the nested token tree: a token, or a bracket / keyword block with its content. */
    sealed interface Node permits Token, Group {
    }

    /**
     * One token. {@code text} is the identifier, the punctuation, the symbol name without colon, or the raw content
     * of a string; {@code plain} is true for a string literal without escapes or interpolation.
     */
    record Token(Type type, String text, int offset, boolean plain, boolean spaceBefore) implements Node {

        boolean is(Type wanted, String value) {
            return type == wanted && text.equals(value);
        }

        boolean punct(String value) {
            return is(Type.PUNCT, value);
        }
    }

    /** A bracket pair or a keyword block; {@code opener} is the {@code (}, {@code do}, {@code if}... token. */
    record Group(Token opener, List<Node> children) implements Node {

        boolean opens(String text) {
            return opener != null && opener.text().equals(text);
        }
    }

    // ---------------------------------------------------------------------------------------------- lexer

    /** Splits Ruby source into tokens; heredocs, strings and comments become single tokens or nothing. */
    private static final class Lexer {

        private static final int MAX_INTERPOLATION = 32;

        private final SourceFile file;
        private final String s;
        private final List<Token> tokens = new ArrayList<>();
        private final List<Heredoc> pending = new ArrayList<>();
        private int pos;
        private boolean space;

        private record Heredoc(String id, boolean indented, int offset) {
        }

        Lexer(SourceFile file) throws ExtractionException {
            this.file = file;
            this.s = file.text();
        }

        List<Token> run() throws ExtractionException {
            while (pos < s.length()) {
                if (atLineStart() && startsLine("=begin")) {
                    skipEmbeddedDocument();
                    continue;
                }
                if (atLineStart() && (s.startsWith("__END__\n", pos) || s.startsWith("__END__\r\n", pos)
                        || (s.startsWith("__END__", pos) && pos + 7 == s.length()))) {
                    break;
                }
                char c = s.charAt(pos);
                if (c == '\n') {
                    add(Type.NEWLINE, "\n", pos, false);
                    pos++;
                    readHeredocBodies();
                    space = true;
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                    pos++;
                    space = true;
                } else if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
                    pos += peek(1) == '\n' ? 2 : 3;
                    space = true;
                } else if (c == '#') {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else {
                    token(c);
                    space = false;
                }
            }
            if (!pending.isEmpty()) {
                throw fail(file, pending.get(0).offset(), "heredoc <<" + pending.get(0).id() + " is never closed");
            }
            return tokens;
        }

        private void token(char c) throws ExtractionException {
            int start = pos;
            if (c == '"' || c == '`') {
                pos = quoted(start, start + 1, c, (char) 0, true, 0);
                add(Type.STRING, s.substring(start + 1, pos - 1), start, true);
            } else if (c == '\'') {
                pos = quoted(start, start + 1, c, (char) 0, false, 0);
                add(Type.STRING, s.substring(start + 1, pos - 1), start, true);
            } else if (c == ':') {
                colon(start);
            } else if (c == '%' && valueExpected() && percentLiteral(start)) {
                return;
            } else if (c == '/' && valueExpected()) {
                pos = quoted(start, start + 1, '/', (char) 0, true, 0);
                skipWhile(Character::isLetter);
                add(Type.STRING, s.substring(start + 1, pos), start, false);
            } else if (c == '<' && peek(1) == '<' && valueExpected() && heredoc(start)) {
                return;
            } else if (c == '$') {
                pos++;
                if (pos < s.length() && !identPart(s.charAt(pos))) {
                    pos++;
                }
                skipWhile(Lexer::identPart);
                add(Type.IDENT, s.substring(start, pos), start, false);
            } else if (c == '@' || identStart(c)) {
                word(start);
            } else if (Character.isDigit(c)) {
                skipWhile(ch -> identPart(ch) || ch == '.' && pos + 1 < s.length()
                        && Character.isDigit(s.charAt(pos + 1)));
                add(Type.NUMBER, s.substring(start, pos), start, false);
            } else {
                punct(start);
            }
        }

        private void word(int start) {
            while (pos < s.length() && s.charAt(pos) == '@') {
                pos++;
            }
            skipWhile(Lexer::identPart);
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '!') && peek(1) != '='
                    && pos > start) {
                pos++;
            }
            String text = s.substring(start, pos);
            if (pos < s.length() && s.charAt(pos) == ':' && peek(1) != ':' && !text.startsWith("@")) {
                pos++;
                add(Type.LABEL, text, start, false);
            } else {
                add(Character.isUpperCase(text.charAt(0)) ? Type.CONST : Type.IDENT, text, start, false);
            }
        }

        private void colon(int start) throws ExtractionException {
            char next = peek(1);
            if (next == ':') {
                pos += 2;
                add(Type.PUNCT, "::", start, false);
            } else if (next == '"' || next == '\'') {
                pos = quoted(start, start + 2, next, (char) 0, next == '"', 0);
                add(Type.SYMBOL, s.substring(start + 2, pos - 1), start, true);
            } else if (identStart(next) || next == '@' || next == '$') {
                pos++;
                int nameStart = pos;
                word(nameStart);
                Token w = tokens.remove(tokens.size() - 1);
                add(Type.SYMBOL, w.text(), start, false);
            } else {
                pos++;
                add(Type.PUNCT, ":", start, false);
            }
        }

        private static final List<String> OPERATORS =
                List.of("=>", "::", "&&", "||", "==", "=~", "!=", "<=", ">=", "**", "&.", "->", "..", "<<");

        private void punct(int start) {
            for (String op : OPERATORS) {
                if (s.startsWith(op, pos)) {
                    pos += op.length();
                    add(Type.PUNCT, op, start, false);
                    return;
                }
            }
            pos++;
            add(Type.PUNCT, String.valueOf(s.charAt(start)), start, false);
        }

        /** {@code %w[...]}, {@code %i(...)}, {@code %q{...}}, {@code %(...)}: true when one was read. */
        private boolean percentLiteral(int start) throws ExtractionException {
            char kind = peek(1);
            int delimiter = start + 1;
            if ("qQwWiIsrx".indexOf(kind) >= 0) {
                delimiter++;
            } else {
                kind = 'Q';
            }
            if (delimiter >= s.length()) {
                return false;
            }
            char open = s.charAt(delimiter);
            if (Character.isLetterOrDigit(open) || Character.isWhitespace(open) || open == '=') {
                return false;
            }
            char close = closerOf(open);
            boolean interpolates = "QWIrx".indexOf(kind) >= 0;
            pos = quoted(start, delimiter + 1, close, close == open ? (char) 0 : open, interpolates, 0);
            String content = s.substring(delimiter + 1, pos - 1);
            if (kind == 'r') {
                skipWhile(Character::isLetter);
            }
            boolean words = "wWiI".indexOf(kind) >= 0;
            add(words ? Type.WORDS : Type.STRING, content, start, kind == 'q' || words);
            return true;
        }

        private static char closerOf(char open) {
            return switch (open) {
                case '(' -> ')';
                case '[' -> ']';
                case '{' -> '}';
                case '<' -> '>';
                default -> open;
            };
        }

        /** {@code <<~EOS}, {@code <<-EOS}, {@code <<EOS}, quoted forms: true when one was read. */
        private boolean heredoc(int start) {
            int p = start + 2;
            boolean indented = p < s.length() && (s.charAt(p) == '~' || s.charAt(p) == '-');
            if (indented) {
                p++;
            }
            if (p >= s.length()) {
                return false;
            }
            char q = s.charAt(p);
            String id;
            if (q == '\'' || q == '"' || q == '`') {
                int end = p + 1;
                while (end < s.length() && s.charAt(end) != q && s.charAt(end) != '\n') {
                    end++;
                }
                if (end >= s.length() || s.charAt(end) != q || end == p + 1) {
                    return false;
                }
                id = s.substring(p + 1, end);
                p = end + 1;
            } else if (indented ? identStart(q) : (Character.isUpperCase(q) || q == '_')) {
                int idStart = p;
                while (p < s.length() && identPart(s.charAt(p))) {
                    p++;
                }
                id = s.substring(idStart, p);
            } else {
                return false;
            }
            pending.add(new Heredoc(id, indented, start));
            pos = p;
            add(Type.STRING, id, start, false);
            return true;
        }

        private void readHeredocBodies() throws ExtractionException {
            for (Heredoc heredoc : pending) {
                boolean closed = false;
                while (pos < s.length() && !closed) {
                    int eol = s.indexOf('\n', pos);
                    int end = eol < 0 ? s.length() : eol;
                    String line = s.substring(pos, end);
                    line = heredoc.indented() ? line.strip() : line.stripTrailing();
                    closed = line.equals(heredoc.id());
                    pos = eol < 0 ? s.length() : eol + 1;
                }
                if (!closed) {
                    throw fail(file, heredoc.offset(), "heredoc <<" + heredoc.id() + " is never closed");
                }
            }
            pending.clear();
        }

        private void skipEmbeddedDocument() throws ExtractionException {
            int start = pos;
            while (true) {
                int eol = s.indexOf('\n', pos);
                if (eol < 0) {
                    throw fail(file, start, "=begin block is never closed with =end");
                }
                pos = eol + 1;
                if (startsLine("=end")) {
                    int after = s.indexOf('\n', pos);
                    pos = after < 0 ? s.length() : after;
                    return;
                }
            }
        }

        /**
         * Skips a quoted literal whose content starts at {@code from}; returns the offset just past the closing
         * delimiter. {@code open} is the opening bracket for delimiters that nest, or 0.
         */
        private int quoted(int start, int from, char close, char open, boolean interpolates, int depth)
                throws ExtractionException {
            if (depth > MAX_INTERPOLATION) {
                throw fail(file, start, "strings nested too deeply");
            }
            int nesting = 0;
            int p = from;
            while (p < s.length()) {
                char c = s.charAt(p);
                if (c == '\\') {
                    p += 2;
                } else if (c == close && nesting == 0) {
                    return p + 1;
                } else if (c == close) {
                    nesting--;
                    p++;
                } else if (open != 0 && c == open) {
                    nesting++;
                    p++;
                } else if (interpolates && c == '#' && p + 1 < s.length() && s.charAt(p + 1) == '{') {
                    p = interpolation(p + 2, depth + 1);
                } else {
                    p++;
                }
            }
            throw fail(file, start, "string is never closed");
        }

        /** Skips the code of {@code #{...}} up to its closing brace, strings inside included. */
        private int interpolation(int from, int depth) throws ExtractionException {
            int braces = 0;
            int p = from;
            while (p < s.length()) {
                char c = s.charAt(p);
                if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    if (braces == 0) {
                        return p + 1;
                    }
                    braces--;
                } else if (c == '"' || c == '\'' || c == '`') {
                    p = quoted(p, p + 1, c, (char) 0, c != '\'', depth) - 1;
                }
                p++;
            }
            throw fail(file, from - 2, "interpolation #{ is never closed");
        }

        /** True where an expression may start, so {@code %}, {@code /} and {@code <<} open literals. */
        private boolean valueExpected() {
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            if (last == null || last.type() == Type.NEWLINE || last.type() == Type.LABEL) {
                return true;
            }
            if (last.type() == Type.PUNCT) {
                return !List.of(")", "]", "}").contains(last.text());
            }
            if (last.type() == Type.IDENT && KEYWORDS.contains(last.text()) && !last.text().equals("end")) {
                return true;
            }
            boolean command = last.type() == Type.IDENT || last.type() == Type.CONST;
            return command && space && pos + 1 < s.length() && !Character.isWhitespace(s.charAt(pos + 1));
        }

        private void add(Type type, String text, int offset, boolean plain) {
            boolean literal = plain && text.indexOf('\\') < 0 && !text.contains("#{");
            tokens.add(new Token(type, text, offset, literal, space));
        }

        private boolean atLineStart() {
            return pos == 0 || s.charAt(pos - 1) == '\n';
        }

        private boolean startsLine(String word) {
            int after = pos + word.length();
            return s.startsWith(word, pos) && (after == s.length() || Character.isWhitespace(s.charAt(after)));
        }

        private char peek(int ahead) {
            return pos + ahead < s.length() ? s.charAt(pos + ahead) : 0;
        }

        private void skipWhile(java.util.function.IntPredicate test) {
            while (pos < s.length() && test.test(s.charAt(pos))) {
                pos++;
            }
        }

        private static boolean identStart(int c) {
            return c == '_' || Character.isLetter(c);
        }

        private static boolean identPart(int c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }

    // ---------------------------------------------------------------------------------------------- tree

    private static final Map<String, String> CLOSERS = Map.of("(", ")", "[", "]", "{", "}");

    /** An open group while nesting; a {@code def} remembers whether it is still on its signature line. */
    private static final class Frame {
        private final Group group;
        private boolean signature;
        private boolean endless;

        Frame(Group group) {
            this.group = group;
            this.signature = group.opens("def");
        }
    }

    /**
     * Nests brackets and keyword blocks; modifier {@code if}/{@code unless} stay plain tokens, and an endless
     * {@code def name = expr} closes at the end of its line.
     */
    private static Group nest(SourceFile file, List<Token> tokens) throws ExtractionException {
        Deque<Frame> open = new ArrayDeque<>();
        Group root = new Group(null, new ArrayList<>());
        open.push(new Frame(root));
        Token previous = null;
        boolean loopOnLine = false;
        for (Token t : tokens) {
            boolean lineEnd = t.type() == Type.NEWLINE || t.punct(";");
            while (lineEnd && open.peek().endless) {
                open.pop();
            }
            defSignature(open.peek(), t, previous);
            boolean method = previous != null && (previous.punct(".") || previous.punct("&.")
                    || previous.punct("::"));
            if (t.type() == Type.PUNCT && CLOSERS.containsKey(t.text())) {
                push(file, open, t);
            } else if (t.type() == Type.PUNCT && CLOSERS.containsValue(t.text())) {
                close(file, open, t, t.text());
            } else if (t.type() == Type.IDENT && !method && t.text().equals("end")) {
                close(file, open, t, "end");
            } else if (t.type() == Type.IDENT && !method && t.text().equals("do") && !loopOnLine) {
                push(file, open, t);
            } else if (t.type() == Type.IDENT && !method && BLOCK_KEYWORDS.contains(t.text())
                    && !(MODIFIERS.contains(t.text()) && endsValue(previous))) {
                loopOnLine = List.of("while", "until", "for").contains(t.text());
                push(file, open, t);
            } else {
                if (lineEnd || t.is(Type.IDENT, "do")) {
                    loopOnLine = false;
                }
                if (!t.is(Type.IDENT, "do")) {
                    open.peek().group.children().add(t);
                }
            }
            previous = t;
        }
        while (open.peek().endless) {
            open.pop();
        }
        if (open.size() > 1) {
            Token opener = open.peek().group.opener();
            String closer = CLOSERS.getOrDefault(opener.text(), "end");
            throw fail(file, opener.offset(), "`" + opener.text() + "` is never closed with `" + closer + "`");
        }
        return root;
    }

    /** {@code def name = expr} or {@code def name(args) = expr}, but not {@code def name=(v)} or {@code def []=}. */
    private static void defSignature(Frame frame, Token t, Token previous) {
        if (!frame.signature) {
            return;
        }
        if (t.type() == Type.NEWLINE || t.punct(";")) {
            frame.signature = false;
        } else if (t.punct("=") && !frame.group.children().isEmpty()) {
            Node last = frame.group.children().get(frame.group.children().size() - 1);
            boolean afterParameters = last instanceof Group g && g.opens("(") && previous != null
                    && previous.punct(")");
            frame.endless = t.spaceBefore() || afterParameters;
            frame.signature = false;
        }
    }

    private static void push(SourceFile file, Deque<Frame> open, Token opener) throws ExtractionException {
        if (open.size() > MAX_NESTING) {
            throw fail(file, opener.offset(), "nesting deeper than " + MAX_NESTING + " levels");
        }
        Group group = new Group(opener, new ArrayList<>());
        open.peek().group.children().add(group);
        open.push(new Frame(group));
    }

    private static void close(SourceFile file, Deque<Frame> open, Token closer, String text)
            throws ExtractionException {
        Group top = open.peek().group;
        if (top.opener() == null) {
            throw fail(file, closer.offset(), "unexpected `" + text + "`");
        }
        String expected = CLOSERS.getOrDefault(top.opener().text(), "end");
        if (!expected.equals(text)) {
            Location where = file.location(top.opener().offset());
            throw fail(file, closer.offset(), "unexpected `" + text + "`: `" + top.opener().text() + "` at "
                    + where.line() + ":" + where.column() + " is still open");
        }
        open.pop();
    }

    private static boolean endsValue(Token t) {
        if (t == null) {
            return false;
        }
        return switch (t.type()) {
            case IDENT -> !OPENING_KEYWORDS.contains(t.text());
            case CONST, SYMBOL, STRING, WORDS, NUMBER -> true;
            case PUNCT -> List.of(")", "]", "}").contains(t.text());
            default -> false;
        };
    }

    static ExtractionException fail(SourceFile file, int offset, String message)
            throws ExtractionException {
        Location where = file.location(offset);
        return new ExtractionException(where.line(), where.column(), message);
    }
}
