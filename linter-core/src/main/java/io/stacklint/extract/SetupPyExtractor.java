package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the literal requirement lists of a {@code setup.py} without running it: a small Python tokenizer (strings
 * of every quote kind and prefix, comments, brackets) feeds a bracket tree, and only keyword arguments of a call
 * ({@code setup(...)}, {@code dict(...)}) are read: {@code install_requires=[...]} (RUNTIME), {@code tests_require}
 * (TEST), {@code setup_requires} (BUILD), {@code extras_require={"x": [...]}} or {@code dict(x=[...])} (OPTIONAL),
 * and {@code python_requires="..."} (the Python runtime). Only plain string literals that are whole list elements
 * count: a variable, a concatenation, an f-string or a computed list gives nothing, and strings anywhere else
 * (docstrings, {@code long_description}, a module-level {@code install_requires = [...]}) never count.
 */
public final class SetupPyExtractor implements Extractor {

    private static final int MAX_NESTING = 500;
    private static final Map<String, Scope> LISTS = Map.of(
            "install_requires", Scope.RUNTIME,
            "tests_require", Scope.TEST,
            "setup_requires", Scope.BUILD);
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr",
            "rt");
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "==", "!=", "<=", ">=", "->", ":=",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**", "//", "<<", ">>"};

    @Override
    public String id() {
        return "setup-py";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("setup.py");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            List<Token> tokens = new Lexer(file).run();
            Group root = nest(file, tokens);
            List<Evidence> found = new ArrayList<>();
            new Reader(file, found).walk(root);
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read setup.py: " + e.getClass().getSimpleName(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- model

    enum Type { NAME, STRING, NUMBER, OP }

    sealed interface Node permits Token, Group {
    }

    /**
     * One token; for a string, {@code text} is the content between the quotes, {@code contentOffset} where it
     * starts, and {@code plain} tells that the content is exactly its value (no escapes, no f-string, not bytes).
     */
    record Token(Type type, String text, int offset, int contentOffset, boolean plain) implements Node {

        boolean op(String value) {
            return type == Type.OP && text.equals(value);
        }
    }

    /** A bracket pair and what it holds; {@code opener} is the {@code (}, {@code [} or <code>{</code> token. */
    record Group(Token opener, List<Node> children) implements Node {

        boolean opens(String bracket) {
            return opener != null && opener.text().equals(bracket);
        }
    }

    // ---------------------------------------------------------------------------------------------- lexer

    private static final class Lexer {

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
                if (Character.isWhitespace(c) || c == '\\' || c == '\f') {
                    pos++;
                } else if (c == '#') {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == '"' || c == '\'') {
                    string(pos, "");
                } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                    int start = pos;
                    while (pos < s.length() && Character.isJavaIdentifierPart(s.charAt(pos)) && s.charAt(pos) != '$') {
                        pos++;
                    }
                    String word = s.substring(start, pos);
                    if (pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '\'')
                            && STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
                        string(start, word.toLowerCase(Locale.ROOT));
                    } else {
                        tokens.add(new Token(Type.NAME, word, start, start, false));
                    }
                } else if (Character.isDigit(c) || (c == '.' && pos + 1 < s.length()
                        && Character.isDigit(s.charAt(pos + 1)))) {
                    int start = pos;
                    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.'
                            || s.charAt(pos) == '_')) {
                        pos++;
                    }
                    tokens.add(new Token(Type.NUMBER, s.substring(start, pos), start, start, false));
                } else {
                    operator();
                }
            }
            return tokens;
        }

        private void operator() {
            for (String op : OPERATORS) {
                if (s.startsWith(op, pos)) {
                    tokens.add(new Token(Type.OP, op, pos, pos, false));
                    pos += op.length();
                    return;
                }
            }
            tokens.add(new Token(Type.OP, String.valueOf(s.charAt(pos)), pos, pos, false));
            pos++;
        }

        /** A string literal whose prefix starts at {@code start}; {@code pos} is at its opening quote. */
        private void string(int start, String prefix) throws ExtractionException {
            char quote = s.charAt(pos);
            boolean triple = s.startsWith(String.valueOf(quote).repeat(3), pos);
            String closing = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
            pos += closing.length();
            int contentStart = pos;
            boolean escapes = false;
            while (true) {
                if (pos >= s.length() || (!triple && s.charAt(pos) == '\n')) {
                    throw error(start, "unterminated string literal");
                }
                char c = s.charAt(pos);
                if (c == '\\') {
                    escapes = true;
                    pos += 2;
                } else if (s.startsWith(closing, pos)) {
                    break;
                } else {
                    pos++;
                }
            }
            String content = s.substring(contentStart, pos);
            pos += closing.length();
            boolean plain = !escapes && !prefix.contains("f") && !prefix.contains("b") && !prefix.contains("t");
            tokens.add(new Token(Type.STRING, content, start, contentStart, plain));
        }

        private ExtractionException error(int offset, String message) throws ExtractionException {
            var at = file.location(offset);
            return new ExtractionException(at.line(), at.column(), message);
        }
    }

    private static Group nest(SourceFile file, List<Token> tokens) throws ExtractionException {
        Deque<Group> open = new ArrayDeque<>();
        Group root = new Group(null, new ArrayList<>());
        open.push(root);
        for (Token token : tokens) {
            if (token.op("(") || token.op("[") || token.op("{")) {
                if (open.size() > MAX_NESTING) {
                    var at = file.location(token.offset());
                    throw new ExtractionException(at.line(), at.column(), "brackets nested too deeply");
                }
                Group group = new Group(token, new ArrayList<>());
                open.peek().children().add(group);
                open.push(group);
            } else if (token.op(")") || token.op("]") || token.op("}")) {
                Group current = open.peek();
                if (current.opener() == null || !closes(current.opener().text(), token.text())) {
                    var at = file.location(token.offset());
                    throw new ExtractionException(at.line(), at.column(), "unexpected '" + token.text() + "'");
                }
                open.pop();
            } else {
                open.peek().children().add(token);
            }
        }
        if (open.size() > 1) {
            var at = file.location(open.peek().opener().offset());
            throw new ExtractionException(at.line(), at.column(), "'" + open.peek().opener().text()
                    + "' is not closed");
        }
        return root;
    }

    private static boolean closes(String opener, String closer) {
        return switch (opener) {
            case "(" -> closer.equals(")");
            case "[" -> closer.equals("]");
            default -> closer.equals("}");
        };
    }

    // ---------------------------------------------------------------------------------------------- reader

    private static final class Reader {

        private final SourceFile file;
        private final List<Evidence> found;

        Reader(SourceFile file, List<Evidence> found) {
            this.file = file;
            this.found = found;
        }

        void walk(Group group) throws ExtractionException {
            List<Node> children = group.children();
            for (int i = 0; i < children.size(); i++) {
                if (children.get(i) instanceof Group inner) {
                    if (inner.opens("(") && isCall(children, i)) {
                        for (List<Node> argument : split(inner.children())) {
                            keyword(argument);
                        }
                    }
                    walk(inner);
                }
            }
        }

        /** True for the parentheses of a call (not of a tuple, nor the parameters of a {@code def}). */
        private static boolean isCall(List<Node> siblings, int index) {
            if (index == 0 || !(siblings.get(index - 1) instanceof Token before)) {
                return index > 0;
            }
            if (before.type() == Type.NAME) {
                return !(index >= 2 && siblings.get(index - 2) instanceof Token def && def.type() == Type.NAME
                        && (def.text().equals("def") || def.text().equals("class")));
            }
            return false;
        }

        private void keyword(List<Node> argument) throws ExtractionException {
            if (argument.size() < 3 || !(argument.get(0) instanceof Token name) || name.type() != Type.NAME
                    || !(argument.get(1) instanceof Token equals) || !equals.op("=")) {
                return;
            }
            List<Node> value = argument.subList(2, argument.size());
            String key = name.text();
            if (LISTS.containsKey(key)) {
                requirements(value, LISTS.get(key));
            } else if (key.equals("extras_require")) {
                extras(value);
            } else if (key.equals("python_requires") && value.size() == 1 && value.get(0) instanceof Token string
                    && string.type() == Type.STRING && string.plain()) {
                Pep508.Span version = Pep508.Span.at(string.text(), string.contentOffset()).strip();
                if (!version.text().isEmpty()) {
                    found.add(Pep508.python(version.text().replaceAll("\\s+", ""),
                            file.location(version.offset(0))));
                }
            }
        }

        /**
         * A requirement list value: a list or tuple literal (also as a {@code +} operand), or one plain string of
         * requirements one per line.
         */
        private void requirements(List<Node> value, Scope scope) throws ExtractionException {
            if (value.size() == 1 && value.get(0) instanceof Token string && string.type() == Type.STRING) {
                if (string.plain()) {
                    multiLine(string, scope);
                }
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                boolean operand = i == 0 || (value.get(i - 1) instanceof Token before && before.op("+"));
                boolean operandEnds = i == value.size() - 1
                        || (value.get(i + 1) instanceof Token after && after.op("+"));
                if (operand && operandEnds && value.get(i) instanceof Group list
                        && (list.opens("[") || list.opens("("))) {
                    for (List<Node> element : split(list.children())) {
                        if (element.size() == 1 && element.get(0) instanceof Token string
                                && string.type() == Type.STRING && string.plain()) {
                            requirement(string, scope);
                        }
                    }
                }
            }
        }

        private void extras(List<Node> value) throws ExtractionException {
            if (value.size() == 1 && value.get(0) instanceof Group dict && dict.opens("{")) {
                for (List<Node> entry : split(dict.children())) {
                    if (entry.size() >= 3 && entry.get(0) instanceof Token key && key.type() == Type.STRING
                            && entry.get(1) instanceof Token colon && colon.op(":")) {
                        requirements(entry.subList(2, entry.size()), Scope.OPTIONAL);
                    }
                }
            } else if (value.size() == 2 && value.get(0) instanceof Token call && call.type() == Type.NAME
                    && call.text().equals("dict") && value.get(1) instanceof Group args && args.opens("(")) {
                for (List<Node> argument : split(args.children())) {
                    if (argument.size() >= 3 && argument.get(0) instanceof Token name && name.type() == Type.NAME
                            && argument.get(1) instanceof Token equals && equals.op("=")) {
                        requirements(argument.subList(2, argument.size()), Scope.OPTIONAL);
                    }
                }
            }
        }

        private void requirement(Token string, Scope scope) throws ExtractionException {
            Pep508.Span span = Pep508.Span.at(string.text(), string.contentOffset());
            List<Pep508.Span> lines = Pep508.requirementLines(List.of(span));
            for (Pep508.Span line : lines) {
                found.add(Pep508.evidence(file, line, scope));
            }
        }

        private void multiLine(Token string, Scope scope) throws ExtractionException {
            List<Pep508.Span> lines = new ArrayList<>();
            String text = string.text();
            int from = 0;
            while (from <= text.length()) {
                int end = text.indexOf('\n', from);
                if (end < 0) {
                    end = text.length();
                }
                lines.add(Pep508.Span.at(text.substring(from, end), string.contentOffset() + from));
                from = end + 1;
            }
            for (Pep508.Span line : Pep508.requirementLines(lines)) {
                found.add(Pep508.evidence(file, line, scope));
            }
        }

        /** The children of a bracket split at its top-level commas; empty pieces (a trailing comma) dropped. */
        private static List<List<Node>> split(List<Node> children) {
            List<List<Node>> parts = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            for (Node node : children) {
                if (node instanceof Token token && token.op(",")) {
                    if (!current.isEmpty()) {
                        parts.add(current);
                    }
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
