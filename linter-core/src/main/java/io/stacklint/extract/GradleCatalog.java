package io.stacklint.extract;

import java.util.List;
import java.util.Optional;

/**
 * A Gradle version catalog ({@code gradle/libs.versions.toml}) as the {@code libs} accessors of a build script see
 * it: libraries, bundles, plugins and versions keyed by their accessor path ({@code spring.boot.starter.web}), where
 * {@code -}, {@code _} and {@code .} in the TOML keys all separate segments.
 */
final class GradleCatalog {

    /** A library of the catalog: {@code group:name} and its version (null when none). */
    record Library(String module, String version) {
    }

    /** A plugin of the catalog: its id and version (null when none). */
    record Plugin(String id, String version) {
    }

    static final GradleCatalog NONE = new GradleCatalog(null);

    private final String path;

    private GradleCatalog(String path) {
        this.path = path;
    }

    /** The nearest {@code gradle/libs.versions.toml} above the script, or {@link #NONE}. */
    static GradleCatalog find(SourceFile script) {
        return NONE;
    }

    /** The accessor path of a catalog key: {@code spring-boot_starter.web} is {@code spring.boot.starter.web}. */
    static String accessor(String key) {
        return key.replace('-', '.').replace('_', '.');
    }

    /** The tree path of the catalog file, or null when there is none. */
    String path() {
        return path;
    }

    Optional<Library> library(String accessor) {
        return Optional.empty();
    }

    Optional<List<Library>> bundle(String accessor) {
        return Optional.empty();
    }

    Optional<Plugin> plugin(String accessor) {
        return Optional.empty();
    }

    Optional<String> version(String accessor) {
        return Optional.empty();
    }
}
