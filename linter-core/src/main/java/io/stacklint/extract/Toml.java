package io.stacklint.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * TOML 1.0 read into a tree that keeps where every key and value starts, for the manifests that need exact lines
 * (pyproject.toml, Cargo.toml, Pipfile, Gradle version catalogs). Jackson's TOML module builds its tree without
 * locations, hence this small reader. Values are read, never interpreted: numbers and dates keep their text.
 */
public final class Toml {

    // compiled once: an unquoted value is tested against them, and a lockfile has thousands of values
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?(0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+)");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(inf|nan|[0-9_]+(\\.[0-9_]+)?([eE][+-]?[0-9_]+)?)");
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([Tt ].*)?|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

    /** Deep enough for any real manifest; deep enough nesting is otherwise a way to exhaust the stack. */
    private static final int MAX_DEPTH = 64;

    private final SourceFile file;
    private final String text;
    private int pos;
    private int depth;

    private Toml(SourceFile file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Reads a whole TOML document.
     *
     * @throws ExtractionException on a syntax error or a key defined twice, at the offending character
     */
    public static Table parse(SourceFile file) throws ExtractionException {
        Toml reader = new Toml(file, file.text());
        return reader.document();
    }

    /** What a value is; scalars other than strings keep their text as written. */
    public enum Kind {
        STRING, INTEGER, FLOAT, BOOLEAN, DATETIME, ARRAY, TABLE
    }

    /** A key and its value, with the 1-based position of the key's first character. */
    public record Entry(String key, int line, int column, Value value) {
    }

    /**
     * A value with the 1-based position of its first character. {@code content} is a String for scalars (the
     * decoded text of a string, the written text of anything else), a {@code List<Value>} for arrays and a
     * {@link Table} for tables.
     */
    public record Value(Kind kind, Object content, int line, int column) {

        /** The text of a string value. */
        public Optional<String> string() {
            return kind == Kind.STRING ? Optional.of((String) content) : Optional.empty();
        }

        /** The value as a table (inline, or a section of the document). */
        public Optional<Table> table() {
            return kind == Kind.TABLE ? Optional.of((Table) content) : Optional.empty();
        }

        /** The items of an array (an array of tables too); empty for anything else. */
        @SuppressWarnings("unchecked")
        public List<Value> items() {
            return kind == Kind.ARRAY ? Collections.unmodifiableList((List<Value>) content) : List.of();
        }

        /** True for the boolean {@code true}. */
        public boolean isTrue() {
            return kind == Kind.BOOLEAN && "true".equals(content);
        }
    }

    /** A table: its entries in file order, and where it was opened. */
    public static final class Table {

        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private final int line;
        private final int column;
        private boolean headed;
        private boolean inline;

        Table(int line, int column) {
            this.line = line;
            this.column = column;
        }

        /** The entries in the order their keys first appear. */
        public List<Entry> entries() {
            return List.copyOf(entries.values());
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public Optional<Value> get(String key) {
            return entry(key).map(Entry::value);
        }

        /** The sub-table under a path of keys ({@code table("tool", "poetry", "dependencies")}). */
        public Optional<Table> table(String... path) {
            Table current = this;
            for (String key : path) {
                Optional<Table> next = current.get(key).flatMap(Value::table);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                current = next.get();
            }
            return Optional.of(current);
        }

        /** The text of a string entry. */
        public Optional<String> string(String key) {
            return get(key).flatMap(Value::string);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private Table document() throws ExtractionException {
        Table root = new Table(1, 1);
        root.headed = true;
        Table current = root;
        while (true) {
            skipBlankAndComments();
            if (atEnd()) {
                return root;
            }
            if (peek() == '[') {
                current = header(root);
            } else {
                keyValue(current);
            }
            endOfLine();
        }
    }

    private Table header(Table root) throws ExtractionException {
        int start = pos;
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        List<Key> keys = keys();
        expect(array ? "]]" : "]");
        Table table = root;
        for (int i = 0; i < keys.size() - 1; i++) {
            table = descend(table, keys.get(i), true);
        }
        Key last = keys.get(keys.size() - 1);
        int[] at = position(start);
        Entry existing = table.entries.get(last.name());
        if (array) {
            Table element = new Table(at[0], at[1]);
            element.headed = true;
            if (existing == null) {
                List<Value> items = new ArrayList<>();
                items.add(new Value(Kind.TABLE, element, at[0], at[1]));
                table.entries.put(last.name(), new Entry(last.name(), last.line(), last.column(),
                        new Value(Kind.ARRAY, items, at[0], at[1])));
            } else if (existing.value().kind() == Kind.ARRAY && existing.value().content() instanceof ArrayList<?>
                    && isArrayOfTables(existing.value())) {
                arrayContent(existing.value()).add(new Value(Kind.TABLE, element, at[0], at[1]));
            } else {
                throw error(start, "'" + last.name() + "' is already defined and is not an array of tables");
            }
            return element;
        }
        if (existing == null) {
            Table created = new Table(at[0], at[1]);
            created.headed = true;
            table.entries.put(last.name(), new Entry(last.name(), last.line(), last.column(),
                    new Value(Kind.TABLE, created, at[0], at[1])));
            return created;
        }
        Optional<Table> implicit = existing.value().table();
        if (implicit.isEmpty() || implicit.get().headed || implicit.get().inline) {
            throw error(start, "table '" + last.name() + "' is defined twice");
        }
        implicit.get().headed = true;
        return implicit.get();
    }

    private void keyValue(Table table) throws ExtractionException {
        List<Key> keys = keys();
        skipSpaces();
        expect("=");
        skipSpaces();
        Value value = value();
        Table target = table;
        for (int i = 0; i < keys.size() - 1; i++) {
            target = descend(target, keys.get(i), false);
        }
        Key last = keys.get(keys.size() - 1);
        if (target.entries.containsKey(last.name())) {
            throw error(last.offset(), "key '" + last.name() + "' is defined twice");
        }
        target.entries.put(last.name(), new Entry(last.name(), last.line(), last.column(), value));
    }

    /** The table under a key, created when missing; through an array of tables, its last element. */
    private Table descend(Table table, Key key, boolean forHeader) throws ExtractionException {
        Entry existing = table.entries.get(key.name());
        if (existing == null) {
            Table created = new Table(key.line(), key.column());
            table.entries.put(key.name(), new Entry(key.name(), key.line(), key.column(),
                    new Value(Kind.TABLE, created, key.line(), key.column())));
            return created;
        }
        Value value = existing.value();
        if (value.kind() == Kind.TABLE && !((Table) value.content()).inline) {
            return (Table) value.content();
        }
        if (forHeader && isArrayOfTables(value)) {
            List<Value> items = arrayContent(value);
            return (Table) items.get(items.size() - 1).content();
        }
        throw error(key.offset(), "'" + key.name() + "' is already defined as a value");
    }

    private static boolean isArrayOfTables(Value value) {
        return value.kind() == Kind.ARRAY && value.content() instanceof ArrayList<?> items && !items.isEmpty()
                && value.items().stream().allMatch(item -> item.kind() == Kind.TABLE
                        && ((Table) item.content()).headed);
    }

    @SuppressWarnings("unchecked")
    private static List<Value> arrayContent(Value value) {
        return (List<Value>) value.content();
    }

    private record Key(String name, int offset, int line, int column) {
    }

    private List<Key> keys() throws ExtractionException {
        List<Key> keys = new ArrayList<>();
        while (true) {
            skipSpaces();
            int start = pos;
            String name;
            if (atEnd()) {
                throw error(pos, "expected a key");
            } else if (peek() == '"') {
                name = basicString();
            } else if (peek() == '\'') {
                name = literalString();
            } else {
                while (!atEnd() && isBareKeyChar(peek())) {
                    pos++;
                }
                if (pos == start) {
                    throw error(start, "expected a key");
                }
                name = text.substring(start, pos);
            }
            int[] at = position(start);
            keys.add(new Key(name, start, at[0], at[1]));
            skipSpaces();
            if (atEnd() || peek() != '.') {
                return keys;
            }
            pos++;
        }
    }

    private Value value() throws ExtractionException {
        if (atEnd()) {
            throw error(pos, "expected a value");
        }
        int start = pos;
        int[] at = position(start);
        char c = peek();
        if (c == '"') {
            return new Value(Kind.STRING, text.startsWith("\"\"\"", pos) ? multilineBasicString() : basicString(),
                    at[0], at[1]);
        }
        if (c == '\'') {
            return new Value(Kind.STRING, text.startsWith("'''", pos) ? multilineLiteralString() : literalString(),
                    at[0], at[1]);
        }
        if (c == '[') {
            return nested(() -> array(at));
        }
        if (c == '{') {
            return nested(() -> inlineTable(at));
        }
        return scalar(start, at);
    }

    private interface ValueReader {
        Value read() throws ExtractionException;
    }

    private Value nested(ValueReader reader) throws ExtractionException {
        if (++depth > MAX_DEPTH) {
            throw error(pos, "nested deeper than " + MAX_DEPTH + " levels");
        }
        try {
            return reader.read();
        } finally {
            depth--;
        }
    }

    private Value array(int[] at) throws ExtractionException {
        pos++;
        List<Value> items = new ArrayList<>();
        while (true) {
            skipBlankAndComments();
            if (atEnd()) {
                throw error(pos, "unclosed array");
            }
            if (peek() == ']') {
                pos++;
                return new Value(Kind.ARRAY, items, at[0], at[1]);
            }
            items.add(value());
            skipBlankAndComments();
            if (!atEnd() && peek() == ',') {
                pos++;
            } else if (atEnd() || peek() != ']') {
                throw error(pos, "expected ',' or ']' in an array");
            }
        }
    }

    private Value inlineTable(int[] at) throws ExtractionException {
        pos++;
        Table table = new Table(at[0], at[1]);
        skipSpaces();
        if (!atEnd() && peek() == '}') {
            pos++;
            table.inline = true;
            return new Value(Kind.TABLE, table, at[0], at[1]);
        }
        while (true) {
            keyValue(table);
            skipSpaces();
            if (atEnd()) {
                throw error(pos, "unclosed inline table");
            }
            char c = peek();
            pos++;
            if (c == '}') {
                table.inline = true;
                freeze(table);
                return new Value(Kind.TABLE, table, at[0], at[1]);
            }
            if (c != ',') {
                throw error(pos - 1, "expected ',' or '}' in an inline table");
            }
        }
    }

    /** Tables made by dotted keys inside an inline table are as closed as the inline table itself. */
    private static void freeze(Table table) {
        for (Entry entry : table.entries.values()) {
            entry.value().table().ifPresent(sub -> {
                sub.inline = true;
                freeze(sub);
            });
        }
    }

    private Value scalar(int start, int[] at) throws ExtractionException {
        while (!atEnd() && !isValueEnd(peek())) {
            pos++;
        }
        // a local date-time may separate date and time with one space
        if (pos - start == 10 && DATE.matcher(text.substring(start, pos)).matches()
                && text.startsWith(" ", pos) && pos + 3 < text.length()
                && TWO_DIGITS.matcher(text.substring(pos + 1, pos + 3)).matches()) {
            pos++;
            while (!atEnd() && !isValueEnd(peek())) {
                pos++;
            }
        }
        String raw = text.substring(start, pos);
        if (raw.isEmpty()) {
            throw error(start, "expected a value");
        }
        Kind kind;
        if (raw.equals("true") || raw.equals("false")) {
            kind = Kind.BOOLEAN;
        } else if (INTEGER.matcher(raw).matches()) {
            kind = Kind.INTEGER;
        } else if (FLOAT.matcher(raw).matches()) {
            kind = Kind.FLOAT;
        } else if (DATETIME.matcher(raw).matches()) {
            kind = Kind.DATETIME;
        } else {
            throw error(start, "unexpected value '" + abbreviate(raw) + "' (strings need quotes)");
        }
        return new Value(kind, raw, at[0], at[1]);
    }

    private String basicString() throws ExtractionException {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd() || peek() == '\n') {
                throw error(start, "unclosed string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                out.append(c);
            }
        }
    }

    private String multilineBasicString() throws ExtractionException {
        int start = pos;
        pos += 3;
        skipOneNewline();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw error(start, "unclosed multi-line string");
            }
            if (text.startsWith("\"\"\"", pos)) {
                // up to two quotes may end the content right before the closing delimiter
                int quotes = 3;
                while (quotes < 5 && text.startsWith("\"", pos + quotes)) {
                    quotes++;
                }
                out.append("\"".repeat(quotes - 3));
                pos += quotes;
                return out.toString();
            }
            char c = text.charAt(pos++);
            if (c == '\\') {
                int after = pos;
                while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
                    after++;
                }
                if (after < text.length() && (text.charAt(after) == '\n' || text.startsWith("\r\n", after))) {
                    pos = after;
                    while (!atEnd() && Character.isWhitespace(peek())) {
                        pos++;
                    }
                } else {
                    escape(out);
                }
            } else {
                out.append(c);
            }
        }
    }

    private String literalString() throws ExtractionException {
        int start = pos;
        int end = pos + 1;
        while (end < text.length() && text.charAt(end) != '\'' && text.charAt(end) != '\n') {
            end++;
        }
        if (end >= text.length() || text.charAt(end) != '\'') {
            throw error(start, "unclosed string");
        }
        pos = end + 1;
        return text.substring(start + 1, end);
    }

    private String multilineLiteralString() throws ExtractionException {
        int start = pos;
        pos += 3;
        skipOneNewline();
        int end = text.indexOf("'''", pos);
        if (end < 0) {
            throw error(start, "unclosed multi-line string");
        }
        int quotes = 3;
        while (quotes < 5 && text.startsWith("'", end + quotes)) {
            quotes++;
        }
        String content = text.substring(pos, end) + "'".repeat(quotes - 3);
        pos = end + quotes;
        return content;
    }

    private void escape(StringBuilder out) throws ExtractionException {
        if (atEnd()) {
            throw error(pos, "unfinished escape");
        }
        char e = text.charAt(pos++);
        switch (e) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case 'e' -> out.append('\u001B');
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case 'u', 'U' -> {
                int length = e == 'u' ? 4 : 8;
                if (pos + length > text.length() || !HEX.matcher(text.substring(pos, pos + length)).matches()) {
                    throw error(pos - 2, "bad unicode escape");
                }
                int codePoint = (int) Long.parseLong(text.substring(pos, pos + length), 16);
                if (!Character.isValidCodePoint(codePoint)) {
                    throw error(pos - 2, "bad unicode escape");
                }
                out.appendCodePoint(codePoint);
                pos += length;
            }
            default -> throw error(pos - 2, "unknown escape '\\" + e + "'");
        }
    }

    private void skipOneNewline() {
        if (text.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (text.startsWith("\n", pos)) {
            pos++;
        }
    }

    private void skipSpaces() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
    }

    private void skipBlankAndComments() {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (!atEnd() && peek() != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private void endOfLine() throws ExtractionException {
        skipSpaces();
        if (!atEnd() && peek() == '#') {
            while (!atEnd() && peek() != '\n') {
                pos++;
            }
        }
        if (atEnd()) {
            return;
        }
        if (text.startsWith("\r\n", pos) || peek() == '\n') {
            skipOneNewline();
            return;
        }
        throw error(pos, "expected the end of the line");
    }

    private void expect(String token) throws ExtractionException {
        if (!text.startsWith(token, pos)) {
            throw error(pos, "expected '" + token + "'");
        }
        pos += token.length();
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private static boolean isValueEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' || c == '#';
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private int[] position(int offset) throws ExtractionException {
        var location = file.location(offset);
        return new int[] {location.line(), location.column()};
    }

    private ExtractionException error(int offset, String message) throws ExtractionException {
        int[] at = position(Math.min(offset, text.length()));
        return new ExtractionException(at[0], at[1], message);
    }

    private static String abbreviate(String raw) {
        return raw.length() > 30 ? raw.substring(0, 30) + "..." : raw;
    }
}
