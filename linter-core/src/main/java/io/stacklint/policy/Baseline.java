package io.stacklint.policy;

import io.stacklint.model.Diagnostic;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Severity;
import io.stacklint.yaml.YamlConfigReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Findings accepted on some day, so that later runs report only what is new. A finding matches an accepted one by
 * technology, path and declaration as written, never by line: an edit above a declaration does not make it new,
 * and a second identical declaration in the same file is new only beyond the number accepted.
 */
public final class Baseline {

    /** Where {@code stacklint baseline} writes, and {@code check} looks, unless the configuration names a file. */
    public static final String DEFAULT_FILE = ".stacklint-baseline.json";

    /** The YAML baseline earlier versions wrote; read when the JSON one does not exist. */
    public static final String LEGACY_FILE = ".stacklint-baseline.yml";

    private static final Set<String> ROOT_KEYS = Set.of("schemaVersion", "findings");
    private static final Set<String> ENTRY_KEYS = Set.of("technology", "path", "value");

    private final String path;
    private final Map<Key, Integer> accepted;

    private Baseline(String path, Map<Key, Integer> accepted) {
        this.path = path;
        this.accepted = accepted;
    }

    private record Key(String technology, String path, String value) {

        static Key of(Finding finding) {
            return new Key(finding.technology(), finding.location().path(), finding.value());
        }
    }

    /** The findings the baseline does not accept, and a note of how many it did. */
    public record Result(List<Finding> findings, List<Diagnostic> diagnostics) {
    }

    /** Reads a baseline, JSON or YAML (JSON is read as the YAML it also is); {@code path} names the file. */
    public static Baseline parse(String path, String text) {
        YamlConfigReader reader = new YamlConfigReader(path);
        Node root = reader.rootNode(text);
        Map<Key, Integer> accepted = new HashMap<>();
        if (root != null) {
            reader.requireKnownKeys(root, ROOT_KEYS, "a baseline");
            Node findings = reader.mapping(root).get("findings");
            List<Node> items = findings instanceof SequenceNode sequence ? sequence.getValue() : List.of();
            for (Node item : items) {
                reader.requireKnownKeys(item, ENTRY_KEYS, "a baseline finding");
                Map<String, Node> fields = reader.mapping(item);
                Key key = new Key(required(reader, fields, "technology", item), required(reader, fields, "path", item),
                        required(reader, fields, "value", item));
                accepted.merge(key, 1, Integer::sum);
            }
        }
        return new Baseline(path, accepted);
    }

    private static String required(YamlConfigReader reader, Map<String, Node> fields, String key, Node item) {
        return reader.optionalString(fields, key)
                .orElseThrow(() -> reader.error(item, "a baseline finding needs '" + key + "'"));
    }

    /** Leaves out the findings this baseline accepts. */
    public Result apply(List<Finding> findings) {
        Map<Key, Integer> left = new HashMap<>(accepted);
        List<Finding> kept = new ArrayList<>();
        int matched = 0;
        for (Finding finding : findings) {
            Key key = Key.of(finding);
            if (!finding.waived() && left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
                matched++;
            } else {
                kept.add(finding);
            }
        }
        List<Diagnostic> notes = matched == 0 ? List.of() : List.of(new Diagnostic(Severity.NOTE,
                new Location(path, 1, 1), matched + (matched == 1 ? " finding is" : " findings are")
                        + " accepted in the baseline and not reported"));
        return new Result(List.copyOf(kept), notes);
    }

    /** How many findings the baseline lists. */
    public int size() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The findings of a run this baseline accepts, each accepted entry used once: what {@code --prune} keeps. */
    public List<Finding> accepted(List<Finding> findings) {
        Map<Key, Integer> left = new HashMap<>(accepted);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            Key key = Key.of(finding);
            if (!finding.waived() && left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
                kept.add(finding);
            }
        }
        return kept;
    }

    /**
     * The text of a baseline file accepting every finding not already waived: JSON for a {@code .json} file, else
     * YAML; sorted and free of dates in JSON so that rewriting it changes only what changed.
     */
    public static String render(String file, List<Finding> findings, String day) {
        return file.endsWith(".json") ? renderJson(findings) : render(findings, day);
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().filter(finding -> !finding.waived())
                .sorted(Comparator.comparing((Finding f) -> f.location().path()).thenComparing(Finding::technology)
                        .thenComparing(Finding::value))
                .toList();
    }

    private static String renderJson(List<Finding> findings) {
        List<Finding> accepted = sorted(findings);
        StringBuilder out = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"findings\": [");
        for (int i = 0; i < accepted.size(); i++) {
            Finding finding = accepted.get(i);
            out.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"technology\": ").append(quoted(finding.technology()))
                    .append(", \"path\": ").append(quoted(finding.location().path()))
                    .append(", \"value\": ").append(quoted(finding.value())).append('}');
        }
        return out.append(accepted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** A YAML baseline accepting every finding not already waived, sorted so that it diffs well in review. */
    static String render(List<Finding> findings, String day) {
        StringBuilder out = new StringBuilder("# stacklint baseline: findings accepted on ").append(day)
                .append(".\n# Later runs report only findings not listed here; 'stacklint baseline' rewrites it.\n")
                .append("findings:");
        List<Finding> accepted = sorted(findings);
        if (accepted.isEmpty()) {
            return out.append(" []\n").toString();
        }
        out.append('\n');
        for (Finding finding : accepted) {
            out.append("  - technology: ").append(quoted(finding.technology())).append('\n')
                    .append("    path: ").append(quoted(finding.location().path())).append('\n')
                    .append("    value: ").append(quoted(finding.value())).append('\n');
        }
        return out.toString();
    }

    /** A JSON string, which is also a YAML double-quoted scalar. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The file a configuration names, or the default one. */
    public static String fileOf(Configuration configuration) {
        return configuration.baseline().orElse(DEFAULT_FILE);
    }

    /**
     * The files a check looks for, in order: the one the configuration names; else the JSON default, then the
     * YAML file earlier versions wrote.
     */
    public static List<String> candidates(Configuration configuration) {
        return configuration.baseline().map(List::of).orElse(List.of(DEFAULT_FILE, LEGACY_FILE));
    }
}
