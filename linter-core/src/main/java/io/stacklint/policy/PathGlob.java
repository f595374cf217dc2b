package io.stacklint.policy;

import java.util.regex.Pattern;

/**
 * A path pattern of a waiver: {@code *} within one segment, {@code **} across segments; a pattern without
 * {@code /} matches a file name in any folder, and a folder matches everything under it, as in .gitignore.
 */
final class PathGlob {

    private final Pattern regex;

    PathGlob(String pattern) {
        String anchored = pattern.startsWith("/") ? pattern.substring(1)
                : pattern.contains("/") ? pattern : "**/" + pattern;
        if (anchored.endsWith("/")) {
            anchored = anchored + "**";
        }
        regex = Pattern.compile(toRegex(anchored) + "(?:/.*)?");
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
