package io.stacklint.source;

import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * The user's say over what a walk covers, in .gitignore pattern syntax: {@code exclude} patterns hide files and
 * folders the walk would otherwise see; {@code include} patterns bring back folders skipped by default (test
 * fixtures, vendored code), and the folders on the way to them.
 */
public final class PathFilter {

    /** Covers exactly what the defaults cover. */
    public static final PathFilter DEFAULT = new PathFilter(List.of(), List.of());

    private final List<FastIgnoreRule> exclude;
    private final List<FastIgnoreRule> include;
    private final List<String> includePrefixes;

    private PathFilter(List<FastIgnoreRule> exclude, List<FastIgnoreRule> include, List<String> includePrefixes) {
        this.exclude = exclude;
        this.include = include;
        this.includePrefixes = includePrefixes;
    }

    public PathFilter(List<String> exclude, List<String> include) {
        this(exclude.stream().map(FastIgnoreRule::new).toList(), include.stream().map(FastIgnoreRule::new).toList(),
                include.stream().map(PathFilter::literalPrefix).filter(prefix -> !prefix.isEmpty()).toList());
    }

    /** True when the user excluded this tree-relative path. */
    public boolean excluded(String path, boolean folder) {
        return exclude.stream().anyMatch(rule -> rule.isMatch(path, folder) && rule.getResult());
    }

    /** True when the user asked for this path, although defaults skip the folder it is in. */
    public boolean included(String path, boolean folder) {
        return include.stream().anyMatch(rule -> rule.isMatch(path, folder));
    }

    /** True when something the user asked for lies inside this folder: the walk passes through it. */
    public boolean leadsToIncluded(String folder) {
        return includePrefixes.stream().anyMatch(prefix -> prefix.startsWith(folder + "/"));
    }

    /** The folders a pattern names before its first wildcard: {@code test/fixtures/app/**} is under test/. */
    private static String literalPrefix(String pattern) {
        String trimmed = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        int wildcard = trimmed.length();
        for (char c : new char[] {'*', '?', '['}) {
            int at = trimmed.indexOf(c);
            if (at >= 0) {
                wildcard = Math.min(wildcard, at);
            }
        }
        String literal = trimmed.substring(0, wildcard);
        return literal.contains("/") ? literal : "";
    }
}
