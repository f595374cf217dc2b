package io.stacklint.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the command knows of its surroundings: whether its output goes to a terminal that shows colour (only an
 * interactive one that allows it, https://no-color.org; plain text in pipes and CI logs), and the clock that
 * dates end-of-life judgements (fixed in tests, so a golden file does not age).
 */
public record Terminal(boolean colorCapable, Clock clock) {

    public static Terminal detect() {
        boolean interactive = System.console() != null;
        String term = System.getenv("TERM");
        boolean allowed = System.getenv("NO_COLOR") == null && !"dumb".equals(term);
        return new Terminal(interactive && allowed, Clock.systemDefaultZone());
    }

    public static Terminal plain() {
        return new Terminal(false, Clock.systemDefaultZone());
    }

    /** The same surroundings on a fixed day. */
    public Terminal on(LocalDate day) {
        return new Terminal(colorCapable, Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }
}
