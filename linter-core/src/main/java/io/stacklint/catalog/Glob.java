package io.stacklint.catalog;

import java.util.regex.Pattern;

/**
 * A path or name pattern of the catalog: {@code *} matches within one path segment, {@code **} across segments,
 * {@code **}{@code /} any leading folders. A pattern without {@code /} matches a file name in any folder, as in
 * .gitignore.
 */
final class Glob {

    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** A pattern over tree-relative paths. */
    static Glob path(String pattern) {
        String anchored = pattern.contains("/") ? pattern : "**/" + pattern;
        return new Glob(pattern, Pattern.compile(toRegex(anchored, true)));
    }

    /** A pattern over names in which {@code *} also crosses {@code /} (package and image names). */
    static Glob name(String pattern) {
        return new Glob(pattern, Pattern.compile(toRegex(pattern, false)));
    }

    static boolean isPattern(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    String pattern() {
        return pattern;
    }

    /** The file name every match ends with, when the last segment holds no wildcard. */
    String literalFileName() {
        String last = pattern.substring(pattern.lastIndexOf('/') + 1);
        return isPattern(last) ? null : last;
    }

    private static String toRegex(String glob, boolean segmentAware) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && segmentAware && glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (c == '*' && segmentAware && glob.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append(segmentAware ? "[^/]*" : ".*");
            } else if (c == '?') {
                regex.append(segmentAware ? "[^/]" : ".");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
