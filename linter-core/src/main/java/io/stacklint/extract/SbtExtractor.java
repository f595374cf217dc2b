package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads sbt build definitions ({@code build.sbt}, other {@code *.sbt}, and the meta-build's
 * {@code project/plugins.sbt}, {@code project/*.sbt}) without evaluating them: the file is tokenised as Scala
 * (strings, nested comments, brackets) and module ids {@code "g" % "a" % "v"} ({@code %%} and {@code %%%} too,
 * whose artifact is named without its Scala suffix) are read where they are dependencies. A configuration
 * {@code % Test}/{@code "test"}/{@code "it"} gives TEST, {@code Provided} PROVIDED, {@code Optional} OPTIONAL;
 * {@code addSbtPlugin}, {@code compilerPlugin} and everything of the meta-build in {@code project/} are BUILD.
 * {@code dependencyOverrides}, {@code excludeDependencies} and {@code mimaPreviousArtifacts} name modules without
 * using them and give nothing. {@code scalaVersion := "2.13.12"} is the Scala runtime. Simple string constants
 * ({@code val v = "1"}, {@code lazy val}, also inside an {@code object}, by their last name segment) resolve;
 * a version that is another expression stays as written.
 */
public final class SbtExtractor implements Extractor {

    private static final String MAVEN = "maven";
    private static final Set<String> NOT_USAGE = Set.of("dependencyOverrides", "excludeDependencies",
            "libraryDependencySchemes", "mimaPreviousArtifacts", "evictionErrorLevel");
    private static final Set<String> BUILD_CALLS = Set.of("addSbtPlugin", "addCompilerPlugin", "compilerPlugin");
    private static final Set<String> ASSIGNMENTS = Set.of("=", ":=", "+=", "++=", "-=", "--=", "~=", "<<=", "<+=",
            "<++=");

    @Override
    public String id() {
        return "sbt";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".sbt") && path.length() > path.lastIndexOf('/') + 1 + ".sbt".length();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        List<Token> tokens = new Lexer(file.text()).tokens(file);
        boolean metaBuild = file.path().equals("project/" + file.name())
                || file.path().endsWith("/project/" + file.name());
        return new Reader(file, tokens, metaBuild).read();
    }

    // ---------------------------------------------------------------------------------------------------------

    private enum Type { STRING, INTERPOLATED, IDENT, OP, OPEN, CLOSE, COMMA, DOT, SEMI, OTHER }

    /** One token; {@code lineStart} when only whitespace or comments precede it on its line. */
    private record Token(Type type, String text, int offset, boolean lineStart) {

        boolean is(Type expected, String value) {
            return type == expected && text.equals(value);
        }
    }

    /** Scala lexing, as far as a build definition needs it. */
    private static final class Lexer {

        private static final String OP_CHARS = "!#%&*+-/:<=>?@\\^|~";

        private final String text;
        private int pos;
        private boolean lineStart = true;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens(SourceFile file) throws ExtractionException {
            List<Token> tokens = new ArrayList<>();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                int start = pos;
                if (c == '\n') {
                    lineStart = true;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (text.startsWith("//", pos)) {
                    int end = text.indexOf('\n', pos);
                    pos = end < 0 ? text.length() : end;
                } else if (text.startsWith("/*", pos)) {
                    blockComment(file);
                } else if (c == '"') {
                    tokens.add(token(Type.STRING, string(file, start), start));
                } else if (isIdentStart(c)) {
                    while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                        pos++;
                    }
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        // s"...", f"...", raw"...": an interpolated string is not a literal
                        string(file, pos);
                        tokens.add(token(Type.INTERPOLATED, text.substring(start, pos), start));
                    } else {
                        tokens.add(token(Type.IDENT, text.substring(start, pos), start));
                    }
                } else if (c == '`') {
                    int end = text.indexOf('`', pos + 1);
                    int newline = text.indexOf('\n', pos + 1);
                    if (end < 0 || (newline >= 0 && newline < end)) {
                        throw error(file, start, "unclosed back-quoted identifier");
                    }
                    pos = end + 1;
                    tokens.add(token(Type.IDENT, text.substring(start + 1, end), start));
                } else if (c == '\'') {
                    charOrSymbol();
                    tokens.add(token(Type.OTHER, text.substring(start, pos), start));
                } else if (c == '(' || c == '[' || c == '{') {
                    pos++;
                    tokens.add(token(Type.OPEN, String.valueOf(c), start));
                } else if (c == ')' || c == ']' || c == '}') {
                    pos++;
                    tokens.add(token(Type.CLOSE, String.valueOf(c), start));
                } else if (c == ',') {
                    pos++;
                    tokens.add(token(Type.COMMA, ",", start));
                } else if (c == ';') {
                    pos++;
                    tokens.add(token(Type.SEMI, ";", start));
                } else if (c == '.' && !(pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
                    pos++;
                    tokens.add(token(Type.DOT, ".", start));
                } else if (OP_CHARS.indexOf(c) >= 0) {
                    while (pos < text.length() && OP_CHARS.indexOf(text.charAt(pos)) >= 0
                            && !text.startsWith("//", pos) && !text.startsWith("/*", pos)) {
                        pos++;
                    }
                    tokens.add(token(Type.OP, text.substring(start, pos), start));
                } else {
                    pos++;
                    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
                            || text.charAt(pos) == '.')) {
                        pos++;
                    }
                    tokens.add(token(Type.OTHER, text.substring(start, pos), start));
                }
            }
            return tokens;
        }

        private Token token(Type type, String value, int start) {
            Token token = new Token(type, value, start, lineStart);
            lineStart = false;
            return token;
        }

        /** Scala block comments nest. */
        private void blockComment(SourceFile file) throws ExtractionException {
            int start = pos;
            int depth = 0;
            while (pos < text.length()) {
                if (text.startsWith("/*", pos)) {
                    depth++;
                    pos += 2;
                } else if (text.startsWith("*/", pos)) {
                    depth--;
                    pos += 2;
                    if (depth == 0) {
                        return;
                    }
                } else {
                    pos++;
                }
            }
            throw error(file, start, "unclosed block comment");
        }

        /** Reads a string starting at {@code start} (its opening quote); returns its content. */
        private String string(SourceFile file, int start) throws ExtractionException {
            if (text.startsWith("\"\"\"", start)) {
                int end = text.indexOf("\"\"\"", start + 3);
                if (end < 0) {
                    throw error(file, start, "unclosed triple-quoted string");
                }
                while (end + 3 < text.length() && text.charAt(end + 3) == '"') {
                    end++;
                }
                pos = end + 3;
                return text.substring(start + 3, end);
            }
            StringBuilder value = new StringBuilder();
            int i = start + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"') {
                    pos = i + 1;
                    return value.toString();
                }
                if (c == '\n') {
                    break;
                }
                if (c == '\\' && i + 1 < text.length()) {
                    value.append(c).append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                value.append(c);
                i++;
            }
            throw error(file, start, "unclosed string literal");
        }

        /** {@code 'c'}, {@code '\n'} or a Scala 2 symbol {@code 'name}. */
        private void charOrSymbol() {
            if (pos + 2 < text.length() && text.charAt(pos + 1) == '\\') {
                int end = text.indexOf('\'', pos + 2);
                pos = end < 0 || end > pos + 8 ? pos + 1 : end + 1;
            } else if (pos + 2 < text.length() && text.charAt(pos + 2) == '\'') {
                pos += 3;
            } else {
                pos++;
                while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                    pos++;
                }
            }
        }

        private static ExtractionException error(SourceFile file, int offset, String message)
                throws ExtractionException {
            var location = file.location(offset);
            return new ExtractionException(location.line(), location.column(), message);
        }

        private static boolean isIdentStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '$';
        }

        private static boolean isIdentPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A bracket level and the setting or call its current statement belongs to. */
    private static final class Frame {
        final String bracket;
        String key;

        Frame(String bracket, String key) {
            this.bracket = bracket;
            this.key = key;
        }
    }

    /** A value of a module id or setting: a literal, a resolved constant, or an expression as written. */
    private record Operand(String value, boolean known, int next) {
    }

    private static final class Reader {

        private final SourceFile file;
        private final List<Token> tokens;
        private final boolean metaBuild;
        private final Map<String, String> constants;
        private final List<Evidence> evidence = new ArrayList<>();

        Reader(SourceFile file, List<Token> tokens, boolean metaBuild) {
            this.file = file;
            this.tokens = tokens;
            this.metaBuild = metaBuild;
            this.constants = constants(tokens);
        }

        List<Evidence> read() throws ExtractionException {
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(new Frame("", null));
            int i = 0;
            while (i < tokens.size()) {
                Token token = tokens.get(i);
                Frame frame = frames.peek();
                if (statementStarts(i, frame)) {
                    frame.key = null;
                }
                switch (token.type()) {
                    case OPEN -> {
                        String call = i > 0 && tokens.get(i - 1).type() == Type.IDENT
                                && BUILD_CALLS.contains(tokens.get(i - 1).text()) ? tokens.get(i - 1).text() : null;
                        frames.push(new Frame(token.text(), call));
                        i++;
                    }
                    case CLOSE -> {
                        if (frames.size() > 1) {
                            frames.pop();
                        }
                        i++;
                    }
                    case COMMA -> {
                        if (!frame.bracket.equals("{") && !BUILD_CALLS.contains(String.valueOf(frame.key))) {
                            frame.key = null;
                        }
                        i++;
                    }
                    case SEMI -> {
                        frame.key = null;
                        i++;
                    }
                    case OP -> {
                        if (ASSIGNMENTS.contains(token.text())) {
                            frame.key = assignedKey(i);
                            if ("scalaVersion".equals(frame.key) && token.text().equals(":=")) {
                                scalaVersion(i + 1);
                            }
                        }
                        i++;
                    }
                    case STRING, IDENT -> i = moduleId(i, frames);
                    default -> i++;
                }
            }
            return List.copyOf(evidence);
        }

        /**
         * Outside parentheses, statements end at a line end, unless the line before ends with or the new line
         * starts with something that continues an expression.
         */
        private boolean statementStarts(int i, Frame frame) {
            if (i == 0 || frame.bracket.equals("(") || frame.bracket.equals("[") || !tokens.get(i).lineStart()) {
                return false;
            }
            Token previous = tokens.get(i - 1);
            Token current = tokens.get(i);
            boolean continues = previous.type() == Type.OP || previous.type() == Type.DOT
                    || previous.type() == Type.COMMA || previous.type() == Type.OPEN
                    || current.type() == Type.OP || current.type() == Type.DOT || current.type() == Type.CLOSE;
            return !continues;
        }

        /** The setting or value an assignment operator at {@code i} assigns. */
        private String assignedKey(int i) {
            if (i == 0) {
                return null; // a file that starts with `=` assigns nothing (found by fuzzing)
            }
            if (tokens.get(i).text().equals("=")) {
                // `val name: Type =`, looked for within the statement's first line
                for (int back = i - 1; back >= 0; back--) {
                    Token token = tokens.get(back);
                    if (token.type() == Type.IDENT && (token.text().equals("val") || token.text().equals("var")
                            || token.text().equals("def")) && back + 1 < i) {
                        return tokens.get(back + 1).text();
                    }
                    if (token.lineStart()) {
                        break;
                    }
                }
            }
            Token before = tokens.get(i - 1);
            // `key in Test :=` (sbt 0.13 scoping): the key is before `in`
            if (i >= 3 && tokens.get(i - 2).is(Type.IDENT, "in") && tokens.get(i - 3).type() == Type.IDENT) {
                return tokens.get(i - 3).text();
            }
            return before.type() == Type.IDENT ? before.text() : null;
        }

        private void scalaVersion(int i) throws ExtractionException {
            Operand version = operand(i);
            if (version == null || !version.known() || !statementEndsAt(version.next())) {
                return;
            }
            evidence.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "scala", version.value(),
                    file.location(tokens.get(i).offset()), "scala " + version.value(), Scope.RUNTIME, List.of()));
        }

        private boolean statementEndsAt(int i) {
            if (i >= tokens.size()) {
                return true;
            }
            Token next = tokens.get(i);
            return next.lineStart() && next.type() != Type.OP && next.type() != Type.DOT
                    || next.type() == Type.COMMA || next.type() == Type.CLOSE || next.type() == Type.SEMI;
        }

        /** Reads {@code g % a % v [% config]} at {@code i} when it is there; returns the next index to read. */
        private int moduleId(int i, Deque<Frame> frames) throws ExtractionException {
            if (i > 0 && tokens.get(i - 1).type() == Type.OP && tokens.get(i - 1).text().startsWith("%")) {
                return i + 1;
            }
            Operand group = operand(i);
            if (group == null || !percent(group.next(), "%", "%%", "%%%")) {
                return i + 1;
            }
            Operand artifact = operand(group.next() + 1);
            if (artifact == null || !percent(artifact.next(), "%")) {
                return i + 1;
            }
            Operand version = operand(artifact.next() + 1);
            if (version == null) {
                return i + 1;
            }
            int next = version.next();
            String configuration = null;
            if (percent(next, "%")) {
                Operand config = operand(next + 1);
                if (config != null) {
                    configuration = config.value();
                    next = config.next();
                }
            }
            String key = effectiveKey(frames);
            if (!group.known() || !artifact.known() || NOT_USAGE.contains(key)) {
                return next;
            }
            Scope scope = metaBuild || BUILD_CALLS.contains(key) ? Scope.BUILD : scopeOf(configuration);
            String name = group.value() + ":" + artifact.value();
            String versionValue = version.value();
            evidence.add(Evidence.ofPackage(MAVEN, name, versionValue, file.location(tokens.get(i).offset()),
                    versionValue == null ? name : name + ":" + versionValue, scope));
            return next;
        }

        private static String effectiveKey(Deque<Frame> frames) {
            for (Frame frame : frames) {
                if (frame.key != null) {
                    return frame.key;
                }
            }
            return "";
        }

        private boolean percent(int i, String... operators) {
            if (i >= tokens.size() || tokens.get(i).type() != Type.OP) {
                return false;
            }
            for (String operator : operators) {
                if (tokens.get(i).text().equals(operator)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A string literal, or a dotted name (resolved when it is a known string constant). Anything else, such as
         * a parenthesised expression, is null.
         */
        private Operand operand(int i) {
            if (i >= tokens.size()) {
                return null;
            }
            Token token = tokens.get(i);
            if (token.type() == Type.STRING) {
                return new Operand(token.text(), true, i + 1);
            }
            if (token.type() != Type.IDENT) {
                return null;
            }
            if (token.text().equals("_")) {
                // a function's placeholder (`scalaVersion("org.scala-lang" % "scala-compiler" % _)`): no value
                return new Operand(null, false, i + 1);
            }
            StringBuilder name = new StringBuilder(token.text());
            String last = token.text();
            int next = i + 1;
            while (next + 1 < tokens.size() && tokens.get(next).type() == Type.DOT
                    && tokens.get(next + 1).type() == Type.IDENT) {
                last = tokens.get(next + 1).text();
                name.append('.').append(last);
                next += 2;
            }
            if (next < tokens.size() && tokens.get(next).type() == Type.OPEN
                    && tokens.get(next).text().equals("(")) {
                return null;
            }
            String constant = constants.get(last);
            return constant != null ? new Operand(constant, true, next) : new Operand(name.toString(), false, next);
        }

        private static Scope scopeOf(String configuration) {
            if (configuration == null) {
                return Scope.RUNTIME;
            }
            // "test->test;compile->compile" maps configurations: the first one is this project's
            // limit -1 keeps empty parts, so a hostile "->" or ";" still has a first one (found by fuzzing)
            String first = configuration.split("[;,]", -1)[0].split("->", -1)[0].strip();
            int dot = first.lastIndexOf('.');
            String name = (dot >= 0 ? first.substring(dot + 1) : first).toLowerCase(Locale.ROOT);
            return switch (name) {
                case "test", "it", "integrationtest" -> Scope.TEST;
                case "provided" -> Scope.PROVIDED;
                case "optional" -> Scope.OPTIONAL;
                default -> Scope.RUNTIME;
            };
        }

        /**
         * {@code val name = "literal"} (also lazy, final, typed) anywhere in the file; a name given two different
         * values is ambiguous and resolves to nothing.
         */
        private static Map<String, String> constants(List<Token> tokens) {
            Map<String, String> values = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if (!tokens.get(i).is(Type.IDENT, "val") || tokens.get(i + 1).type() != Type.IDENT) {
                    continue;
                }
                String name = tokens.get(i + 1).text();
                int equals = i + 2;
                if (tokens.get(equals).is(Type.OP, ":") && equals + 1 < tokens.size()
                        && tokens.get(equals + 1).is(Type.IDENT, "String")) {
                    equals += 2;
                }
                if (equals + 1 >= tokens.size() || !tokens.get(equals).is(Type.OP, "=")
                        || tokens.get(equals + 1).type() != Type.STRING) {
                    continue;
                }
                int after = equals + 2;
                boolean alone = after >= tokens.size() || tokens.get(after).lineStart()
                        || tokens.get(after).type() == Type.SEMI || tokens.get(after).type() == Type.CLOSE;
                if (!alone) {
                    continue;
                }
                String value = tokens.get(equals + 1).text();
                String previous = values.putIfAbsent(name, value);
                if (previous != null && !previous.equals(value)) {
                    ambiguous.add(name);
                }
            }
            ambiguous.forEach(values::remove);
            return values;
        }
    }
}
