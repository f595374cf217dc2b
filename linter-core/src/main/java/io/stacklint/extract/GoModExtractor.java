package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Go modules: {@code go.mod} and {@code go.work}.
 *
 * <p>go.mod: {@code go 1.21} is the go runtime with the version as written; {@code toolchain go1.21.3} is the go
 * runtime {@code 1.21.3}; every {@code require} (single line or block) is a go package with its version, in scope
 * RUNTIME, or TRANSITIVE when its line comment is {@code // indirect} (as the go command writes and reads it:
 * {@code indirect} alone or followed by {@code ;}); a {@code replace} whose target is a module with a version (not a
 * local directory) is a go package of the target module, RUNTIME, located at the target's path. {@code module},
 * {@code exclude}, {@code retract}, {@code tool}, {@code godebug} and unknown directives give nothing.
 * go.work: only the {@code go} directive (its {@code use} folders are modules read on their own).
 *
 * <p>The file is read with the go command's lexical rules: {@code //} comments, interpreted and raw quoted strings,
 * {@code verb ( ... )} blocks. Malformed lines of the directives read here, unterminated strings and unbalanced
 * blocks are refused, as the go command refuses them.
 */
public final class GoModExtractor implements Extractor {

    private static final String REQUIRE_USAGE = "usage: require module/path v1.2.3";
    private static final String REPLACE_USAGE =
            "usage: replace module/path [v1.2.3] => other/module v1.4 (or => ../local/directory)";

    @Override
    public String id() {
        return "go-mod";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("go.mod") || name.equals("go.work");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            boolean work = file.name().equals("go.work");
            List<Line> lines = new Lexer(file.text()).lines();
            return new Reader(file, work).read(lines);
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read " + file.name() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** A token of a line: its text (unquoted for strings) and 0-based offset; {@code punct} for ( ) [ ] { } , =>. */
    record Token(String text, int offset, boolean punct) {

        boolean is(String symbol) {
            return punct && text.equals(symbol);
        }
    }

    /** The tokens of one line and the text of its trailing {@code //} comment (null when none). */
    record Line(List<Token> tokens, String comment) {
    }

    /** Splits the text into lines of tokens, as golang.org/x/mod/modfile's lexer does. */
    private static final class Lexer {

        private final String text;
        private int pos;

        Lexer(String text) {
            this.text = text;
        }

        List<Line> lines() throws ExtractionException {
            List<Line> lines = new ArrayList<>();
            List<Token> tokens = new ArrayList<>();
            String comment = null;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    lines.add(new Line(List.copyOf(tokens), comment));
                    tokens.clear();
                    comment = null;
                    pos++;
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else if (text.startsWith("//", pos)) {
                    int end = lineEnd(pos);
                    comment = text.substring(pos + 2, end);
                    pos = end;
                } else if (text.startsWith("=>", pos)) {
                    tokens.add(new Token("=>", pos, true));
                    pos += 2;
                } else if ("()[]{},".indexOf(c) >= 0) {
                    tokens.add(new Token(String.valueOf(c), pos, true));
                    pos++;
                } else if (c == '"' || c == '`') {
                    tokens.add(quoted(c));
                } else {
                    int start = pos;
                    while (pos < text.length() && isIdent(text.charAt(pos)) && !text.startsWith("//", pos)
                            && !text.startsWith("=>", pos)) {
                        pos++;
                    }
                    tokens.add(new Token(text.substring(start, pos), start, false));
                }
            }
            lines.add(new Line(List.copyOf(tokens), comment));
            return lines;
        }

        private static boolean isIdent(char c) {
            return !Character.isWhitespace(c) && "()[]{},\"`".indexOf(c) < 0;
        }

        private int lineEnd(int from) {
            int end = text.indexOf('\n', from);
            return end < 0 ? text.length() : end;
        }

        private Token quoted(char quote) throws ExtractionException {
            int start = pos;
            StringBuilder value = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == quote) {
                    pos++;
                    return new Token(value.toString(), start, false);
                }
                if (c == '\n') {
                    break;
                }
                if (c == '\\' && quote == '"' && pos + 1 < text.length() && text.charAt(pos + 1) != '\n') {
                    value.append(text.charAt(pos + 1));
                    pos += 2;
                } else {
                    value.append(c);
                    pos++;
                }
            }
            throw error(start, "unterminated quoted string");
        }

        private ExtractionException error(int offset, String message) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return new ExtractionException(line, offset - lineStart + 1, message);
        }
    }

    /** Walks the lines, tracking the block a line belongs to. */
    private static final class Reader {

        private final SourceFile file;
        private final boolean work;
        private final List<Evidence> found = new ArrayList<>();

        Reader(SourceFile file, boolean work) {
            this.file = file;
            this.work = work;
        }

        List<Evidence> read(List<Line> lines) throws ExtractionException {
            Token block = null;
            for (Line line : lines) {
                List<Token> tokens = line.tokens();
                if (tokens.isEmpty()) {
                    continue;
                }
                Token first = tokens.get(0);
                if (block != null) {
                    if (first.is(")")) {
                        if (tokens.size() > 1) {
                            throw error(tokens.get(1), "unexpected " + tokens.get(1).text() + " after )");
                        }
                        block = null;
                    } else {
                        noParentheses(tokens);
                        directive(block.text(), tokens, line);
                    }
                    continue;
                }
                if (first.punct()) {
                    throw error(first, "unexpected " + first.text());
                }
                if (tokens.size() >= 2 && tokens.get(1).is("(")) {
                    if (tokens.size() == 3 && tokens.get(2).is(")")) {
                        continue;
                    }
                    if (tokens.size() > 2) {
                        throw error(tokens.get(2), "unexpected " + tokens.get(2).text() + " after (");
                    }
                    block = first;
                    continue;
                }
                noParentheses(tokens);
                directive(first.text(), tokens.subList(1, tokens.size()), line);
            }
            if (block != null) {
                throw error(block, block.text() + " block is not closed: missing )");
            }
            return List.copyOf(found);
        }

        private void noParentheses(List<Token> tokens) throws ExtractionException {
            for (Token token : tokens) {
                if (token.is("(") || token.is(")")) {
                    throw error(token, "unexpected " + token.text());
                }
            }
        }

        private void directive(String verb, List<Token> args, Line line) throws ExtractionException {
            if (verb.equals("go")) {
                goVersion(args, line);
            } else if (work) {
                return;
            } else if (verb.equals("toolchain")) {
                toolchain(args, line);
            } else if (verb.equals("require")) {
                require(args, line);
            } else if (verb.equals("replace")) {
                replace(args, line);
            }
        }

        private void goVersion(List<Token> args, Line line) throws ExtractionException {
            Token directive = line.tokens().get(0);
            if (args.size() != 1 || args.get(0).punct()) {
                throw error(directive, "usage: go 1.23");
            }
            String version = args.get(0).text();
            found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "go", version, at(directive), "go " + version,
                    Scope.RUNTIME, List.of()));
        }

        private void toolchain(List<Token> args, Line line) throws ExtractionException {
            Token directive = line.tokens().get(0);
            if (args.size() != 1 || args.get(0).punct()) {
                throw error(directive, "usage: toolchain go1.23.4");
            }
            String name = args.get(0).text();
            // "default" (and anything not naming a go release) pins no version.
            if (!name.startsWith("go") || name.length() == 2) {
                return;
            }
            found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "go", name.substring(2), at(directive),
                    "toolchain " + name, Scope.RUNTIME, List.of()));
        }

        private void require(List<Token> args, Line line) throws ExtractionException {
            if (args.size() != 2 || args.get(0).punct() || args.get(1).punct()) {
                throw error(line.tokens().get(0), REQUIRE_USAGE);
            }
            Token path = args.get(0);
            String version = args.get(1).text();
            Scope scope = isIndirect(line.comment()) ? Scope.TRANSITIVE : Scope.RUNTIME;
            found.add(Evidence.ofPackage("go", path.text(), version, at(path), path.text() + " " + version, scope));
        }

        private void replace(List<Token> args, Line line) throws ExtractionException {
            int arrow = -1;
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).is("=>")) {
                    arrow = i;
                    break;
                }
            }
            int after = args.size() - arrow - 1;
            if (arrow < 1 || arrow > 2 || after < 1 || after > 2
                    || args.stream().filter(Token::punct).count() != 1) {
                throw error(line.tokens().get(0), REPLACE_USAGE);
            }
            if (after == 1) {
                return; // a local directory: the code is in the repository, not a module to fetch
            }
            Token target = args.get(arrow + 1);
            String version = args.get(arrow + 2).text();
            String value = args.get(0).text() + " => " + target.text() + " " + version;
            found.add(Evidence.ofPackage("go", target.text(), version, at(target), value, Scope.RUNTIME));
        }

        /** As modfile's isIndirect: the line comment is "indirect", or starts with "indirect;". */
        private static boolean isIndirect(String comment) {
            if (comment == null) {
                return false;
            }
            String text = comment.strip();
            return text.equals("indirect") || text.startsWith("indirect;");
        }

        private Location at(Token token) throws ExtractionException {
            return file.location(token.offset());
        }

        private ExtractionException error(Token token, String message) throws ExtractionException {
            Location where = at(token);
            return new ExtractionException(where.line(), where.column(), message);
        }
    }
}
