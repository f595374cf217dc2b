package io.stacklint.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Gradle version catalog ({@code gradle/libs.versions.toml}) as the {@code libs} accessors of a build script see
 * it: libraries, bundles, plugins and versions keyed by their accessor path ({@code spring.boot.starter.web}), where
 * {@code -}, {@code _} and {@code .} in the TOML keys all separate segments. Entries are only looked up: a catalog
 * entry no script uses is no evidence.
 */
final class GradleCatalog {

    /** A library of the catalog: {@code group:name} and its version (null when none). */
    record Library(String module, String version) {
    }

    /** A plugin of the catalog: its id and version (null when none). */
    record Plugin(String id, String version) {
    }

    static final GradleCatalog NONE = new GradleCatalog(null, null);

    private static final int MAX_CLIMB = 10;
    private static final int MAX_KEY_DEPTH = 16;
    private static final String CATALOG = "gradle/libs.versions.toml";

    private final String path;
    private final String problem;
    private final Map<String, Toml.Value> versions = new HashMap<>();
    private final Map<String, Toml.Value> libraries = new HashMap<>();
    private final Map<String, Toml.Value> bundles = new HashMap<>();
    private final Map<String, Toml.Value> plugins = new HashMap<>();

    private GradleCatalog(String path, String problem) {
        this.path = path;
        this.problem = problem;
    }

    /** The nearest {@code gradle/libs.versions.toml} above the script, or {@link #NONE}. */
    static GradleCatalog find(SourceFile script) {
        for (int up = 0; up <= MAX_CLIMB; up++) {
            String relative = "../".repeat(up) + CATALOG;
            Optional<String> treePath = script.treePath(relative);
            if (treePath.isEmpty()) {
                break;
            }
            Optional<SourceFile> found = script.resolve(relative);
            if (found.isPresent()) {
                return read(found.get());
            }
        }
        return NONE;
    }

    private static GradleCatalog read(SourceFile toml) {
        Toml.Table root;
        try {
            root = Toml.parse(toml);
        } catch (ExtractionException e) {
            return new GradleCatalog(toml.path(), toml.path() + " is malformed at " + e.line() + ":" + e.column()
                    + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return new GradleCatalog(toml.path(), toml.path() + " cannot be read");
        }
        GradleCatalog catalog = new GradleCatalog(toml.path(), null);
        root.table("versions").ifPresent(t -> flatten(t, "", catalog.versions, "strictly", "require", "prefer", 0));
        root.table("libraries").ifPresent(t -> flatten(t, "", catalog.libraries, "module", "group", null, 0));
        root.table("bundles").ifPresent(t -> flatten(t, "", catalog.bundles, null, null, null, 0));
        root.table("plugins").ifPresent(t -> flatten(t, "", catalog.plugins, "id", null, null, 0));
        return catalog;
    }

    /**
     * Records every entry of a section under its accessor path. A dotted TOML key ({@code spring.web = "..."}) reads
     * as nested tables, so a table that is not itself an entry (it has none of the {@code markers} keys) is a
     * prefix of longer keys.
     */
    private static void flatten(Toml.Table table, String prefix, Map<String, Toml.Value> into, String marker1,
            String marker2, String marker3, int depth) {
        if (depth > MAX_KEY_DEPTH) {
            return;
        }
        for (Toml.Entry entry : table.entries()) {
            String key = prefix + accessor(entry.key());
            Optional<Toml.Table> nested = entry.value().table();
            boolean isEntry = nested.isEmpty() || hasAny(nested.get(), marker1, marker2, marker3);
            if (isEntry) {
                into.putIfAbsent(key, entry.value());
            } else {
                flatten(nested.get(), key + ".", into, marker1, marker2, marker3, depth + 1);
            }
        }
    }

    private static boolean hasAny(Toml.Table table, String... keys) {
        for (String key : keys) {
            if (key != null && table.get(key).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The accessor path of a catalog key: {@code spring-boot_starter.web} is {@code spring.boot.starter.web}. */
    static String accessor(String key) {
        return key.replace('-', '.').replace('_', '.');
    }

    /** The tree path of the catalog file, or null when there is none. */
    String path() {
        return path;
    }

    /** Why the catalog could not be read, or null when it was. */
    String problem() {
        return problem;
    }

    Optional<Library> library(String accessor) {
        Toml.Value value = libraries.get(accessor);
        if (value == null) {
            return Optional.empty();
        }
        if (value.kind() == Toml.Kind.STRING) {
            String[] parts = ((String) value.content()).split(":", -1);
            if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
                return Optional.empty();
            }
            String version = parts.length == 3 && !parts[2].isBlank() ? parts[2] : null;
            return Optional.of(new Library(parts[0] + ":" + parts[1], version));
        }
        Toml.Table table = value.table().orElseThrow();
        String module = table.string("module").orElse(null);
        if (module == null) {
            Optional<String> group = table.string("group");
            Optional<String> name = table.string("name");
            if (group.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            module = group.get() + ":" + name.get();
        }
        if (module.split(":", -1).length != 2) {
            return Optional.empty();
        }
        return Optional.of(new Library(module, table.get("version").map(this::versionOf).orElse(null)));
    }

    Optional<List<Library>> bundle(String accessor) {
        Toml.Value value = bundles.get(accessor);
        if (value == null || value.kind() != Toml.Kind.ARRAY) {
            return Optional.empty();
        }
        List<Library> members = new ArrayList<>();
        for (Toml.Value item : value.items()) {
            item.string().flatMap(key -> library(accessor(key))).ifPresent(members::add);
        }
        return Optional.of(members);
    }

    Optional<Plugin> plugin(String accessor) {
        Toml.Value value = plugins.get(accessor);
        if (value == null) {
            return Optional.empty();
        }
        if (value.kind() == Toml.Kind.STRING) {
            String[] parts = ((String) value.content()).split(":", 2);
            return parts[0].isBlank() ? Optional.empty()
                    : Optional.of(new Plugin(parts[0], parts.length == 2 && !parts[1].isBlank() ? parts[1] : null));
        }
        Toml.Table table = value.table().orElseThrow();
        return table.string("id").map(id -> new Plugin(id, table.get("version").map(this::versionOf).orElse(null)));
    }

    Optional<String> version(String accessor) {
        return Optional.ofNullable(versions.get(accessor)).map(this::richVersion);
    }

    /** A {@code version} value: a string, {@code { ref = "x" }} or a rich version table. */
    private String versionOf(Toml.Value value) {
        Optional<Toml.Table> table = value.table();
        if (table.isPresent() && table.get().string("ref").isPresent()) {
            return version(accessor(table.get().string("ref").get())).orElse(null);
        }
        return richVersion(value);
    }

    /** A plain version, or the strictest of {@code strictly}, {@code require}, {@code prefer}. */
    private String richVersion(Toml.Value value) {
        if (value.kind() == Toml.Kind.STRING) {
            String version = (String) value.content();
            return version.isBlank() ? null : version;
        }
        Optional<Toml.Table> table = value.table();
        if (table.isEmpty()) {
            return null;
        }
        for (String key : List.of("strictly", "require", "prefer")) {
            Optional<String> version = table.get().string(key);
            if (version.isPresent() && !version.get().isBlank()) {
                return version.get();
            }
        }
        return null;
    }
}
