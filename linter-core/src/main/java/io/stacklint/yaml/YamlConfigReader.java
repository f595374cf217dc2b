package io.stacklint.yaml;

import io.stacklint.error.ConfigurationException;
import io.stacklint.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Strict reading of YAML a person wrote for stacklint (configuration, radars, the catalog): every unknown key,
 * wrong type or duplicate is a {@link ConfigurationException} naming the file, line and column.
 */
public final class YamlConfigReader {

    private final String path;

    public YamlConfigReader(String path) {
        this.path = path;
    }

    /** The single document of the file as a mapping; an empty file is an empty mapping. */
    public Map<String, Node> root(String text) {
        Node document = rootNode(text);
        return document == null ? Map.of() : mapping(document);
    }

    /** The single document of the file, or null for an empty file. */
    public Node rootNode(String text) {
        List<Node> documents;
        try {
            documents = SafeYaml.documents(text);
        } catch (YamlSyntaxException e) {
            throw new ConfigurationException(new Location(path, e.line(), e.column()), e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            return null;
        }
        if (documents.size() > 1) {
            throw error(documents.get(1), "expected one YAML document, found " + documents.size());
        }
        // "---" alone, or a file of comments after it, is an empty document: nothing configured
        return isNull(documents.get(0)) ? null : documents.get(0);
    }

    /** The entries of a mapping in file order, refusing duplicate and non-scalar keys. */
    public Map<String, Node> mapping(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "expected a mapping (key: value), found " + describe(node));
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), "expected a plain key");
            }
            if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                throw error(key, "duplicate key '" + key.getValue() + "'");
            }
        }
        return entries;
    }

    /** The keys of a mapping, so callers can point at a key rather than its value. */
    public Map<String, Node> keys(Node node) {
        Map<String, Node> keys = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    keys.put(key.getValue(), key);
                }
            }
        }
        return keys;
    }

    /** Refuses any key outside {@code known}, suggesting the nearest known one. */
    public void requireKnownKeys(Node mappingNode, Set<String> known, String what) {
        for (var entry : keys(mappingNode).entrySet()) {
            if (!known.contains(entry.getKey())) {
                String hint = nearest(entry.getKey(), known).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; known keys: " + String.join(", ", known.stream().sorted().toList()));
                throw error(entry.getValue(), "unknown key '" + entry.getKey() + "' in " + what + hint);
            }
        }
    }

    public String string(Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
            return scalar.getValue();
        }
        throw error(node, "expected a text value, found " + describe(node));
    }

    public Optional<String> optionalString(Map<String, Node> entries, String key) {
        Node node = entries.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        return Optional.of(string(node));
    }

    /** {@code true} or {@code false}, as YAML 1.2 writes them; yes/no/on/off are refused as ambiguous. */
    public Optional<Boolean> optionalBoolean(Map<String, Node> entries, String key) {
        Node node = entries.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        String text = string(node);
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw error(node, "expected true or false for " + key + ", found '" + text + "'");
        };
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> strings(Node node) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            return List.of(string(node));
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "expected a list, found " + describe(node));
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            values.add(string(item));
        }
        return values;
    }

    public Location location(Node node) {
        return new Location(path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    public ConfigurationException error(Node node, String message) {
        return new ConfigurationException(location(node), message);
    }

    public String path() {
        return path;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()
                ? "'" + scalar.getValue() + "'" : "nothing";
    }

    /** The closest candidate by edit distance, when it is close enough to be a likely typo. */
    public static Optional<String> nearest(String wanted, Iterable<String> candidates) {
        String lowered = wanted.toLowerCase(java.util.Locale.ROOT);
        List<String> all = new ArrayList<>();
        candidates.forEach(all::add);
        return all.stream()
                .map(c -> Map.entry(c, distance(lowered, c.toLowerCase(java.util.Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(2, wanted.length() / 3))
                .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
