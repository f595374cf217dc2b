package io.stacklint.model;

import java.util.Locale;

/** Where in a project's life a declaration applies. */
public enum Scope {
    RUNTIME,
    PROVIDED,
    BUILD,
    DEVELOPMENT,
    TEST,
    TRANSITIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for declarations that only a developer's machine or a test run sees. */
    public boolean developmentOnly() {
        return this == DEVELOPMENT || this == TEST;
    }
}
