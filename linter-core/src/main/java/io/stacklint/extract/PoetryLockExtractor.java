package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Poetry {@code poetry.lock} beside its {@code pyproject.toml}: every locked package the project gets through
 * another one, as pypi evidence in scope transitive with its path from a direct dependency.
 *
 * <p>Each {@code [[package]]} table is one locked package (lock versions 1.x with {@code category} and 2.x alike);
 * its {@code [package.dependencies]} keys, compared after PEP 503 normalisation, are its edges. The direct
 * dependencies are those pyproject.toml declares in any section, read through {@link PyprojectExtractor}; when it
 * cannot be read, the packages nothing else depends on stand in for them. Locations are those of the
 * {@code name =} key.
 */
public final class PoetryLockExtractor implements LockfileExtractor {

    @Override
    public String id() {
        return "poetry-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("poetry.lock");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "pyproject.toml")) {
            return List.of();
        }
        try {
            Toml.Table root = Toml.parse(file);
            Optional<Set<String>> direct = PyLocks.directNames(file.resolve("pyproject.toml"),
                    new PyprojectExtractor());
            return graph(file, root, direct).evidence();
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read poetry.lock: " + e.getClass().getSimpleName(), e);
        }
    }

    private static LockGraph graph(SourceFile file, Toml.Table root, Optional<Set<String>> direct) {
        LockGraph graph = new LockGraph("pypi");
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        List<List<String>> dependencies = new ArrayList<>();
        for (Toml.Value item : root.get("package").map(Toml.Value::items).orElse(List.of())) {
            Optional<Toml.Table> table = item.table();
            Optional<Toml.Entry> name = table.flatMap(t -> t.entry("name"));
            Optional<String> written = name.flatMap(entry -> entry.value().string());
            if (written.isEmpty()) {
                continue;
            }
            String version = table.get().string("version").orElse(null);
            int index = graph.add(written.get(), version, file.location(name.get().line(), name.get().column()),
                    true);
            byName.computeIfAbsent(PyLocks.normalize(written.get()), k -> new ArrayList<>()).add(index);
            List<String> edges = new ArrayList<>();
            table.get().table("dependencies").ifPresent(deps -> deps.entries()
                    .forEach(entry -> edges.add(PyLocks.normalize(entry.key()))));
            dependencies.add(edges);
        }
        Set<String> depended = new HashSet<>();
        for (int i = 0; i < dependencies.size(); i++) {
            for (String dependency : dependencies.get(i)) {
                for (int target : byName.getOrDefault(dependency, List.of())) {
                    graph.edge(i, target);
                    depended.add(dependency);
                }
            }
        }
        for (Map.Entry<String, List<Integer>> entry : byName.entrySet()) {
            boolean isDirect = direct.map(names -> names.contains(entry.getKey()))
                    .orElse(!depended.contains(entry.getKey()));
            if (isDirect) {
                entry.getValue().forEach(graph::direct);
            }
        }
        return graph;
    }
}
