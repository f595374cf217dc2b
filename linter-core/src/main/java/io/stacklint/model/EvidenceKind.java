package io.stacklint.model;

import java.util.Locale;

/** What sort of declaration a piece of evidence is; the catalog matches each kind against its own signatures. */
public enum EvidenceKind {
    /** A dependency on a package of some ecosystem (maven, npm, gem, hex, pypi, ...). */
    PACKAGE,
    /** A container image reference, already split into repository and tag. */
    CONTAINER_IMAGE,
    /** A reusable CI step: a GitHub action, a CircleCI orb. */
    CI_ACTION,
    /** A service container a CI job starts. */
    CI_SERVICE,
    /** A file or folder whose presence is the declaration (Procfile, .circleci/config.yml). */
    FILE,
    /** A runtime or language version pinned by the project (engines.node, .tool-versions). */
    RUNTIME;

    /** The kebab-case name used in JSON reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
