package io.stacklint.report;

import java.util.List;
import java.util.Optional;

/** The formats stacklint writes. Adding a format is one reporter class and one line here. */
public final class Reporters {

    private Reporters() {
    }

    /** Format names, in the order help text lists them. */
    public static List<String> formats() {
        return List.of("text", "json", "sarif", "junit", "checkstyle", "gitlab", "github", "markdown", "html");
    }

    /** A reporter that reads no environment variables. */
    public static Optional<Reporter> forFormat(String format, ReportOptions options) {
        return forFormat(format, options, Environment.none());
    }

    /**
     * @param environment the variables a CI format may read ({@code GITHUB_STEP_SUMMARY} for {@code github})
     */
    public static Optional<Reporter> forFormat(String format, ReportOptions options, Environment environment) {
        return switch (format) {
            case "text" -> Optional.of(new TextReporter(options));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter());
            case "junit" -> Optional.of(new JunitReporter());
            case "checkstyle" -> Optional.of(new CheckstyleReporter());
            case "gitlab" -> Optional.of(new GitlabReporter());
            case "github" -> Optional.of(new GithubReporter(options, environment));
            case "markdown" -> Optional.of(new MarkdownReporter(options));
            case "html" -> Optional.of(new HtmlReporter(options));
            default -> Optional.empty();
        };
    }
}
