package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a {@code pnpm-lock.yaml} beside its {@code package.json}: every package the project gets through another
 * one, as npm evidence in scope transitive with its path from a direct dependency.
 *
 * <p>The direct dependencies are those of {@code importers} (one per workspace project), or of the top-level
 * {@code dependencies}, {@code devDependencies} and {@code optionalDependencies} of a single-project lockfile;
 * {@code link:} references are workspace projects, not dependencies. Packages are the keys of {@code packages}
 * (lockfile 5.x {@code /name/1.0.0_peer}, 6.0 {@code /name@1.0.0(peer@2)}) or, in 9.0, of {@code snapshots}, each
 * with {@code dependencies} and {@code optionalDependencies} giving the edges; a reference is a version (with its
 * peer suffix) or a whole key (an alias {@code /mysql2@3.9.7}, {@code mysql2@3.9.7}). Entries that differ only by
 * their peer suffix are one package. Locations are those of the package's key, in 9.0 its key under
 * {@code packages}.
 */
public final class PnpmLockExtractor implements LockfileExtractor {

    private static final String FILE_NAME = "pnpm-lock.yaml";
    private static final List<String> IMPORTER_SECTIONS =
            List.of("dependencies", "devDependencies", "optionalDependencies");
    private static final List<String> EDGE_SECTIONS = List.of("dependencies", "optionalDependencies");

    @Override
    public String id() {
        return "pnpm-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "package.json")) {
            return List.of();
        }
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty()) {
            return List.of();
        }
        Node root = document.get();
        String lockfileVersion = YamlTrees.get(root, "lockfileVersion").flatMap(YamlTrees::scalar).orElse("");
        boolean slashKeys = lockfileVersion.startsWith("5") || lockfileVersion.startsWith("'5");
        Node packages = YamlTrees.get(root, "packages").orElse(null);
        Optional<Node> snapshots = YamlTrees.get(root, "snapshots");

        // v9 names each package once under packages, and its peer variants under snapshots
        Map<String, Location> packageKeys = new HashMap<>();
        for (NodeTuple tuple : YamlTrees.entries(packages)) {
            YamlTrees.key(tuple).ifPresent(key -> packageKeys.put(key, YamlTrees.location(file, tuple.getKeyNode())));
        }
        List<NodeTuple> nodes = snapshots.map(YamlTrees::entries).orElse(YamlTrees.entries(packages));

        LockGraph graph = new LockGraph("npm");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (NodeTuple tuple : nodes) {
            Optional<String> key = YamlTrees.key(tuple);
            if (key.isEmpty() || index.containsKey(key.get())) {
                continue;
            }
            String[] id = nameAndVersion(key.get(), tuple.getValueNode(), slashKeys);
            Location at = snapshots.isPresent()
                    ? packageKeys.getOrDefault(stripPeers(key.get()), YamlTrees.location(file, tuple.getKeyNode()))
                    : YamlTrees.location(file, tuple.getKeyNode());
            index.put(key.get(), graph.add(id[0], id[1], at, true));
        }
        for (NodeTuple tuple : nodes) {
            Integer from = YamlTrees.key(tuple).map(index::get).orElse(null);
            if (from == null) {
                continue;
            }
            for (String section : EDGE_SECTIONS) {
                for (NodeTuple dependency : YamlTrees.entries(YamlTrees.get(tuple.getValueNode(), section)
                        .orElse(null))) {
                    Integer to = target(index, dependency, slashKeys);
                    if (to != null) {
                        graph.edge(from, to);
                    }
                }
            }
        }
        Optional<Node> importers = YamlTrees.get(root, "importers");
        if (importers.isPresent()) {
            for (NodeTuple importer : YamlTrees.entries(importers.get())) {
                directs(graph, index, importer.getValueNode(), slashKeys);
            }
        } else {
            directs(graph, index, root, slashKeys);
        }
        return graph.evidence();
    }

    private static void directs(LockGraph graph, Map<String, Integer> index, Node project, boolean slashKeys) {
        for (String section : IMPORTER_SECTIONS) {
            for (NodeTuple dependency : YamlTrees.entries(YamlTrees.get(project, section).orElse(null))) {
                Integer target = target(index, dependency, slashKeys);
                if (target != null) {
                    graph.direct(target);
                }
            }
        }
    }

    /**
     * The package a dependency entry refers to: {@code name: ref} (5.x, and every package's dependencies) or
     * {@code name: {specifier, version: ref}} (importers in 6.0 and 9.0); null for a link or an unknown reference.
     */
    private static Integer target(Map<String, Integer> index, NodeTuple dependency, boolean slashKeys) {
        Optional<String> name = YamlTrees.key(dependency);
        Node value = dependency.getValueNode();
        Optional<String> reference = YamlTrees.scalar(value)
                .or(() -> YamlTrees.get(value, "version").flatMap(YamlTrees::scalar));
        if (name.isEmpty() || reference.isEmpty() || reference.get().startsWith("link:")) {
            return null;
        }
        String ref = reference.get();
        Integer found = index.get(ref);
        if (found == null) {
            found = index.get(slashKeys ? "/" + name.get() + "/" + ref : "/" + name.get() + "@" + ref);
        }
        if (found == null) {
            found = index.get(name.get() + "@" + ref);
        }
        return found;
    }

    /** A package's name and version: its {@code name} and {@code version} fields when written, else from its key. */
    private static String[] nameAndVersion(String key, Node entry, boolean slashKeys) {
        Optional<String> name = YamlTrees.get(entry, "name").flatMap(YamlTrees::scalar);
        Optional<String> version = YamlTrees.get(entry, "version").flatMap(YamlTrees::scalar);
        String base = stripPeers(key.startsWith("/") ? key.substring(1) : key);
        String keyName;
        String keyVersion;
        if (slashKeys) {
            int underscore = base.indexOf('_');
            String plain = underscore < 0 ? base : base.substring(0, underscore);
            int slash = plain.lastIndexOf('/');
            keyName = slash < 0 ? plain : plain.substring(0, slash);
            keyVersion = slash < 0 ? null : plain.substring(slash + 1);
        } else {
            int at = base.indexOf('@', 1);
            keyName = at < 0 ? base : base.substring(0, at);
            keyVersion = at < 0 ? null : base.substring(at + 1);
        }
        return new String[] {name.orElse(keyName), version.orElse(keyVersion)};
    }

    /** A key without its peer suffix in parentheses (6.0, 9.0). */
    private static String stripPeers(String key) {
        int open = key.indexOf('(');
        return open < 0 ? key : key.substring(0, open);
    }
}
