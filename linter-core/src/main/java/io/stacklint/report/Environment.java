package io.stacklint.report;

import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a reporter may read (GitHub Actions' {@code GITHUB_STEP_SUMMARY}), given by the front
 * end so the core never reads the process environment itself and tests can pass any values.
 */
@FunctionalInterface
public interface Environment {

    /** The variable's value, empty when it is not set or blank. */
    Optional<String> get(String name);

    /** No variables at all. */
    static Environment none() {
        return name -> Optional.empty();
    }

    /** Exactly these variables. */
    static Environment of(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return name -> Optional.ofNullable(copy.get(name)).filter(value -> !value.isBlank());
    }
}
