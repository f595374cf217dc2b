package io.stacklint.radar;

import io.stacklint.error.StacklintException;
import io.stacklint.model.Rating;
import io.stacklint.model.Ring;
import io.stacklint.yaml.YamlConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads stacklint's radar format: {@code ratings:} mapping each technology id to a ring, or to
 * {@code {ring, reason, replacements, source, versions}} ({@code versions} rating ranges on their own:
 * {@code "<12": avoid}), and optionally {@code extends:} the radars it adjusts. Every id must be one the catalog
 * knows, every ring one that exists, every range one {@link VersionRange} reads.
 */
public final class RadarLoader {

    /** The default rating list shipped in the rules module. */
    public static final String DEFAULT_RESOURCE = "io/stacklint/rules/radar.yml";

    private static final Set<String> ROOT_KEYS = Set.of("ratings", "extends");
    private static final Set<String> RATING_KEYS = Set.of("ring", "reason", "replacements", "source", "versions");
    private static final Set<String> VERSION_RULE_KEYS = Set.of("ring", "reason");

    private RadarLoader() {
    }

    /** The embedded default radar, checked against the catalog's ids. */
    public static Radar loadDefault(Set<String> knownIds) {
        try (InputStream in = RadarLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new StacklintException("the default radar " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), knownIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses radar YAML, ignoring what it extends; {@code path} names the file in error messages. */
    public static Radar parse(String path, String text, Set<String> knownIds) {
        return parseFile(path, text, knownIds).ratings();
    }

    /** A radar file's own ratings and the radars it extends, in order, each with where it is named. */
    record Parsed(Radar ratings, List<RadarReference> extended) {
    }

    static Parsed parseFile(String path, String text, Set<String> knownIds) {
        YamlConfigReader reader = new YamlConfigReader(path);
        Node rootNode = reader.rootNode(text);
        if (rootNode == null) {
            return new Parsed(new Radar(Map.of()), List.of());
        }
        reader.requireKnownKeys(rootNode, ROOT_KEYS, "a radar");
        Map<String, Node> root = reader.mapping(rootNode);
        List<RadarReference> extended = new ArrayList<>();
        Node extendsNode = root.get("extends");
        List<Node> extendsItems = extendsNode instanceof SequenceNode sequence ? sequence.getValue()
                : extendsNode == null ? List.of() : List.of(extendsNode);
        for (Node item : extendsItems) {
            extended.add(new RadarReference(reader.string(item), Optional.of(reader.location(item))));
        }
        Node ratingsNode = root.get("ratings");
        if (ratingsNode == null) {
            if (!extended.isEmpty()) {
                return new Parsed(new Radar(Map.of()), extended);
            }
            throw reader.error(rootNode, "a radar needs a 'ratings' mapping");
        }
        Map<String, Node> idNodes = reader.keys(ratingsNode);
        Map<String, Rating> ratings = new LinkedHashMap<>();
        Map<String, List<Radar.VersionRule>> versionRules = new LinkedHashMap<>();
        for (var entry : reader.mapping(ratingsNode).entrySet()) {
            String id = entry.getKey();
            if (!knownIds.contains(id)) {
                String hint = YamlConfigReader.nearest(id, knownIds).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; 'stacklint catalog' lists the known ids");
                throw reader.error(idNodes.get(id), "unknown technology id '" + id + "'" + hint);
            }
            Rating rating = rating(reader, id, entry.getValue(), knownIds);
            ratings.put(id, rating);
            if (entry.getValue() instanceof MappingNode) {
                Node versions = reader.mapping(entry.getValue()).get("versions");
                if (versions != null) {
                    versionRules.put(id, versionRules(reader, id, versions, rating));
                }
            }
        }
        return new Parsed(new Radar(ratings, versionRules), extended);
    }

    private static Rating rating(YamlConfigReader reader, String id, Node node, Set<String> knownIds) {
        if (node instanceof ScalarNode) {
            return new Rating(ring(reader, node), "", List.of());
        }
        reader.requireKnownKeys(node, RATING_KEYS, "the rating of '" + id + "'");
        Map<String, Node> fields = reader.mapping(node);
        Node ringNode = fields.get("ring");
        if (ringNode == null) {
            throw reader.error(node, "the rating of '" + id + "' needs a ring (" + Ring.names() + ")");
        }
        String reason = reader.optionalString(fields, "reason").orElse("");
        Node replacementsNode = fields.get("replacements");
        List<String> replacements = reader.strings(replacementsNode);
        List<Node> items = replacementsNode instanceof SequenceNode sequence ? sequence.getValue()
                : replacementsNode == null ? List.of() : List.of(replacementsNode);
        for (int i = 0; i < replacements.size(); i++) {
            if (!knownIds.contains(replacements.get(i))) {
                throw reader.error(items.get(i), "replacement '" + replacements.get(i) + "' of '" + id
                        + "' is not a technology id the catalog knows");
            }
        }
        String source = reader.optionalString(fields, "source").orElse("");
        return new Rating(ring(reader, ringNode), reason.strip(), replacements, source.strip());
    }

    /** {@code versions:} ranges in order, each with a ring or {@code {ring, reason}}; the rest from the entry. */
    private static List<Radar.VersionRule> versionRules(YamlConfigReader reader, String id, Node node,
            Rating technology) {
        if (!(node instanceof MappingNode)) {
            throw reader.error(node, "versions of '" + id + "' must map version ranges to rings, such as"
                    + " \"<12\": avoid");
        }
        Map<String, Node> keys = reader.keys(node);
        List<Radar.VersionRule> rules = new ArrayList<>();
        for (var entry : reader.mapping(node).entrySet()) {
            VersionRange range;
            try {
                range = VersionRange.parse(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw reader.error(keys.get(entry.getKey()), e.getMessage());
            }
            Node value = entry.getValue();
            Ring ring;
            String reason = "";
            if (value instanceof ScalarNode) {
                ring = ring(reader, value);
            } else {
                reader.requireKnownKeys(value, VERSION_RULE_KEYS, "the rating of '" + id + "' " + range);
                Map<String, Node> fields = reader.mapping(value);
                if (fields.get("ring") == null) {
                    throw reader.error(value, "the rating of '" + id + "' " + range + " needs a ring ("
                            + Ring.names() + ")");
                }
                ring = ring(reader, fields.get("ring"));
                reason = reader.optionalString(fields, "reason").orElse("").strip();
            }
            if (reason.isEmpty()) {
                reason = "versions " + range + " are rated " + ring.id()
                        + (technology.reason().isEmpty() ? "" : "; " + technology.reason());
            }
            rules.add(new Radar.VersionRule(range,
                    new Rating(ring, reason, technology.replacements(), technology.source())));
        }
        return rules;
    }

    private static Ring ring(YamlConfigReader reader, Node node) {
        String text = reader.string(node);
        return Ring.parse(text).orElseThrow(() -> reader.error(node,
                "unknown ring '" + text + "'; rings are " + Ring.names()));
    }
}
