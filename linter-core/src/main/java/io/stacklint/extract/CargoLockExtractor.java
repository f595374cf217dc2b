package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code Cargo.lock} beside its {@code Cargo.toml}: every crate the project gets through another one, as
 * cargo evidence in scope transitive with its path from a direct dependency.
 *
 * <p>Every lockfile version is read (1 with its {@code "name version (source)"} references and old {@code [root]}
 * table, 2, 3 and 4). Packages without {@code source} are the workspace's own crates (members and path
 * dependencies): they are the roots, are never reported, and their {@code dependencies} are the direct ones. Each
 * reference ({@code "name"}, {@code "name version"} or {@code "name version (source)"}) is matched to the package of
 * that name, then of that version, then of that source. Locations are those of the package's {@code name} key.
 */
public final class CargoLockExtractor implements LockfileExtractor {

    private static final String ECOSYSTEM = "cargo";

    @Override
    public String id() {
        return "cargo-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals("Cargo.lock") || path.endsWith("/Cargo.lock");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "Cargo.toml")) {
            return List.of();
        }
        Toml.Table lock = Toml.parse(file);
        List<Crate> crates = new ArrayList<>();
        lock.table("root").ifPresent(root -> crate(root).ifPresent(crates::add));
        lock.get("package").ifPresent(packages -> {
            for (Toml.Value item : packages.items()) {
                item.table().flatMap(CargoLockExtractor::crate).ifPresent(crates::add);
            }
        });
        LockGraph graph = new LockGraph(ECOSYSTEM);
        Map<String, List<Integer>> byName = new HashMap<>();
        for (Crate crate : crates) {
            int index = graph.add(crate.name(), crate.version(), file.location(crate.line(), crate.column()),
                    crate.source() != null);
            byName.computeIfAbsent(crate.name(), k -> new ArrayList<>()).add(index);
        }
        for (int i = 0; i < crates.size(); i++) {
            Crate crate = crates.get(i);
            for (String reference : crate.dependencies()) {
                Optional<Integer> target = resolve(reference, crates, byName);
                if (target.isEmpty()) {
                    continue;
                }
                if (crate.source() == null) {
                    if (crates.get(target.get()).source() != null) {
                        graph.direct(target.get());
                    }
                } else {
                    graph.edge(i, target.get());
                }
            }
        }
        return graph.evidence();
    }

    /** One {@code [[package]]} entry; {@code source} null for the workspace's own crates. */
    private record Crate(String name, String version, String source, List<String> dependencies, int line,
            int column) {
    }

    private static Optional<Crate> crate(Toml.Table table) {
        Optional<Toml.Entry> name = table.entry("name").filter(e -> e.value().string().isPresent());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> dependencies = new ArrayList<>();
        table.get("dependencies").ifPresent(deps -> deps.items()
                .forEach(item -> item.string().ifPresent(dependencies::add)));
        return Optional.of(new Crate(name.get().value().string().orElseThrow(), table.string("version").orElse(null),
                table.string("source").orElse(null), dependencies, name.get().line(), name.get().column()));
    }

    /** The package a reference names: by name alone when unique, else by version, else by source too. */
    private static Optional<Integer> resolve(String reference, List<Crate> crates, Map<String, List<Integer>> byName) {
        String[] parts = reference.strip().split(" ", 3);
        List<Integer> candidates = byName.getOrDefault(parts[0], List.of());
        if (candidates.size() <= 1 || parts.length == 1) {
            return candidates.stream().findFirst();
        }
        String source = parts.length == 3 && parts[2].startsWith("(") && parts[2].endsWith(")")
                ? parts[2].substring(1, parts[2].length() - 1) : null;
        Integer byVersion = null;
        for (int index : candidates) {
            Crate crate = crates.get(index);
            if (!parts[1].equals(crate.version())) {
                continue;
            }
            if (source == null || source.equals(crate.source())) {
                return Optional.of(index);
            }
            if (byVersion == null) {
                byVersion = index;
            }
        }
        return Optional.ofNullable(byVersion);
    }
}
