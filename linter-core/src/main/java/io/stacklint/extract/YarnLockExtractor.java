package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a Yarn {@code yarn.lock} beside its {@code package.json}: every package the project gets through another
 * one, as npm evidence in scope transitive with its path from a direct dependency.
 *
 * <p>Two formats. Yarn Berry (2+) writes YAML with a {@code __metadata} entry: its {@code @workspace:} entries are
 * the project, and their {@code dependencies} are the direct ones. Yarn classic (1.x) writes its own indented
 * format, not YAML, and records no workspace entry: the direct dependencies are the manifest's, plus entries that
 * no other entry depends on (a workspace's own dependencies). Both key entries by the descriptors they satisfy
 * ({@code "mysql2@npm:^3.9.1, mysql2@^3.6.0":}); an entry's {@code dependencies} and {@code optionalDependencies}
 * name the descriptors it needs, which gives the edges. The package is named by its resolution (an alias
 * {@code "db@npm:mysql2@^3"} installs mysql2); {@code workspace:}, {@code link:}, {@code portal:} and
 * {@code file:} entries are project code, not dependencies. Locations are those of the entry's key.
 */
public final class YarnLockExtractor implements LockfileExtractor {

    private static final String FILE_NAME = "yarn.lock";
    private static final Set<String> LOCAL_PROTOCOLS = Set.of("workspace", "link", "portal", "file");
    private static final Set<String> EDGE_SECTIONS = Set.of("dependencies", "optionalDependencies");

    @Override
    public String id() {
        return "yarn-lock";
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
        String text = file.text();
        if (text.isBlank()) {
            return List.of();
        }
        return isBerry(text) ? berry(file) : classic(file, text);
    }

    /** One lockfile entry: the descriptors it satisfies, what it installs, and the descriptors it needs. */
    private record Entry(List<String> descriptors, String name, String version, String protocol, Location at,
            List<String[]> dependencies) {
    }

    private static boolean isBerry(String text) {
        for (String line : (Iterable<String>) text.lines()::iterator) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return line.startsWith("__metadata:");
            }
        }
        return false;
    }

    // ---- Berry: YAML

    private static List<Evidence> berry(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : YamlTrees.entries(document.get())) {
            String key = YamlTrees.key(tuple).orElse("");
            if (key.equals("__metadata") || key.isBlank()) {
                continue;
            }
            Node value = tuple.getValueNode();
            List<String> descriptors = splitDescriptors(key);
            String version = YamlTrees.get(value, "version").flatMap(YamlTrees::scalar).orElse(null);
            String resolution = YamlTrees.get(value, "resolution").flatMap(YamlTrees::scalar)
                    .orElse(descriptors.get(0));
            List<String[]> dependencies = new ArrayList<>();
            for (String section : EDGE_SECTIONS) {
                for (NodeTuple dependency : YamlTrees.entries(YamlTrees.get(value, section).orElse(null))) {
                    String range = YamlTrees.scalar(dependency.getValueNode()).orElse("");
                    YamlTrees.key(dependency).ifPresent(name -> dependencies.add(new String[] {name, range}));
                }
            }
            String[] resolved = split(resolution);
            entries.add(new Entry(descriptors, resolved[0], version, protocol(resolved[1]),
                    YamlTrees.location(file, tuple.getKeyNode()), dependencies));
        }
        return graph(entries, Map.of(), true).evidence();
    }

    // ---- classic: yarn's own format

    private static List<Evidence> classic(SourceFile file, String text) throws ExtractionException {
        List<Entry> entries = new ArrayList<>();
        List<String> descriptors = null;
        String version = null;
        Location at = null;
        List<String[]> dependencies = new ArrayList<>();
        String section = null;
        int lineNumber = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent == 0) {
                if (descriptors != null) {
                    entries.add(classicEntry(descriptors, version, at, dependencies));
                }
                if (!content.endsWith(":")) {
                    throw new ExtractionException(lineNumber, 1, "yarn.lock: expected an entry key ending in ':'");
                }
                descriptors = descriptorList(content.substring(0, content.length() - 1), lineNumber);
                at = file.location(lineNumber, 1);
                version = null;
                dependencies = new ArrayList<>();
                section = null;
            } else if (descriptors == null) {
                throw new ExtractionException(lineNumber, indent + 1, "yarn.lock: a field outside any entry");
            } else if (indent == 2) {
                String[] field = field(line, indent, lineNumber);
                section = field[1] == null && field[0].endsWith(":")
                        ? field[0].substring(0, field[0].length() - 1) : null;
                if (field[0].equals("version") || field[0].equals("version:")) {
                    version = field[1];
                }
            } else if (indent >= 4 && section != null && EDGE_SECTIONS.contains(section)) {
                String[] field = field(line, indent, lineNumber);
                String name = field[0].endsWith(":") ? field[0].substring(0, field[0].length() - 1) : field[0];
                dependencies.add(new String[] {name, field[1] == null ? "" : field[1]});
            }
        }
        if (descriptors != null) {
            entries.add(classicEntry(descriptors, version, at, dependencies));
        }
        Map<String, List<String>> manifest = file.resolve("package.json")
                .map(NpmManifest::dependencies).orElse(Map.of());
        return graph(entries, manifest, false).evidence();
    }

    private static Entry classicEntry(List<String> descriptors, String version, Location at,
            List<String[]> dependencies) {
        String[] first = split(descriptors.get(0));
        String name = first[0];
        String range = first[1];
        if (range.startsWith("npm:")) {
            String[] target = split(range.substring("npm:".length()));
            if (!target[0].isEmpty()) {
                name = target[0];
            }
        }
        return new Entry(descriptors, name, version, protocol(range), at, dependencies);
    }

    /** The comma-separated descriptors of an entry key, each unquoted. */
    private static List<String> descriptorList(String key, int line) throws ExtractionException {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            while (i < key.length() && (key.charAt(i) == ' ' || key.charAt(i) == ',')) {
                i++;
            }
            if (i >= key.length()) {
                break;
            }
            if (key.charAt(i) == '"') {
                int end = closingQuote(key, i);
                if (end < 0) {
                    throw new ExtractionException(line, i + 1, "yarn.lock: unterminated string");
                }
                found.add(unescape(key.substring(i + 1, end)));
                i = end + 1;
            } else {
                int end = key.indexOf(',', i);
                end = end < 0 ? key.length() : end;
                found.add(key.substring(i, end).strip());
                i = end;
            }
        }
        if (found.isEmpty()) {
            throw new ExtractionException(line, 1, "yarn.lock: an entry key without descriptors");
        }
        return found;
    }

    /** A field line: its name and its value (unquoted), or null for none. */
    private static String[] field(String line, int indent, int lineNumber) throws ExtractionException {
        int i = indent;
        String name;
        if (line.charAt(i) == '"') {
            int end = closingQuote(line, i);
            if (end < 0) {
                throw new ExtractionException(lineNumber, i + 1, "yarn.lock: unterminated string");
            }
            name = unescape(line.substring(i + 1, end));
            i = end + 1;
            if (i < line.length() && line.charAt(i) == ':') {
                name += ":";
                i++;
            }
        } else {
            int end = line.indexOf(' ', i);
            end = end < 0 ? line.length() : end;
            name = line.substring(i, end);
            i = end;
        }
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        String rest = line.substring(i).stripTrailing();
        if (rest.isEmpty()) {
            return new String[] {name, null};
        }
        if (rest.startsWith("\"")) {
            int end = closingQuote(rest, 0);
            if (end < 0) {
                throw new ExtractionException(lineNumber, i + 1, "yarn.lock: unterminated string");
            }
            if (end != rest.length() - 1) {
                throw new ExtractionException(lineNumber, i + end + 2, "yarn.lock: unexpected text after a string");
            }
            return new String[] {name, unescape(rest.substring(1, end))};
        }
        int quote = rest.indexOf('"');
        if (quote >= 0) {
            throw new ExtractionException(lineNumber, i + quote + 1, "yarn.lock: unexpected quote in a value");
        }
        return new String[] {name, rest};
    }

    private static int closingQuote(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String quoted) {
        return quoted.indexOf('\\') < 0 ? quoted : quoted.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    // ---- shared

    /** {@code name@range} split at the '@' after a scope's leading one: {name, range}. */
    private static String[] split(String descriptor) {
        int at = descriptor.indexOf('@', 1);
        return at < 0 ? new String[] {descriptor, ""}
                : new String[] {descriptor.substring(0, at), descriptor.substring(at + 1)};
    }

    private static List<String> splitDescriptors(String key) {
        List<String> found = new ArrayList<>();
        for (String part : key.split(",")) {
            if (!part.isBlank()) {
                found.add(part.strip());
            }
        }
        return found.isEmpty() ? List.of(key) : found;
    }

    /** The protocol of a range or resolution ({@code npm:^1} gives npm, {@code workspace:.} workspace), or "". */
    private static String protocol(String range) {
        int colon = range.indexOf(':');
        return colon <= 0 ? "" : range.substring(0, colon);
    }

    private static LockGraph graph(List<Entry> entries, Map<String, List<String>> manifest, boolean berry) {
        LockGraph graph = new LockGraph("npm");
        Map<String, Integer> byDescriptor = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        int[] index = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (LOCAL_PROTOCOLS.contains(entry.protocol())) {
                index[i] = -1;
                continue;
            }
            index[i] = graph.add(entry.name(), entry.version(), entry.at(), true);
            for (String descriptor : entry.descriptors()) {
                byDescriptor.put(descriptor, index[i]);
                byName.computeIfAbsent(split(descriptor)[0], k -> new ArrayList<>()).add(index[i]);
            }
        }
        Set<Integer> required = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean project = LOCAL_PROTOCOLS.contains(entry.protocol());
            for (String[] dependency : entry.dependencies()) {
                Integer target = lookup(byDescriptor, dependency[0], dependency[1]);
                if (target == null) {
                    continue;
                }
                if (project) {
                    graph.direct(target);
                } else if (index[i] >= 0) {
                    graph.edge(index[i], target);
                    required.add(target);
                }
            }
        }
        if (!berry) {
            manifest.forEach((name, specs) -> {
                boolean found = false;
                for (String spec : specs) {
                    Integer target = lookup(byDescriptor, name, spec);
                    if (target != null) {
                        graph.direct(target);
                        found = true;
                    }
                }
                List<Integer> sameName = byName.getOrDefault(name, List.of());
                if (!found && sameName.size() == 1) {
                    graph.direct(sameName.get(0));
                }
            });
            // Yarn classic records no workspace: what nothing depends on is some workspace's own dependency.
            for (int i = 0; i < graph.size(); i++) {
                if (!required.contains(i)) {
                    graph.direct(i);
                }
            }
        }
        return graph;
    }

    private static Integer lookup(Map<String, Integer> byDescriptor, String name, String range) {
        Integer found = byDescriptor.get(name + "@" + range);
        if (found == null && protocol(range).isEmpty()) {
            found = byDescriptor.get(name + "@npm:" + range);
        }
        return found;
    }
}
