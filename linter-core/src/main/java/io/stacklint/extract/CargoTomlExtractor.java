package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Cargo manifest ({@code Cargo.toml}): every entry of {@code [dependencies]} (RUNTIME),
 * {@code [dev-dependencies]} (DEVELOPMENT) and {@code [build-dependencies]} (BUILD), also under
 * {@code [target.'cfg(...)'.…]} and in the legacy {@code dev_dependencies} / {@code build_dependencies} spellings,
 * whatever the form: {@code x = "1.0"}, an inline table, dotted keys or a {@code [dependencies.x]} table. A
 * dependency is a cargo package of the real crate ({@code package = "real"} when renamed) with its version (none for
 * a git or path dependency without one), in scope OPTIONAL when {@code optional = true}. {@code rust-version} of
 * {@code [package]} is the rust runtime.
 *
 * <p>Workspace inheritance ({@code x.workspace = true}, {@code rust-version.workspace = true}) takes the crate, the
 * version and the rust version from the workspace root: this file when it has a {@code [workspace]} table, else the
 * file {@code package.workspace} names, else the nearest {@code Cargo.toml} with a {@code [workspace]} table found
 * by climbing the folders. When it cannot be resolved the dependency is still reported, without version, and a note
 * says why. The root's own {@code [workspace.dependencies]} and {@code [workspace.package]} are not usage and give
 * nothing; neither do {@code [patch]}, {@code [replace]}, {@code [features]} or anything else. Locations are the
 * dependency keys' (the last key of a {@code [dependencies.x]} header). Evidence is in file order.
 */
public final class CargoTomlExtractor implements Extractor {

    private static final String FILE_NAME = "Cargo.toml";
    private static final Pattern CRATE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Map<String, Scope> SECTIONS = Map.of(
            "dependencies", Scope.RUNTIME,
            "dev-dependencies", Scope.DEVELOPMENT,
            "dev_dependencies", Scope.DEVELOPMENT,
            "build-dependencies", Scope.BUILD,
            "build_dependencies", Scope.BUILD);
    private static final List<String> SECTION_ORDER = List.of(
            "dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies");

    @Override
    public String id() {
        return "cargo-toml";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Toml.Table root = Toml.parse(file);
            return new Reader(file, root).read();
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Cargo.toml: " + e.getClass().getSimpleName(), e);
        }
    }

    /** One manifest being read, with its workspace root looked up at most once. */
    private static final class Reader {

        private final SourceFile file;
        private final Toml.Table root;
        private final List<Evidence> found = new ArrayList<>();
        private Optional<Workspace> workspace;

        Reader(SourceFile file, Toml.Table root) {
            this.file = file;
            this.root = root;
        }

        List<Evidence> read() {
            root.table("package").ifPresent(this::rustVersion);
            for (String section : SECTION_ORDER) {
                root.table(section).ifPresent(table -> dependencies(table, SECTIONS.get(section)));
            }
            root.table("target").ifPresent(targets -> {
                for (Toml.Entry target : targets.entries()) {
                    target.value().table().ifPresent(platform -> {
                        for (String section : SECTION_ORDER) {
                            platform.table(section).ifPresent(table -> dependencies(table, SECTIONS.get(section)));
                        }
                    });
                }
            });
            found.sort(Comparator.comparing(Evidence::location));
            return List.copyOf(found);
        }

        private void rustVersion(Toml.Table pkg) {
            pkg.entry("rust-version").ifPresent(entry -> {
                Location at = file.location(entry.line(), entry.column());
                Optional<String> version = entry.value().string();
                if (version.isEmpty() && inherits(entry.value())) {
                    version = workspace(entry).flatMap(ws -> {
                        Optional<String> inherited = ws.table().table("workspace", "package")
                                .flatMap(p -> p.string("rust-version"));
                        if (inherited.isEmpty()) {
                            file.note(entry.line(), entry.column(),
                                    "rust-version is not in [workspace.package] of " + ws.path());
                        }
                        return inherited;
                    });
                } else if (version.isEmpty()) {
                    return;
                }
                String v = version.filter(s -> !s.isBlank()).orElse(null);
                found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "rust", v, at,
                        v == null ? "rust" : "rust " + v, Scope.RUNTIME, List.of()));
            });
        }

        private void dependencies(Toml.Table table, Scope scope) {
            for (Toml.Entry entry : table.entries()) {
                if (CRATE_NAME.matcher(entry.key()).matches()) {
                    dependency(entry, scope);
                }
            }
        }

        private void dependency(Toml.Entry entry, Scope sectionScope) {
            String key = entry.key();
            Location at = file.location(entry.line(), entry.column());
            Toml.Value value = entry.value();
            if (value.kind() == Toml.Kind.STRING) {
                found.add(evidence(key, key, value.string().orElse(null), at, sectionScope));
                return;
            }
            Optional<Toml.Table> spec = value.table();
            if (spec.isEmpty()) {
                return;
            }
            Scope scope = spec.get().get("optional").filter(Toml.Value::isTrue).isPresent()
                    ? Scope.OPTIONAL : sectionScope;
            if (spec.get().get("workspace").filter(Toml.Value::isTrue).isPresent()) {
                inherited(entry, at, scope);
                return;
            }
            found.add(evidence(key, crate(key, spec.get()), spec.get().string("version").orElse(null), at, scope));
        }

        private void inherited(Toml.Entry entry, Location at, Scope scope) {
            String key = entry.key();
            Optional<Workspace> ws = workspace(entry);
            if (ws.isEmpty()) {
                found.add(evidence(key, key, null, at, scope));
                return;
            }
            Optional<Toml.Value> declared = ws.get().table().table("workspace", "dependencies")
                    .flatMap(deps -> deps.get(key));
            if (declared.isEmpty()) {
                file.note(entry.line(), entry.column(),
                        key + " is not in [workspace.dependencies] of " + ws.get().path());
                found.add(evidence(key, key, null, at, scope));
                return;
            }
            Toml.Value spec = declared.get();
            String version = spec.string()
                    .or(() -> spec.table().flatMap(t -> t.string("version")))
                    .orElse(null);
            String crate = spec.table().map(t -> crate(key, t)).orElse(key);
            found.add(evidence(key, crate, version, at, scope));
        }

        private static boolean inherits(Toml.Value value) {
            return value.table().flatMap(t -> t.get("workspace")).filter(Toml.Value::isTrue).isPresent();
        }

        private static String crate(String key, Toml.Table spec) {
            return spec.string("package").filter(p -> CRATE_NAME.matcher(p).matches()).orElse(key);
        }

        private static Evidence evidence(String key, String crate, String version, Location at, Scope scope) {
            String v = version == null || version.isBlank() ? null : version;
            String name = key.equals(crate) ? crate : key + " -> " + crate;
            return Evidence.ofPackage("cargo", crate, v, at, v == null ? name : name + " " + v, scope);
        }

        /** The workspace root, looked up on first need; the entry is where a failure is noted. */
        private Optional<Workspace> workspace(Toml.Entry needing) {
            if (workspace == null) {
                workspace = findWorkspace();
            }
            if (workspace.isEmpty()) {
                file.note(needing.line(), needing.column(),
                        needing.key() + " inherits from a workspace whose root is not in the repository");
            }
            return workspace;
        }

        private Optional<Workspace> findWorkspace() {
            if (root.get("workspace").flatMap(Toml.Value::table).isPresent()) {
                return Optional.of(new Workspace(file.path(), root));
            }
            Optional<String> explicit = root.table("package").flatMap(p -> p.string("workspace"));
            if (explicit.isPresent()) {
                String dir = explicit.get().endsWith("/") ? explicit.get() : explicit.get() + "/";
                return read(dir + FILE_NAME).filter(Workspace::isRoot);
            }
            int depth = (int) file.path().chars().filter(c -> c == '/').count();
            for (int up = 1; up <= depth; up++) {
                Optional<Workspace> candidate = read("../".repeat(up) + FILE_NAME);
                if (candidate.isPresent() && candidate.get().isRoot()) {
                    return candidate;
                }
            }
            return Optional.empty();
        }

        private Optional<Workspace> read(String relative) {
            Optional<SourceFile> other = file.resolve(relative);
            if (other.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Workspace(other.get().path(), Toml.parse(other.get())));
            } catch (ExtractionException e) {
                file.note(1, 1, "cannot read workspace candidate " + other.get().path() + ": " + e.getMessage());
                return Optional.empty();
            }
        }
    }

    /** A parsed manifest that may be the workspace root. */
    private record Workspace(String path, Toml.Table table) {

        boolean isRoot() {
            return table.get("workspace").flatMap(Toml.Value::table).isPresent();
        }
    }
}
