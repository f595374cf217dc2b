package io.stacklint.policy;

import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Ring;
import java.util.List;
import java.util.Optional;

/**
 * What a repository's {@code .stacklint.yml} says. Settings it leaves out are empty, so the defaults and the
 * command line can be laid over it in one place.
 *
 * @param exclude paths (.gitignore syntax) never scanned
 * @param include folders skipped by default (test fixtures, vendored code) that are scanned all the same
 * @param endOfLife how versions past their end of life are rated
 */
public record Configuration(Optional<String> source, Optional<Ring> failOn, Optional<Ring> warnOn,
        List<String> exclude, List<String> include, Optional<EndOfLifeMode> endOfLife) {

    public Configuration {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
    }

    /** Thresholds only, no path settings. */
    public Configuration(Optional<String> source, Optional<Ring> failOn, Optional<Ring> warnOn) {
        this(source, failOn, warnOn, List.of(), List.of(), Optional.empty());
    }

    public static Configuration empty() {
        return new Configuration(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
