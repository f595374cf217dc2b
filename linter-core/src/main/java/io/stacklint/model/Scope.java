package io.stacklint.model;

import java.util.Locale;

/** Where in a project's life a declaration applies. */
public enum Scope {
    RUNTIME,
    PROVIDED,
    BUILD,
    DEVELOPMENT,
    TEST,
    /** Installed only when asked for: npm optionalDependencies, Python extras, Cargo optional features. */
    OPTIONAL,
    /** Used by the CI system to build or test the project: a CI service database, a CI job's image. */
    CI,
    TRANSITIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True when the project itself runs, builds or ships with the declaration, so it says what the project is:
     * express in dependencies makes a Node.js backend, a deploy action in CI a cloud; express as a peer of a
     * middleware library, or as a dev server, does not.
     */
    public boolean definesTheProject() {
        return this == RUNTIME || this == BUILD || this == CI;
    }
}
