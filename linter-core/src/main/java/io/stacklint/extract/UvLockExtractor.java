package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code uv.lock} beside its {@code pyproject.toml}: every locked package the project gets through another
 * one, as pypi evidence in scope transitive with its path from a direct dependency.
 *
 * <p>Each {@code [[package]]} is one locked package. The project's own packages are those with an {@code editable}
 * or {@code virtual} source (the root has {@code "."}, workspace members their folder): never reported, and their
 * {@code dependencies}, {@code optional-dependencies} and {@code dev-dependencies} are the direct ones. An edge
 * {@code { name = "x" }} names a package, compared after PEP 503 normalisation; {@code version} narrows it when the
 * lock holds several versions of that name. Locations are those of the {@code name =} key.
 */
public final class UvLockExtractor implements LockfileExtractor {

    private static final List<String> GROUP_TABLES = List.of("optional-dependencies", "dev-dependencies");

    @Override
    public String id() {
        return "uv-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("uv.lock");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "pyproject.toml")) {
            return List.of();
        }
        try {
            return graph(file, Toml.parse(file)).evidence();
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read uv.lock: " + e.getClass().getSimpleName(), e);
        }
    }

    /** An edge: a normalised name, and the version when the lock names one. */
    private record Ref(String name, String version) {
    }

    private static LockGraph graph(SourceFile file, Toml.Table root) {
        LockGraph graph = new LockGraph("pypi");
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        List<List<Ref>> dependencies = new ArrayList<>();
        List<Boolean> project = new ArrayList<>();
        for (Toml.Value item : root.get("package").map(Toml.Value::items).orElse(List.of())) {
            Optional<Toml.Table> table = item.table();
            Optional<Toml.Entry> name = table.flatMap(t -> t.entry("name"));
            Optional<String> written = name.flatMap(entry -> entry.value().string());
            if (written.isEmpty()) {
                continue;
            }
            Toml.Table entry = table.get();
            boolean own = entry.table("source").map(s -> s.get("editable").isPresent() || s.get("virtual").isPresent())
                    .orElse(false);
            int index = graph.add(written.get(), entry.string("version").orElse(null),
                    file.location(name.get().line(), name.get().column()), !own);
            byName.computeIfAbsent(PyLocks.normalize(written.get()), k -> new ArrayList<>()).add(index);
            List<Ref> refs = new ArrayList<>();
            refs(entry.get("dependencies"), refs);
            if (own) {
                for (String group : GROUP_TABLES) {
                    entry.table(group).ifPresent(groups -> groups.entries()
                            .forEach(g -> refs(Optional.of(g.value()), refs)));
                }
            }
            dependencies.add(refs);
            project.add(own);
        }
        for (int i = 0; i < dependencies.size(); i++) {
            for (Ref ref : dependencies.get(i)) {
                for (int target : byName.getOrDefault(ref.name(), List.of())) {
                    if (ref.version() == null || ref.version().equals(graph.node(target).version())) {
                        if (project.get(i)) {
                            graph.direct(target);
                        } else {
                            graph.edge(i, target);
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static void refs(Optional<Toml.Value> array, List<Ref> into) {
        for (Toml.Value item : array.map(Toml.Value::items).orElse(List.of())) {
            item.table().ifPresent(t -> t.string("name").ifPresent(name ->
                    into.add(new Ref(PyLocks.normalize(name), t.string("version").orElse(null)))));
        }
    }
}
