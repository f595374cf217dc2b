package io.stacklint.policy;

import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides how loud each ring is: at or above {@code failOn} an error (the run fails), at or above {@code warnOn}
 * a warning, experimental a note, anything else silent. The one place that maps rings to severities.
 */
public record Policy(Ring failOn, Ring warnOn) {

    /** Avoid fails, sunsetting warns, as the default rating list intends. */
    public static final Policy DEFAULT = new Policy(Ring.AVOID, Ring.SUNSETTING);

    public Policy {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(warnOn, "warnOn");
    }

    /** The policy with a configuration and then the command line's {@code --fail-on} laid over the defaults. */
    public static Policy of(Configuration configuration, Optional<Ring> failOnOverride) {
        Ring failOn = failOnOverride.or(configuration::failOn).orElse(DEFAULT.failOn);
        Ring warnOn = configuration.warnOn().orElse(DEFAULT.warnOn);
        // moving the fail threshold below the warning one turns those warnings into errors, never silences them
        return new Policy(failOn, warnOn.compareTo(failOn) > 0 ? failOn : warnOn);
    }

    public Optional<Severity> severity(Ring ring) {
        if (ring.atLeast(failOn)) {
            return Optional.of(Severity.ERROR);
        }
        if (ring.atLeast(warnOn)) {
            return Optional.of(Severity.WARNING);
        }
        return ring == Ring.EXPERIMENTAL ? Optional.of(Severity.NOTE) : Optional.empty();
    }
}
