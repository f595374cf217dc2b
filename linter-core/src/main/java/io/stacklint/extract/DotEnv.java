package io.stacklint.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables of a {@code .env} file as Docker Compose reads them: {@code KEY=VALUE} lines, an optional
 * {@code export}, single-quoted values taken literally, double-quoted ones with escapes, {@code #} comments at line
 * start or after a space in unquoted values. Lines that are no assignment are skipped, as compose skips them.
 */
final class DotEnv {

    private DotEnv() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals <= 0) {
                continue;
            }
            String key = line.substring(0, equals).strip();
            if (!key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                continue;
            }
            variables.put(key, value(line.substring(equals + 1).strip()));
        }
        return Collections.unmodifiableMap(variables);
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("'")) {
            int close = raw.indexOf('\'', 1);
            return close > 0 ? raw.substring(1, close) : raw.substring(1);
        }
        if (raw.length() >= 2 && raw.startsWith("\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(++i);
                    out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }
}
