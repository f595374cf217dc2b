package io.stacklint.policy;

import io.stacklint.model.Ring;
import java.util.Optional;

/**
 * What a repository's {@code .stacklint.yml} says. Settings it leaves out are empty, so the defaults and the
 * command line can be laid over it in one place.
 */
public record Configuration(Optional<String> source, Optional<Ring> failOn, Optional<Ring> warnOn) {

    public static Configuration empty() {
        return new Configuration(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
