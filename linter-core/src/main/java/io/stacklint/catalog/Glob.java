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
    /**
     * The last segment alone, tried on the file name first: the whole-path regex of a {@code **}{@code /} pattern
     * backtracks at every folder of a path, and on a 64,000-file tree those retries were 90% of a scan.
     */
    private final Pattern lastSegment;

    private Glob(String pattern, Pattern regex, Pattern lastSegment) {
        this.pattern = pattern;
        this.regex = regex;
        this.lastSegment = lastSegment;
    }

    /** A pattern over tree-relative paths. */
    static Glob path(String pattern) {
        String anchored = pattern.contains("/") ? pattern : "**/" + pattern;
        String last = pattern.substring(pattern.lastIndexOf('/') + 1);
        Pattern lastSegment = last.contains("**") ? null : Pattern.compile(toRegex(last, true));
        return new Glob(pattern, Pattern.compile(toRegex(anchored, true)), lastSegment);
    }

    /** A pattern over names in which {@code *} also crosses {@code /} (package and image names). */
    static Glob name(String pattern) {
        return new Glob(pattern, Pattern.compile(toRegex(pattern, false)), null);
    }

    static boolean isPattern(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
    }

    boolean matches(String text) {
        if (lastSegment != null && !lastSegment.matcher(text.substring(text.lastIndexOf('/') + 1)).matches()) {
            return false;
        }
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
