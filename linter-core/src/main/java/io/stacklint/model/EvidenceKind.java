package io.stacklint.model;

import java.util.Locale;

/** What sort of declaration a piece of evidence is; the catalog matches each kind against its own signatures. */
public enum EvidenceKind {
    /** A dependency on a package of some ecosystem (maven, npm, gem, hex, pypi, ...). */
    PACKAGE,
    /** A container image reference, already split into repository and tag. */
    CONTAINER_IMAGE,
    /** A reusable CI step: a GitHub action (ecosystem github), a CircleCI orb (ecosystem circleci). */
    CI_ACTION,
    /** A service a CI system starts by name (Travis CI's {@code services: mysql}); ecosystem names the CI system. */
    CI_SERVICE,
    /** A file or folder whose presence is the declaration (Procfile, .circleci/config.yml). */
    FILE,
    /** A runtime or language version pinned by the project (engines.node, .tool-versions). */
    RUNTIME,
    /**
     * Something an infrastructure tool manages, named in that tool's terms: a Terraform resource type, a Kubernetes
     * object kind, an Ansible module, a Puppet class, a Heroku add-on. Ecosystem names the tool.
     */
    RESOURCE,
    /**
     * Source files of a language, counted by extension as GitHub Linguist counts them: one piece of evidence per
     * extension, located at the first such file, named by the extension ({@code .java}).
     */
    SOURCE;

    /** The kebab-case name used in JSON reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
