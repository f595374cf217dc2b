package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an npm {@code package-lock.json} or {@code npm-shrinkwrap.json} beside its {@code package.json}: every
 * installed package the project gets through another one, as npm evidence in scope transitive with its path from a
 * direct dependency.
 *
 * <p>Lockfile versions 2 and 3 are read from {@code packages}, keyed by install folder: the root {@code ""} and the
 * workspace folders (paths outside {@code node_modules}, and {@code link: true} entries pointing at them) are the
 * project, and their {@code dependencies}, {@code devDependencies}, {@code optionalDependencies} and
 * {@code peerDependencies} are the direct dependencies; every other entry's dependencies are resolved as Node does,
 * from its own {@code node_modules} up to the root's. Version 1 (no {@code packages}) is read from the nested
 * {@code dependencies} tree and its {@code requires}; the direct dependencies are the manifest's, plus top-level
 * entries that nothing requires. An alias ({@code "mysql": {"name": "mysql2"}} or v1 {@code "version":
 * "npm:mysql2@3.9.1"}) is reported under its real name. Extraneous entries are not reported. Locations are those of
 * the entry's key.
 */
public final class NpmLockExtractor implements LockfileExtractor {

    private static final Set<String> FILE_NAMES = Set.of("package-lock.json", "npm-shrinkwrap.json");
    private static final String NODE_MODULES = "node_modules/";
    private static final String ALIAS_PREFIX = "npm:";
    private static final Set<String> EDGE_SECTIONS =
            Set.of("dependencies", "optionalDependencies", "peerDependencies");
    private static final String DEV_SECTION = "devDependencies";

    @Override
    public String id() {
        return "npm-lock";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return FILE_NAMES.contains(name);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "package.json")) {
            return List.of();
        }
        Lock lock = JsonTrees.readObject(file, file.name(), parser -> readLock(file, parser)).orElse(null);
        if (lock == null) {
            return List.of();
        }
        LockGraph graph = lock.packages.isEmpty() && !lock.legacy.isEmpty()
                ? legacyGraph(lock.legacy, manifestNames(file))
                : packagesGraph(lock.packages);
        return graph.evidence();
    }

    // ---- reading

    /** An entry of {@code packages}: its folder, the package it installs, and the names it depends on. */
    private record Installed(String path, String name, String version, boolean link, String resolved,
            boolean extraneous, List<String> dependencies, List<String> devDependencies, Location at) {
    }

    /** An entry of the v1 {@code dependencies} tree. */
    private static final class Legacy {
        final String key;
        final String version;
        final Location at;
        final boolean extraneous;
        final List<String> requires;
        final Map<String, Legacy> children;
        Legacy parent;

        Legacy(String key, String version, Location at, boolean extraneous, List<String> requires,
                Map<String, Legacy> children) {
            this.key = key;
            this.version = version;
            this.at = at;
            this.extraneous = extraneous;
            this.requires = requires;
            this.children = children;
        }
    }

    private record Lock(Map<String, Installed> packages, Map<String, Legacy> legacy) {
    }

    private static Lock readLock(SourceFile file, JsonParser parser) throws IOException {
        Map<String, Installed> packages = new LinkedHashMap<>();
        Map<String, Legacy> legacy = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && field.equals("packages")) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String path = parser.currentName();
                    Location at = JsonTrees.location(file, parser);
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        packages.put(path, installed(parser, path, at));
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if (value == JsonToken.START_OBJECT && field.equals("dependencies")) {
                legacy.putAll(legacyChildren(file, parser));
            } else {
                parser.skipChildren();
            }
        }
        return new Lock(packages, legacy);
    }

    private static Installed installed(JsonParser parser, String path, Location at) throws IOException {
        String name = null;
        String version = null;
        String resolved = null;
        boolean link = false;
        boolean extraneous = false;
        List<String> dependencies = new ArrayList<>();
        List<String> devDependencies = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> name = value == JsonToken.VALUE_STRING ? parser.getText() : name;
                case "version" -> version = value == JsonToken.VALUE_STRING ? parser.getText() : version;
                case "resolved" -> resolved = value == JsonToken.VALUE_STRING ? parser.getText() : resolved;
                case "link" -> link = value == JsonToken.VALUE_TRUE;
                case "extraneous" -> extraneous = value == JsonToken.VALUE_TRUE;
                default -> {
                    if (value == JsonToken.START_OBJECT && EDGE_SECTIONS.contains(field)) {
                        dependencies.addAll(keys(parser));
                    } else if (value == JsonToken.START_OBJECT && field.equals(DEV_SECTION)) {
                        devDependencies.addAll(keys(parser));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        if (name == null) {
            int folder = path.lastIndexOf(NODE_MODULES);
            name = folder < 0 ? path : path.substring(folder + NODE_MODULES.length());
        }
        return new Installed(path, name, version, link, resolved, extraneous, dependencies, devDependencies, at);
    }

    private static Map<String, Legacy> legacyChildren(SourceFile file, JsonParser parser) throws IOException {
        Map<String, Legacy> children = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location at = JsonTrees.location(file, parser);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String version = null;
            boolean extraneous = false;
            List<String> requires = new ArrayList<>();
            Map<String, Legacy> nested = Map.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("version") && value == JsonToken.VALUE_STRING) {
                    version = parser.getText();
                } else if (field.equals("extraneous")) {
                    extraneous = value == JsonToken.VALUE_TRUE;
                } else if (field.equals("requires") && value == JsonToken.START_OBJECT) {
                    requires.addAll(keys(parser));
                } else if (field.equals("dependencies") && value == JsonToken.START_OBJECT) {
                    nested = legacyChildren(file, parser);
                } else {
                    parser.skipChildren();
                }
            }
            Legacy entry = new Legacy(key, version, at, extraneous, requires, nested);
            nested.values().forEach(child -> child.parent = entry);
            children.put(key, entry);
        }
        return children;
    }

    private static List<String> keys(JsonParser parser) throws IOException {
        List<String> keys = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            keys.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
        }
        return keys;
    }

    private static Set<String> manifestNames(SourceFile file) {
        return file.resolve("package.json").map(NpmManifest::dependencies).map(Map::keySet).orElse(Set.of());
    }

    // ---- v2 and v3: packages keyed by folder

    private static LockGraph packagesGraph(Map<String, Installed> packages) {
        LockGraph graph = new LockGraph("npm");
        Map<String, Integer> index = new HashMap<>();
        for (Installed entry : packages.values()) {
            if (!isProject(entry) && !entry.extraneous()) {
                index.put(entry.path(), graph.add(entry.name(), entry.version(), entry.at(), true));
            }
        }
        for (Installed entry : packages.values()) {
            Integer from = index.get(entry.path());
            if (isProject(entry)) {
                if (entry.link()) {
                    continue;
                }
                List<String> all = new ArrayList<>(entry.dependencies());
                all.addAll(entry.devDependencies());
                for (String dependency : all) {
                    Integer target = index.get(resolve(packages, entry.path(), dependency));
                    if (target != null) {
                        graph.direct(target);
                    }
                }
            } else if (from != null) {
                for (String dependency : entry.dependencies()) {
                    Integer target = index.get(resolve(packages, entry.path(), dependency));
                    if (target != null) {
                        graph.edge(from, target);
                    }
                }
            }
        }
        return graph;
    }

    /** Workspace folders, the root, and links to them are project code, not dependencies. */
    private static boolean isProject(Installed entry) {
        String path = entry.path();
        boolean installed = path.startsWith(NODE_MODULES) || path.contains("/" + NODE_MODULES);
        return entry.link() || !installed;
    }

    /** The folder Node would load {@code name} from, required from {@code folder}; null when none is installed. */
    private static String resolve(Map<String, Installed> packages, String folder, String name) {
        String base = folder;
        while (true) {
            String candidate = (base.isEmpty() ? "" : base + "/") + NODE_MODULES + name;
            if (packages.containsKey(candidate)) {
                return candidate;
            }
            if (base.isEmpty()) {
                return null;
            }
            int up = base.lastIndexOf("/" + NODE_MODULES);
            base = up < 0 ? "" : base.substring(0, up);
        }
    }

    // ---- v1: nested dependencies

    private static LockGraph legacyGraph(Map<String, Legacy> roots, Set<String> manifest) {
        LockGraph graph = new LockGraph("npm");
        Map<Legacy, Integer> index = new java.util.IdentityHashMap<>();
        List<Legacy> all = new ArrayList<>();
        collect(roots.values(), all);
        for (Legacy entry : all) {
            if (!entry.extraneous) {
                String name = entry.key;
                String version = entry.version;
                if (version != null && version.startsWith(ALIAS_PREFIX)) {
                    String target = version.substring(ALIAS_PREFIX.length());
                    int at = target.indexOf('@', 1);
                    if (at > 0) {
                        name = target.substring(0, at);
                        version = target.substring(at + 1);
                    }
                }
                index.put(entry, graph.add(name, version, entry.at, true));
            }
        }
        java.util.Set<Legacy> required = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Legacy entry : all) {
            Integer from = index.get(entry);
            for (String name : entry.requires) {
                Legacy target = resolve(roots, entry, name);
                if (target != null) {
                    required.add(target);
                    Integer to = index.get(target);
                    if (from != null && to != null) {
                        graph.edge(from, to);
                    }
                }
            }
        }
        for (Legacy root : roots.values()) {
            Integer at = index.get(root);
            if (at != null && (manifest.contains(root.key) || !required.contains(root))) {
                graph.direct(at);
            }
        }
        return graph;
    }

    private static void collect(Iterable<Legacy> entries, List<Legacy> into) {
        for (Legacy entry : entries) {
            into.add(entry);
            collect(entry.children.values(), into);
        }
    }

    private static Legacy resolve(Map<String, Legacy> roots, Legacy from, String name) {
        for (Legacy scope = from; scope != null; scope = scope.parent) {
            Legacy found = scope.children.get(name);
            if (found != null) {
                return found;
            }
        }
        return roots.get(name);
    }
}
