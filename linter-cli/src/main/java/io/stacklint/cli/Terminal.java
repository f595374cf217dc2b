package io.stacklint.cli;

import io.stacklint.report.Environment;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What the command knows of where it runs: colour only on an interactive terminal that allows it
 * (https://no-color.org), plain text in pipes and CI logs; the environment variables CI formats read (GitHub
 * Actions' {@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}); and the clock that dates end-of-life judgements
 * (fixed in tests, so a golden file does not age).
 */
public record Terminal(boolean colorCapable, Environment environment, Clock clock) {

    public Terminal(boolean colorCapable) {
        this(colorCapable, Environment.none(), Clock.systemDefaultZone());
    }

    public static Terminal detect() {
        boolean interactive = System.console() != null;
        String term = System.getenv("TERM");
        boolean allowed = System.getenv("NO_COLOR") == null && !"dumb".equals(term);
        return new Terminal(interactive && allowed,
                name -> Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank()),
                Clock.systemDefaultZone());
    }

    public static Terminal plain() {
        return new Terminal(false);
    }

    /** The same surroundings on a fixed day. */
    public Terminal on(LocalDate day) {
        return new Terminal(colorCapable, environment,
                Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /**
     * Whether long work shows progress: only when a person watches an interactive terminal, never in CI (where
     * {@code CI} is set by GitHub Actions, GitLab, Jenkins' plugins, CircleCI, Travis and most others) or a pipe.
     */
    boolean showsProgress() {
        return System.console() != null && environment.get("CI").isEmpty();
    }

    /** True inside a GitHub Actions job. */
    boolean githubActions() {
        return environment.get("GITHUB_ACTIONS").filter("true"::equals).isPresent();
    }
}
