package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Puppet manifests ({@code *.pp}): every class a manifest declares or includes is a puppet resource named as
 * the class, without a leading {@code ::}: resource-like declarations {@code class { 'mysql::server': ... }} (a
 * title array declares each), and the functions {@code include}, {@code contain} and {@code require} with bare or
 * quoted names, with or without parentheses. Class definitions ({@code class profile::db (...) {}}), the
 * {@code require =>} metaparameter, class references ({@code Class['x']}), comments, strings, heredocs and regular
 * expressions are nothing. A small lexer skips comments, strings, heredocs and regexes; names built by
 * interpolation or variables are not read.
 */
public final class PuppetManifestExtractor implements Extractor {

    private static final Pattern CLASS_NAME =
            Pattern.compile("(::)?[a-z][a-z0-9_]*(::[a-z][a-z0-9_]*)*");
    private static final Set<String> INCLUDE_FUNCTIONS = Set.of("include", "contain", "require");
    private static final Set<String> REGEX_AFTER = Set.of("=~", "!~", "(", ",", "[", "{", "node", "and", "or");

    @Override
    public String id() {
        return "puppet-manifest";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".pp") && path.length() > 3 && path.charAt(path.length() - 4) != '/';
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            List<Tok> tokens = new Lexer(file).run();
            List<Evidence> found = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Tok t = tokens.get(i);
                if (t.type() != Kind.WORD || (i > 0 && tokens.get(i - 1).isPunct("."))) {
                    continue;
                }
                if (t.text().equals("class")) {
                    declaration(file, tokens, i, found);
                } else if (INCLUDE_FUNCTIONS.contains(t.text())) {
                    includes(file, tokens, i, found);
                }
            }
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Puppet manifest: " + e.getClass().getSimpleName(), e);
        }
    }

    /** {@code class { 'name': ... }} or {@code class { ['a', 'b']: ... }}. */
    private static void declaration(SourceFile file, List<Tok> tokens, int at, List<Evidence> found)
            throws ExtractionException {
        if (!punctAt(tokens, at + 1, "{")) {
            return;
        }
        Tok title = at + 2 < tokens.size() ? tokens.get(at + 2) : null;
        if (title != null && title.type() == Kind.STRING && punctAt(tokens, at + 3, ":")) {
            add(file, tokens.get(at), title, found);
        } else if (title != null && title.isPunct("[")) {
            List<Tok> titles = new ArrayList<>();
            int i = at + 3;
            while (i < tokens.size() && tokens.get(i).type() == Kind.STRING) {
                titles.add(tokens.get(i));
                i += punctAt(tokens, i + 1, ",") ? 2 : 1;
            }
            if (punctAt(tokens, i, "]") && punctAt(tokens, i + 1, ":")) {
                for (Tok each : titles) {
                    add(file, each, each, found);
                }
            }
        }
    }

    /** {@code include a, b}, {@code contain('a')}, {@code require ::a}; not {@code require => Class['a']}. */
    private static void includes(SourceFile file, List<Tok> tokens, int at, List<Evidence> found)
            throws ExtractionException {
        int i = at + 1;
        boolean parenthesised = punctAt(tokens, i, "(");
        if (parenthesised) {
            i++;
        }
        List<Tok> names = new ArrayList<>();
        while (i < tokens.size() && (tokens.get(i).type() == Kind.STRING || tokens.get(i).type() == Kind.WORD)) {
            Tok name = tokens.get(i);
            names.add(name);
            if (punctAt(tokens, i + 1, ",")) {
                i += 2;
                continue;
            }
            boolean closed = parenthesised ? punctAt(tokens, i + 1, ")") : endsStatement(tokens, i + 1, name);
            if (!closed) {
                return;
            }
            break;
        }
        for (Tok name : names) {
            add(file, name == names.get(0) ? tokens.get(at) : name, name, found);
        }
    }

    /** After a bare include's last name: the end of the statement, not an operator or an attribute arrow. */
    private static boolean endsStatement(List<Tok> tokens, int i, Tok name) {
        if (i >= tokens.size()) {
            return true;
        }
        Tok next = tokens.get(i);
        return next.type() == Kind.WORD || next.type() == Kind.STRING || next.isPunct("}") || next.isPunct(";")
                || next.line() > name.line();
    }

    private static void add(SourceFile file, Tok start, Tok name, List<Evidence> found) throws ExtractionException {
        if ((name.type() == Kind.STRING && !name.plain()) || !CLASS_NAME.matcher(name.text()).matches()) {
            return;
        }
        String className = name.text().startsWith("::") ? name.text().substring(2) : name.text();
        Location where = file.location(start.offset());
        found.add(new Evidence(EvidenceKind.RESOURCE, "puppet", className, null, where, className, Scope.RUNTIME,
                List.of()));
    }

    private static boolean punctAt(List<Tok> tokens, int i, String text) {
        return i < tokens.size() && tokens.get(i).isPunct(text);
    }

    // ---------------------------------------------------------------------------------------------- lexer

    private enum Kind { WORD, STRING, PUNCT }

    /** A token; {@code plain} marks a string without interpolation or escapes, {@code line} its 0-based line. */
    private record Tok(Kind type, String text, int offset, int line, boolean plain) {

        boolean isPunct(String value) {
            return type == Kind.PUNCT && text.equals(value);
        }
    }

    /** Splits a manifest into words, strings and punctuation; comments, heredocs and regexes become nothing. */
    private static final class Lexer {

        private static final List<String> OPERATORS =
                List.of("=>", "+>", "->", "~>", "<-", "<~", "==", "!=", "=~", "!~", "<=", ">=", "<<", ">>", "::");

        private final SourceFile file;
        private final String s;
        private final List<Tok> tokens = new ArrayList<>();
        private final List<int[]> heredocs = new ArrayList<>();
        private final List<String> heredocTags = new ArrayList<>();
        private int pos;
        private int line;

        Lexer(SourceFile file) throws ExtractionException {
            this.file = file;
            this.s = file.text();
        }

        List<Tok> run() throws ExtractionException {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                int start = pos;
                if (c == '\n') {
                    pos++;
                    line++;
                    heredocBodies();
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (c == '#') {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == '/' && peek(1) == '*') {
                    int end = s.indexOf("*/", pos + 2);
                    if (end < 0) {
                        throw fail(start, "comment /* is never closed with */");
                    }
                    countLines(pos, end + 2);
                    pos = end + 2;
                } else if (c == '\'' || c == '"') {
                    string(c);
                } else if (c == '@' && peek(1) == '(') {
                    heredoc();
                } else if (c == '/' && regexExpected() && regex()) {
                    continue;
                } else if (c == '$' || c == '_' || Character.isLetterOrDigit(c)
                        || (c == ':' && peek(1) == ':' && isWordChar(peek(2)))) {
                    word();
                } else {
                    punct();
                }
            }
            if (!heredocs.isEmpty()) {
                throw fail(heredocs.get(0)[0], "heredoc @(" + heredocTags.get(0) + ") is never closed");
            }
            return tokens;
        }

        private void word() {
            int start = pos;
            if (s.charAt(pos) == '$') {
                pos++;
            }
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (isWordChar(c)) {
                    pos++;
                } else if (c == ':' && peek(1) == ':' && isWordChar(peek(2))) {
                    pos += 2;
                } else {
                    break;
                }
            }
            tokens.add(new Tok(Kind.WORD, s.substring(start, pos), start, line, false));
        }

        private void string(char quote) throws ExtractionException {
            int start = pos;
            int startLine = line;
            boolean plain = true;
            pos++;
            StringBuilder text = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw fail(start, "string is never closed");
                }
                char c = s.charAt(pos);
                if (c == quote) {
                    pos++;
                    break;
                }
                if (c == '\n') {
                    line++;
                }
                if (c == '\\' && pos + 1 < s.length()) {
                    plain = false;
                    text.append(c).append(s.charAt(pos + 1));
                    pos += 2;
                } else if (quote == '"' && c == '$') {
                    plain = false;
                    text.append(c);
                    pos++;
                    if (peek(0) == '{') {
                        interpolation(start);
                    }
                } else {
                    text.append(c);
                    pos++;
                }
            }
            tokens.add(new Tok(Kind.STRING, text.toString(), start, startLine, plain));
        }

        /** Skips {@code ${...}} code, nested braces and strings included. */
        private void interpolation(int stringStart) throws ExtractionException {
            int depth = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    pos++;
                    return;
                } else if (c == '\n') {
                    line++;
                } else if (c == '\'' || c == '"') {
                    int saved = tokens.size();
                    string(c);
                    tokens.subList(saved, tokens.size()).clear();
                    continue;
                }
                pos++;
            }
            throw fail(stringStart, "string is never closed");
        }

        /** {@code @(TAG)}, {@code @("TAG":json/n)}: the body runs from the next line to the line ending it. */
        private void heredoc() throws ExtractionException {
            int start = pos;
            int close = s.indexOf(')', pos);
            int eol = s.indexOf('\n', pos);
            if (close < 0 || (eol >= 0 && close > eol)) {
                throw fail(start, "heredoc @( is never closed with )");
            }
            String tag = s.substring(pos + 2, close);
            int cut = tag.indexOf(':');
            tag = cut >= 0 ? tag.substring(0, cut) : tag;
            cut = tag.indexOf('/');
            tag = (cut >= 0 ? tag.substring(0, cut) : tag).strip();
            if (tag.length() > 1 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            heredocs.add(new int[] {start});
            heredocTags.add(tag);
            tokens.add(new Tok(Kind.STRING, "", start, line, false));
            pos = close + 1;
        }

        private void heredocBodies() throws ExtractionException {
            for (int h = 0; h < heredocs.size(); h++) {
                String tag = heredocTags.get(h);
                boolean closed = false;
                while (pos < s.length() && !closed) {
                    int eol = s.indexOf('\n', pos);
                    int end = eol < 0 ? s.length() : eol;
                    String text = s.substring(pos, end).strip();
                    if (text.startsWith("|")) {
                        text = text.substring(1).strip();
                    }
                    if (text.startsWith("-")) {
                        text = text.substring(1).strip();
                    }
                    closed = text.equals(tag);
                    pos = eol < 0 ? s.length() : eol + 1;
                    if (eol >= 0) {
                        line++;
                    }
                }
                if (!closed) {
                    throw fail(heredocs.get(h)[0], "heredoc @(" + tag + ") is never closed");
                }
            }
            heredocs.clear();
            heredocTags.clear();
        }

        private boolean regexExpected() {
            if (tokens.isEmpty()) {
                return false;
            }
            Tok last = tokens.get(tokens.size() - 1);
            return last.type() != Kind.STRING && REGEX_AFTER.contains(last.text());
        }

        /** A regex literal closed on the same line: true when one was skipped. */
        private boolean regex() {
            int p = pos + 1;
            while (p < s.length() && s.charAt(p) != '\n') {
                char c = s.charAt(p);
                if (c == '\\') {
                    p += 2;
                } else if (c == '/') {
                    tokens.add(new Tok(Kind.STRING, s.substring(pos + 1, p), pos, line, false));
                    pos = p + 1;
                    return true;
                } else {
                    p++;
                }
            }
            return false;
        }

        private void punct() {
            int start = pos;
            for (String op : OPERATORS) {
                if (s.startsWith(op, pos)) {
                    pos += op.length();
                    tokens.add(new Tok(Kind.PUNCT, op, start, line, false));
                    return;
                }
            }
            pos++;
            tokens.add(new Tok(Kind.PUNCT, String.valueOf(s.charAt(start)), start, line, false));
        }

        private void countLines(int from, int to) {
            for (int i = from; i < to; i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
            }
        }

        private char peek(int ahead) {
            return pos + ahead < s.length() ? s.charAt(pos + ahead) : 0;
        }

        private static boolean isWordChar(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }

        private ExtractionException fail(int offset, String message) throws ExtractionException {
            Location where = file.location(offset);
            return new ExtractionException(where.line(), where.column(), message);
        }
    }
}
