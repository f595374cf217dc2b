package io.stacklint.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of Groovy's lexical grammar to read a Jenkinsfile safely: identifiers, numbers, punctuation and
 * string literals (single, double, triple-quoted and slashy), with comments dropped. Strings keep their text
 * with simple escapes undone and GString {@code ${...}} parts as written.
 */
final class GroovyTokens {

    private GroovyTokens() {
    }

    /** A token: its text (a string's content), its offset in the file, and whether it is a string literal. */
    record Token(String text, int start, boolean isString) {

        boolean is(String expected) {
            return !isString && text.equals(expected);
        }

        boolean isIdentifier() {
            return !isString && !text.isEmpty() && Character.isJavaIdentifierStart(text.charAt(0));
        }
    }

    static List<Token> tokenize(SourceFile file) throws ExtractionException {
        String text = file.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("//", i) || i == 0 && text.startsWith("#!")) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? length : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw error(file, i, "unterminated comment");
                }
                i = end + 2;
            } else if (text.startsWith("'''", i) || text.startsWith("\"\"\"", i)) {
                String quote = text.substring(i, i + 3);
                int end = i + 3;
                StringBuilder value = new StringBuilder();
                while (true) {
                    if (end >= length) {
                        throw error(file, i, "unterminated string");
                    }
                    if (text.startsWith(quote, end)) {
                        break;
                    }
                    end = character(text, end, value);
                }
                tokens.add(new Token(value.toString(), i, true));
                i = end + 3;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                StringBuilder value = new StringBuilder();
                while (true) {
                    if (end >= length || text.charAt(end) == '\n') {
                        throw error(file, i, "unterminated string");
                    }
                    if (text.charAt(end) == c) {
                        break;
                    }
                    if (c == '"' && text.startsWith("${", end)) {
                        int close = closeInterpolation(text, end + 2);
                        if (close < 0) {
                            throw error(file, i, "unterminated string");
                        }
                        value.append(text, end, close + 1);
                        end = close + 1;
                        continue;
                    }
                    end = character(text, end, value);
                }
                tokens.add(new Token(value.toString(), i, true));
                i = end + 1;
            } else if (c == '/' && startsSlashy(tokens)) {
                int end = i + 1;
                while (end < length && text.charAt(end) != '/' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' && end + 1 < length ? 2 : 1;
                }
                if (end >= length || text.charAt(end) != '/') {
                    throw error(file, i, "unterminated slashy string");
                }
                tokens.add(new Token(text.substring(i + 1, end), i, true));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                int end = i + 1;
                while (end < length && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), i, false));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), i, false));
                i++;
            }
        }
        return tokens;
    }

    private static ExtractionException error(SourceFile file, int offset, String message)
            throws ExtractionException {
        var at = file.location(offset);
        return new ExtractionException(at.line(), at.column(), message);
    }

    /** Appends the character at {@code at} (an escape pair as its character) and returns the next offset. */
    private static int character(String text, int at, StringBuilder value) {
        char c = text.charAt(at);
        if (c == '\\' && at + 1 < text.length()) {
            char escaped = text.charAt(at + 1);
            value.append(switch (escaped) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> escaped;
            });
            return at + 2;
        }
        value.append(c);
        return at + 1;
    }

    /** The offset of the brace closing a {@code ${} that opened just before {@code from}, or -1. */
    private static int closeInterpolation(String text, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A slash starts a slashy string where a value is expected, not after an operand (where it divides). */
    private static boolean startsSlashy(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.isString() || last.isIdentifier() || Character.isDigit(last.text().charAt(0))) {
            return false;
        }
        return !last.is(")") && !last.is("]") && !last.is("}");
    }
}
