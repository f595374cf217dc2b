package io.stacklint.extract;

import io.stacklint.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small reader of HCL native syntax (Terraform's {@code .tf} and {@code .terraform.lock.hcl}), shared by the
 * Terraform extractors. The lexer is exact about everything that decides what is code and what is not: quoted
 * strings with escapes and {@code ${...}} / {@code %{...}} templates, heredocs ({@code <<EOF}, {@code <<-EOF}),
 * and the three comment forms ({@code #}, {@code //}, {@code /* *}{@code /}). The parser builds the body structure
 * (attributes and blocks with their labels) exactly, and reads expressions loosely: operands, operators, postfix
 * traversals, calls, tuples, objects and conditionals are checked for shape, {@code for} expressions only for
 * balance. Only what the extractors need survives as a value: literal strings, numbers, booleans, null, single
 * names and objects with their entries; everything else is {@link Kind#OTHER}. Every block, attribute and value
 * keeps the 1-based line and column of its first token; a syntax error is an {@link ExtractionException} at the
 * offending token.
 */
final class Hcl {

    /** How deep blocks, brackets and template interpolations may nest before the file is refused. */
    static final int MAX_DEPTH = 100;

    private Hcl() {
    }

    /** The sort of value an expression is, as far as the extractors care. */
    enum Kind { STRING, NUMBER, BOOL, NULL, NAME, OBJECT, OTHER }

    /**
     * A value: {@code text} is the decoded string, the number, {@code true}/{@code false}, the name; null for
     * objects and OTHER. {@code entries} are an object's items whose key is a plain name or string.
     */
    record Value(Kind kind, String text, int line, int column, List<Attribute> entries) {

        Value {
            entries = List.copyOf(entries);
        }

        static Value of(Kind kind, String text, int line, int column) {
            return new Value(kind, text, line, column, List.of());
        }

        /** The text of a string or number that is not blank: a value written out, not computed. */
        Optional<String> literal() {
            return (kind == Kind.STRING || kind == Kind.NUMBER) && !text.isBlank()
                    ? Optional.of(text.strip()) : Optional.empty();
        }

        /** The entry of an object with this key, the first if written twice. */
        Optional<Attribute> entry(String key) {
            return entries.stream().filter(e -> e.name().equals(key)).findFirst();
        }
    }

    /** A body item. */
    sealed interface Item permits Attribute, Block {
    }

    /** {@code name = value}; line and column are those of the name. */
    record Attribute(String name, int line, int column, Value value) implements Item {
    }

    /** {@code type "label" ... { body }}; line and column are those of the type. */
    record Block(String type, List<String> labels, int line, int column, Body body) implements Item {

        Block {
            labels = List.copyOf(labels);
        }
    }

    /** The attributes and blocks of a file or a block, in file order. */
    record Body(List<Item> items) {

        Body {
            items = List.copyOf(items);
        }

        List<Block> blocks(String type) {
            return items.stream().filter(Block.class::isInstance).map(Block.class::cast)
                    .filter(b -> b.type().equals(type)).toList();
        }

        /** The attribute with this name, the first if written twice. */
        Optional<Attribute> attribute(String name) {
            return items.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast)
                    .filter(a -> a.name().equals(name)).findFirst();
        }
    }

    /** Parses a whole file. */
    static Body parse(SourceFile file) throws ExtractionException {
        String text = file.text();
        List<Token> tokens = new Lexer(file, text).all();
        return new Parser(file, tokens, 0).root();
    }

    // ------------------------------------------------------------------------------------------------ tokens

    private enum Type { IDENT, NUMBER, STRING, PUNCT, NEWLINE, EOF }

    /** One interpolation ({@code ${...}}) or directive ({@code %{...}}) of a template, as its own token list. */
    private record Template(boolean directive, int offset, List<Token> tokens) {
    }

    /**
     * A token; for a string or heredoc {@code literal} is the decoded text when it has no template parts, null when
     * it has.
     */
    private record Token(Type type, String text, int offset, String literal, List<Template> parts) {

        static Token of(Type type, String text, int offset) {
            return new Token(type, text, offset, null, List.of());
        }

        boolean is(String punct) {
            return type == Type.PUNCT && text.equals(punct);
        }

        boolean isIdent(String word) {
            return type == Type.IDENT && text.equals(word);
        }

        String describe() {
            return switch (type) {
                case NEWLINE -> "the end of the line";
                case EOF -> text.isEmpty() ? "the end of the file" : "'" + text + "'";
                case STRING -> "a string";
                case NUMBER -> "the number " + text;
                default -> "'" + text + "'";
            };
        }
    }

    private static ExtractionException error(SourceFile file, int offset, String message) throws ExtractionException {
        Location at = file.location(offset);
        return new ExtractionException(at.line(), at.column(), message);
    }

    // ------------------------------------------------------------------------------------------------- lexer

    private static final class Lexer {

        private static final List<String> PUNCTUATION = List.of("...", "=>", "==", "!=", "<=", ">=", "&&", "||",
                "{", "}", "[", "]", "(", ")", "=", ",", ".", ":", "?", "+", "-", "*", "/", "%", "<", ">", "!", "~");

        private final SourceFile file;
        private final String s;
        private int pos;

        Lexer(SourceFile file, String text) {
            this.file = file;
            this.s = text;
        }

        List<Token> all() throws ExtractionException {
            List<Token> tokens = new ArrayList<>();
            Token token;
            do {
                token = next(0);
                tokens.add(token);
            } while (token.type() != Type.EOF);
            return tokens;
        }

        private Token next(int depth) throws ExtractionException {
            skipBlanksAndComments();
            if (pos >= s.length()) {
                return Token.of(Type.EOF, "", s.length());
            }
            int start = pos;
            char c = s.charAt(pos);
            if (c == '\n') {
                pos++;
                return Token.of(Type.NEWLINE, "\n", start);
            }
            if (c == '"') {
                return quoted(depth);
            }
            if (s.startsWith("<<", pos)) {
                return heredoc(depth);
            }
            if (Character.isLetter(c) || c == '_') {
                pos++;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                        || s.charAt(pos) == '-')) {
                    pos++;
                }
                return Token.of(Type.IDENT, s.substring(start, pos), start);
            }
            if (c >= '0' && c <= '9') {
                return number();
            }
            for (String punct : PUNCTUATION) {
                if (s.startsWith(punct, pos)) {
                    pos += punct.length();
                    return Token.of(Type.PUNCT, punct, start);
                }
            }
            throw error(file, start, "unexpected character '" + new String(Character.toChars(s.codePointAt(start)))
                    + "'");
        }

        private void skipBlanksAndComments() throws ExtractionException {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                    pos++;
                } else if (c == '#' || s.startsWith("//", pos)) {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (s.startsWith("/*", pos)) {
                    int end = s.indexOf("*/", pos + 2);
                    if (end < 0) {
                        throw error(file, pos, "comment /* is never closed");
                    }
                    pos = end + 2;
                } else {
                    return;
                }
            }
        }

        private Token number() {
            int start = pos;
            while (pos < s.length() && isDigit(pos)) {
                pos++;
            }
            if (pos + 1 < s.length() && s.charAt(pos) == '.' && isDigit(pos + 1)) {
                pos++;
                while (pos < s.length() && isDigit(pos)) {
                    pos++;
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int mark = pos + 1;
                if (mark < s.length() && (s.charAt(mark) == '+' || s.charAt(mark) == '-')) {
                    mark++;
                }
                if (mark < s.length() && isDigit(mark)) {
                    pos = mark;
                    while (pos < s.length() && isDigit(pos)) {
                        pos++;
                    }
                }
            }
            return Token.of(Type.NUMBER, s.substring(start, pos), start);
        }

        private boolean isDigit(int at) {
            char c = s.charAt(at);
            return c >= '0' && c <= '9';
        }

        private Token quoted(int depth) throws ExtractionException {
            int start = pos++;
            StringBuilder literal = new StringBuilder();
            List<Template> parts = new ArrayList<>();
            while (true) {
                if (pos >= s.length() || s.charAt(pos) == '\n') {
                    throw error(file, start, "string is not closed before the end of the line");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    break;
                }
                if (c == '\\') {
                    escape(literal);
                } else if (!templateSequence(literal, parts, depth)) {
                    literal.append(c);
                    pos++;
                }
            }
            return new Token(Type.STRING, s.substring(start, pos), start,
                    parts.isEmpty() ? literal.toString() : null, List.copyOf(parts));
        }

        private void escape(StringBuilder literal) throws ExtractionException {
            int start = pos;
            char e = pos + 1 < s.length() ? s.charAt(pos + 1) : '\0';
            switch (e) {
                case 'n' -> literal.append('\n');
                case 'r' -> literal.append('\r');
                case 't' -> literal.append('\t');
                case '"' -> literal.append('"');
                case '\\' -> literal.append('\\');
                case 'u', 'U' -> {
                    int length = e == 'u' ? 4 : 8;
                    String hex = pos + 2 + length <= s.length() ? s.substring(pos + 2, pos + 2 + length) : "";
                    if (!hex.matches("[0-9A-Fa-f]+") || hex.length() != length
                            || Long.parseLong(hex, 16) > Character.MAX_CODE_POINT) {
                        throw error(file, start, "invalid unicode escape in a string");
                    }
                    literal.appendCodePoint((int) Long.parseLong(hex, 16));
                    pos += length;
                }
                default -> throw error(file, start, "invalid escape sequence \\" + (e == '\0' ? "" : e)
                        + " in a string");
            }
            pos += 2;
        }

        /** Handles {@code $${}, {@code %%{}, {@code ${...}} and {@code %{...}} at pos; false when none is there. */
        private boolean templateSequence(StringBuilder literal, List<Template> parts, int depth)
                throws ExtractionException {
            char c = s.charAt(pos);
            if ((c == '$' || c == '%') && s.startsWith(c + "" + c + "{", pos)) {
                literal.append(c).append('{');
                pos += 3;
                return true;
            }
            if ((c == '$' || c == '%') && s.startsWith("{", pos + 1)) {
                parts.add(interpolation(c == '%', depth));
                return true;
            }
            return false;
        }

        private Template interpolation(boolean directive, int depth) throws ExtractionException {
            int start = pos;
            if (depth >= MAX_DEPTH) {
                throw error(file, start, "templates nested deeper than " + MAX_DEPTH + " levels");
            }
            pos += 2;
            List<Token> tokens = new ArrayList<>();
            int braces = 0;
            while (true) {
                Token token = next(depth + 1);
                if (token.type() == Type.EOF) {
                    throw error(file, start, (directive ? "%{" : "${") + " is never closed");
                }
                if (token.is("{")) {
                    braces++;
                } else if (token.is("}")) {
                    if (braces == 0) {
                        tokens.add(Token.of(Type.EOF, "}", token.offset()));
                        return new Template(directive, start, List.copyOf(tokens));
                    }
                    braces--;
                }
                tokens.add(token);
            }
        }

        private Token heredoc(int depth) throws ExtractionException {
            int start = pos;
            pos += 2;
            boolean indented = pos < s.length() && s.charAt(pos) == '-';
            if (indented) {
                pos++;
            }
            int markerStart = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || (pos > markerStart && s.charAt(pos) == '-'))) {
                pos++;
            }
            String marker = s.substring(markerStart, pos);
            if (marker.isEmpty() || !Character.isLetter(marker.charAt(0)) && marker.charAt(0) != '_') {
                throw error(file, start, "a heredoc needs a marker, as in <<EOF");
            }
            if (pos < s.length() && s.charAt(pos) == '\r') {
                pos++;
            }
            if (pos >= s.length() || s.charAt(pos) != '\n') {
                throw error(file, pos, "the heredoc marker <<" + (indented ? "-" : "") + marker
                        + " must end its line");
            }
            pos++;
            StringBuilder literal = new StringBuilder();
            List<Template> parts = new ArrayList<>();
            while (true) {
                if (pos >= s.length()) {
                    throw error(file, start, "heredoc <<" + (indented ? "-" : "") + marker + " is never closed");
                }
                int lineEnd = s.indexOf('\n', pos);
                lineEnd = lineEnd < 0 ? s.length() : lineEnd;
                if (s.substring(pos, lineEnd).strip().equals(marker)) {
                    pos = lineEnd;
                    break;
                }
                heredocLine(literal, parts, depth);
            }
            String text = literal.toString();
            return new Token(Type.STRING, s.substring(start, pos), start,
                    parts.isEmpty() ? (indented ? dedent(text) : text) : null, List.copyOf(parts));
        }

        /** Reads one line of heredoc content (or more, when an interpolation spans lines), with its newline. */
        private void heredocLine(StringBuilder literal, List<Template> parts, int depth) throws ExtractionException {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    literal.append(c);
                    pos++;
                    return;
                }
                if (!templateSequence(literal, parts, depth)) {
                    literal.append(c);
                    pos++;
                }
            }
        }

        private static String dedent(String text) {
            String[] lines = text.split("\n", -1);
            int indent = Integer.MAX_VALUE;
            for (String line : lines) {
                if (!line.isBlank()) {
                    int spaces = 0;
                    while (spaces < line.length() && Character.isWhitespace(line.charAt(spaces))) {
                        spaces++;
                    }
                    indent = Math.min(indent, spaces);
                }
            }
            if (indent == Integer.MAX_VALUE || indent == 0) {
                return text;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                out.append(line.length() >= indent ? line.substring(indent) : line.strip());
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
            return out.toString();
        }
    }

    // ------------------------------------------------------------------------------------------------ parser

    private static final class Parser {

        private static final Set<String> BINARY = Set.of("+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=",
                "&&", "||");

        private final SourceFile file;
        private final List<Token> tokens;
        private int index;
        private int depth;

        Parser(SourceFile file, List<Token> tokens, int depth) {
            this.file = file;
            this.tokens = tokens;
            this.depth = depth;
        }

        Body root() throws ExtractionException {
            return body(null, null);
        }

        private Token peek() {
            return tokens.get(index);
        }

        private Token next() {
            Token token = tokens.get(index);
            if (token.type() != Type.EOF) {
                index++;
            }
            return token;
        }

        private void skipNewlines() {
            while (peek().type() == Type.NEWLINE) {
                index++;
            }
        }

        private ExtractionException fail(Token at, String message) throws ExtractionException {
            return error(file, at.offset(), message);
        }

        private void enter(Token opener) throws ExtractionException {
            if (++depth > MAX_DEPTH) {
                throw fail(opener, "nested deeper than " + MAX_DEPTH + " levels");
            }
        }

        private void leave() {
            depth--;
        }

        // ----------------------------------------------------------------------------------------- bodies

        private Body body(Token open, String type) throws ExtractionException {
            List<Item> items = new ArrayList<>();
            while (true) {
                Token token = peek();
                if (token.type() == Type.NEWLINE) {
                    next();
                } else if (token.type() == Type.EOF) {
                    if (open != null) {
                        throw fail(open, "the '{' of block '" + type + "' is never closed");
                    }
                    return new Body(items);
                } else if (token.is("}")) {
                    if (open == null) {
                        throw fail(token, "unexpected '}'");
                    }
                    return new Body(items);
                } else if (token.type() == Type.IDENT) {
                    items.add(item(next()));
                    endOfItem(open);
                } else {
                    throw fail(token, "expected an attribute or a block, found " + token.describe());
                }
            }
        }

        private Item item(Token name) throws ExtractionException {
            Location at = file.location(name.offset());
            if (peek().is("=")) {
                next();
                Value value = expression(true);
                return new Attribute(name.text(), at.line(), at.column(), value);
            }
            List<String> labels = new ArrayList<>();
            while (peek().type() == Type.STRING || peek().type() == Type.IDENT) {
                Token label = next();
                if (label.type() == Type.STRING && label.literal() == null) {
                    throw fail(label, "a block label cannot contain a template");
                }
                labels.add(label.type() == Type.STRING ? label.literal() : label.text());
            }
            Token brace = peek();
            if (!brace.is("{")) {
                throw fail(brace, (labels.isEmpty() ? "expected '=' or '{' after '" : "expected '{' after block '")
                        + name.text() + "', found " + brace.describe());
            }
            next();
            enter(brace);
            Body body = body(brace, name.text());
            next();
            leave();
            return new Block(name.text(), labels, at.line(), at.column(), body);
        }

        private void endOfItem(Token open) throws ExtractionException {
            Token token = peek();
            if (token.type() == Type.NEWLINE || token.type() == Type.EOF || open != null && token.is("}")) {
                return;
            }
            throw fail(token, "expected a new line after the item, found " + token.describe());
        }

        // ------------------------------------------------------------------------------------ expressions

        /**
         * One expression. When {@code newlines} is true a line end ends it (body attributes, object items), except
         * right after an operator; inside brackets and parentheses line ends are blanks.
         */
        private Value expression(boolean newlines) throws ExtractionException {
            if (!newlines) {
                skipNewlines();
            }
            Token first = null;
            Value single = null;
            boolean compound = false;
            boolean expectOperand = true;
            int pendingConditionals = 0;
            while (true) {
                Token token = peek();
                if (token.type() == Type.NEWLINE) {
                    if (!newlines || expectOperand && first != null) {
                        next();
                        continue;
                    }
                    break;
                }
                if (expectOperand) {
                    if (token.is("!") || token.is("-")) {
                        first = first == null ? token : first;
                        compound = true;
                        next();
                        continue;
                    }
                    Value operand = operand();
                    if (operand == null) {
                        break;
                    }
                    compound |= first != null;
                    first = first == null ? token : first;
                    single = operand;
                    expectOperand = false;
                } else if (token.is(".")) {
                    next();
                    Token member = next();
                    if (member.type() != Type.IDENT && member.type() != Type.NUMBER && !member.is("*")) {
                        throw fail(member, "expected a name after '.', found " + member.describe());
                    }
                    compound = true;
                } else if (token.is("[")) {
                    index(next());
                    compound = true;
                } else if (token.type() == Type.PUNCT && BINARY.contains(token.text()) || token.is("?")
                        || token.is(":") && pendingConditionals > 0) {
                    pendingConditionals += token.is("?") ? 1 : token.is(":") ? -1 : 0;
                    next();
                    compound = true;
                    expectOperand = true;
                } else {
                    break;
                }
            }
            Token stop = peek();
            if (first == null) {
                throw fail(stop, "expected a value, found " + stop.describe());
            }
            if (expectOperand) {
                throw fail(stop, "expected a value after the operator, found " + stop.describe());
            }
            if (pendingConditionals > 0) {
                throw fail(stop, "expected ':' of the conditional, found " + stop.describe());
            }
            if (compound) {
                Location at = file.location(first.offset());
                return Value.of(Kind.OTHER, null, at.line(), at.column());
            }
            return single;
        }

        /** A primary expression at the current token, or null when the token cannot start one. */
        private Value operand() throws ExtractionException {
            Token token = peek();
            Location at = file.location(token.offset());
            switch (token.type()) {
                case STRING -> {
                    next();
                    templates(token);
                    return token.literal() == null ? Value.of(Kind.OTHER, null, at.line(), at.column())
                            : Value.of(Kind.STRING, token.literal(), at.line(), at.column());
                }
                case NUMBER -> {
                    next();
                    return Value.of(Kind.NUMBER, token.text(), at.line(), at.column());
                }
                case IDENT -> {
                    next();
                    if (peek().is("(")) {
                        call(next());
                        return Value.of(Kind.OTHER, null, at.line(), at.column());
                    }
                    Kind kind = switch (token.text()) {
                        case "true", "false" -> Kind.BOOL;
                        case "null" -> Kind.NULL;
                        default -> Kind.NAME;
                    };
                    return Value.of(kind, token.text(), at.line(), at.column());
                }
                case PUNCT -> {
                    if (token.is("(")) {
                        next();
                        enter(token);
                        expression(false);
                        close(token, ")");
                        leave();
                        return Value.of(Kind.OTHER, null, at.line(), at.column());
                    }
                    if (token.is("[")) {
                        next();
                        enter(token);
                        if (startsFor()) {
                            loose(token, "]");
                        } else {
                            sequence(token, "]", false);
                        }
                        leave();
                        return Value.of(Kind.OTHER, null, at.line(), at.column());
                    }
                    if (token.is("{")) {
                        next();
                        enter(token);
                        Value value;
                        if (startsFor()) {
                            loose(token, "}");
                            value = Value.of(Kind.OTHER, null, at.line(), at.column());
                        } else {
                            value = new Value(Kind.OBJECT, null, at.line(), at.column(), object(token));
                        }
                        leave();
                        return value;
                    }
                    return null;
                }
                default -> {
                    return null;
                }
            }
        }

        private boolean startsFor() {
            int i = index;
            while (tokens.get(i).type() == Type.NEWLINE) {
                i++;
            }
            return tokens.get(i).isIdent("for") && tokens.get(i + 1).type() == Type.IDENT;
        }

        private void index(Token open) throws ExtractionException {
            enter(open);
            skipNewlines();
            if (peek().is("*")) {
                next();
            } else {
                expression(false);
            }
            close(open, "]");
            leave();
        }

        private void call(Token open) throws ExtractionException {
            enter(open);
            sequence(open, ")", true);
            leave();
        }

        /** Comma-separated expressions up to {@code closer}: a tuple's items or a call's arguments. */
        private void sequence(Token open, String closer, boolean arguments) throws ExtractionException {
            while (true) {
                skipNewlines();
                if (peek().is(closer)) {
                    next();
                    return;
                }
                unclosed(open, closer);
                expression(false);
                skipNewlines();
                if (arguments && peek().is("...")) {
                    next();
                    skipNewlines();
                }
                Token token = peek();
                if (token.is(",")) {
                    next();
                } else if (!token.is(closer)) {
                    unclosed(open, closer);
                    throw fail(token, "expected ',' or '" + closer + "', found " + token.describe());
                }
            }
        }

        private List<Attribute> object(Token open) throws ExtractionException {
            List<Attribute> entries = new ArrayList<>();
            while (true) {
                skipNewlines();
                if (peek().is("}")) {
                    next();
                    return entries;
                }
                unclosed(open, "}");
                Value key = expression(true);
                Token separator = peek();
                if (!separator.is("=") && !separator.is(":")) {
                    unclosed(open, "}");
                    throw fail(separator, "expected '=' after the object key, found " + separator.describe());
                }
                next();
                Value value = expression(true);
                if (key.kind() == Kind.NAME || key.kind() == Kind.STRING) {
                    entries.add(new Attribute(key.text(), key.line(), key.column(), value));
                }
                Token after = peek();
                if (after.is(",")) {
                    next();
                } else if (after.type() != Type.NEWLINE && !after.is("}")) {
                    unclosed(open, "}");
                    throw fail(after, "expected ',' or a new line after the object item, found "
                            + after.describe());
                }
            }
        }

        /** A {@code for} expression: only balanced, its strings and nested brackets read as everywhere else. */
        private void loose(Token open, String closer) throws ExtractionException {
            while (true) {
                Token token = peek();
                unclosed(open, closer);
                if (token.is(closer)) {
                    next();
                    return;
                }
                if (token.is(")") || token.is("]") || token.is("}")) {
                    throw fail(token, "unexpected " + token.describe() + " before '" + closer + "'");
                }
                if (token.type() == Type.STRING || token.type() == Type.IDENT || token.is("(") || token.is("[")
                        || token.is("{")) {
                    operand();
                } else {
                    next();
                }
            }
        }

        private void close(Token open, String closer) throws ExtractionException {
            skipNewlines();
            Token token = peek();
            if (token.is(closer)) {
                next();
                return;
            }
            unclosed(open, closer);
            throw fail(token, "expected '" + closer + "', found " + token.describe());
        }

        private void unclosed(Token open, String closer) throws ExtractionException {
            if (peek().type() == Type.EOF) {
                throw fail(open, "'" + open.text() + "' is never closed by '" + closer + "'");
            }
        }

        /** Checks each interpolation and directive of a string: an expression, or a balanced directive. */
        private void templates(Token string) throws ExtractionException {
            for (Template part : string.parts()) {
                Parser inner = new Parser(file, part.tokens(), depth + 1);
                inner.template(part);
            }
        }

        private void template(Template part) throws ExtractionException {
            if (depth > MAX_DEPTH) {
                throw error(file, part.offset(), "templates nested deeper than " + MAX_DEPTH + " levels");
            }
            skipNewlines();
            if (peek().is("~")) {
                next();
            }
            if (part.directive()) {
                while (peek().type() != Type.EOF) {
                    Token token = peek();
                    if (token.type() == Type.STRING || token.type() == Type.IDENT || token.is("(") || token.is("[")
                            || token.is("{")) {
                        operand();
                    } else if (token.is(")") || token.is("]") || token.is("}")) {
                        throw fail(token, "unexpected " + token.describe() + " in a template directive");
                    } else {
                        next();
                    }
                }
                return;
            }
            expression(false);
            skipNewlines();
            if (peek().is("~")) {
                next();
            }
            skipNewlines();
            Token end = peek();
            if (end.type() != Type.EOF) {
                throw fail(end, "expected '}' to end the interpolation, found " + end.describe());
            }
        }
    }
}
