package io.stacklint.cli;

import io.stacklint.report.Environment;
import java.util.Optional;

/**
 * What the command knows of where it runs: colour only on an interactive terminal that allows it
 * (https://no-color.org), plain text in pipes and CI logs; and the environment variables CI formats read
 * (GitHub Actions' {@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}).
 */
public record Terminal(boolean colorCapable, Environment environment) {

    public Terminal(boolean colorCapable) {
        this(colorCapable, Environment.none());
    }

    public static Terminal detect() {
        boolean interactive = System.console() != null;
        String term = System.getenv("TERM");
        boolean allowed = System.getenv("NO_COLOR") == null && !"dumb".equals(term);
        return new Terminal(interactive && allowed,
                name -> Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()));
    }

    public static Terminal plain() {
        return new Terminal(false);
    }

    /** True inside a GitHub Actions job. */
    boolean githubActions() {
        return environment.get("GITHUB_ACTIONS").filter("true"::equals).isPresent();
    }
}
