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
    /** What every matching file name starts and ends with: two string compares rule out almost every file. */
    private final String namePrefix;
    private final String nameSuffix;

    private Glob(String pattern, Pattern regex, Pattern lastSegment) {
        this.pattern = pattern;
        this.regex = regex;
        this.lastSegment = lastSegment;
        String last = pattern.substring(pattern.lastIndexOf('/') + 1);
        int first = firstWildcard(last);
        int lastWildcard = Math.max(last.lastIndexOf('*'), last.lastIndexOf('?'));
        this.namePrefix = lastSegment == null || first < 0 ? "" : last.substring(0, first);
        this.nameSuffix = lastSegment == null || lastWildcard < 0 ? "" : last.substring(lastWildcard + 1);
    }

    private static int firstWildcard(String text) {
        int star = text.indexOf('*');
        int question = text.indexOf('?');
        return star < 0 ? question : question < 0 ? star : Math.min(star, question);
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
        return matches(text, text.substring(text.lastIndexOf('/') + 1));
    }

    /** Whether a path matches, given its file name (the part after the last {@code /}) computed once. */
    boolean matches(String path, String name) {
        if (lastSegment != null && (!name.startsWith(namePrefix) || !name.endsWith(nameSuffix)
                || name.length() < namePrefix.length() + nameSuffix.length()
                || !lastSegment.matcher(name).matches())) {
            return false;
        }
        return regex.matcher(path).matches();
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
            } else if (Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' || c == '@' || c == ':') {
                regex.append(c); // no meaning in a regex: a \Q...\E block per letter only slows the matcher down
            } else {
                regex.append('\\').append(c);
            }
        }
        return regex.toString();
    }
}
