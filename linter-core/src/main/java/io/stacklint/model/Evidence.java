package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/**
 * One declaration found in one file: what an extractor reports, before anything knows which technology it means.
 *
 * @param kind      the sort of declaration
 * @param ecosystem the namespace of {@code name}: a package ecosystem (maven, npm, gem, hex, ...), {@code docker}
 *                  for images, {@code github} for actions, {@code file} for presence
 * @param name      the identifier within the ecosystem: {@code com.mysql:mysql-connector-j}, {@code express},
 *                  {@code bitnami/mysql}, {@code actions/setup-node}
 * @param version   the version or range as declared, or null when none is declared
 * @param location  where the declaration starts
 * @param value     the declaration as written, for messages ({@code mysql:5.7})
 * @param scope     where in the project's life it applies
 * @param via       for transitive evidence, the dependency path from the direct dependency down; empty otherwise
 */
public record Evidence(
        EvidenceKind kind,
        String ecosystem,
        String name,
        String version,
        Location location,
        String value,
        Scope scope,
        List<String> via) {

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ecosystem, "ecosystem");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scope, "scope");
        via = List.copyOf(via);
    }

    /** A direct package dependency. */
    public static Evidence ofPackage(String ecosystem, String name, String version, Location location, String value,
            Scope scope) {
        return new Evidence(EvidenceKind.PACKAGE, ecosystem, name, version, location, value, scope, List.of());
    }
}
