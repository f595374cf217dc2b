package io.stacklint.extract;

import java.util.Map;

/**
 * Shell-style variable substitution as compose files and Dockerfiles write it: {@code $A}, {@code ${A}},
 * {@code ${A:-word}} (the value when set and not empty, else the word), {@code ${A-word}} (when set),
 * {@code ${A:+word}}, {@code ${A+word}}, {@code ${A:?message}} and {@code ${A?message}} (the value when set). Nothing
 * is looked up outside the given variables: the shell's environment is not the repository's, so a variable they do
 * not define leaves the text unresolved rather than guessed. A variable present with a null value was declared
 * without one (a Dockerfile {@code ARG A}).
 *
 * @param value      the substituted text, when every variable resolved
 * @param unresolved the first variable (or expression) that did not resolve, or null
 */
record ShellSubstitution(String value, String unresolved) {

    /** How a file kind writes its text around the variables. */
    enum Dialect {
        /** Compose: {@code $$} is a literal dollar; quotes are YAML's business and already gone. */
        COMPOSE,
        /** Dockerfile: shell quotes are removed, and nothing inside single quotes expands. */
        DOCKERFILE
    }

    /** Defaults nested deeper than this are hostile; they stay unresolved instead of exhausting the stack. */
    private static final int MAX_DEPTH = 16;

    boolean resolved() {
        return unresolved == null;
    }

    static ShellSubstitution of(String text, Map<String, String> variables, Dialect dialect) {
        return of(text, variables, dialect, 0);
    }

    private static ShellSubstitution of(String text, Map<String, String> variables, Dialect dialect, int depth) {
        if (depth > MAX_DEPTH) {
            return new ShellSubstitution(null, "(nested too deep)");
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (dialect == Dialect.DOCKERFILE && c == '"') {
                // BuildKit reads FROM words as the shell does: double quotes go, what they hold still expands
                i++;
                continue;
            }
            if (dialect == Dialect.DOCKERFILE && c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close > i) {
                    out.append(text, i + 1, close);
                    i = close + 1;
                    continue;
                }
            }
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (dialect == Dialect.COMPOSE && next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = matchingBrace(text, i + 1);
                if (close < 0) {
                    return new ShellSubstitution(null, text.substring(i));
                }
                ShellSubstitution braced = braced(text.substring(i + 2, close), variables, dialect, depth);
                if (!braced.resolved()) {
                    return braced;
                }
                out.append(braced.value());
                i = close + 1;
            } else if (isNameStart(next)) {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                String value = variables.get(name);
                if (value == null) {
                    return new ShellSubstitution(null, name);
                }
                out.append(value);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new ShellSubstitution(out.toString(), null);
    }

    private static ShellSubstitution braced(String body, Map<String, String> variables, Dialect dialect,
            int depth) {
        int nameEnd = 0;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = body.substring(0, nameEnd);
        if (name.isEmpty()) {
            return new ShellSubstitution(null, "${" + body + "}");
        }
        String rest = body.substring(nameEnd);
        String value = variables.get(name);
        if (rest.isEmpty() || rest.startsWith(":?") || rest.startsWith("?")) {
            return value == null ? new ShellSubstitution(null, name) : new ShellSubstitution(value, null);
        }
        if (rest.startsWith(":-") || rest.startsWith("-")) {
            boolean useValue = rest.startsWith(":-") ? value != null && !value.isEmpty() : value != null;
            return useValue ? new ShellSubstitution(value, null)
                    : of(rest.substring(rest.indexOf('-') + 1), variables, dialect, depth + 1);
        }
        if (rest.startsWith(":+") || rest.startsWith("+")) {
            if (variables.containsKey(name) && value == null) {
                return new ShellSubstitution(null, name); // declared without a value: set or not is unknown
            }
            boolean set = rest.startsWith(":+") ? value != null && !value.isEmpty() : value != null;
            return set ? of(rest.substring(rest.indexOf('+') + 1), variables, dialect, depth + 1)
                    : new ShellSubstitution("", null);
        }
        return new ShellSubstitution(null, name);
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
