package io.stacklint.policy;

import io.stacklint.error.ConfigurationException;
import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import io.stacklint.yaml.YamlConfigReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code .stacklint.yml}, refusing anything it does not understand with the file, line and column. */
public final class ConfigurationLoader {

    /** The configuration file looked for at the root of the scanned tree. */
    public static final String FILE_NAME = ".stacklint.yml";

    private static final Set<String> KEYS = Set.of("failOn", "warnOn", "paths", "exclude", "include", "eol",
            "radars", "radar", "waivers", "baseline", "transitive", "maxFileSize");
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
            "(\\d{1,9})\\s*(bytes|B|KiB|KB|MiB|MB)?", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Set<String> PATH_KEYS = Set.of("exclude", "include");
    private static final Set<String> WAIVER_KEYS = Set.of("technology", "paths", "reason", "until");

    private ConfigurationLoader() {
    }

    /** Parses configuration text without checking technology ids; {@code path} is how messages name the file. */
    public static Configuration parse(String path, String text) {
        return parse(path, text, null);
    }

    /**
     * Parses configuration text; {@code path} is how messages name the file. Waivers must name an id of
     * {@code knownIds} (null skips that check).
     */
    public static Configuration parse(String path, String text, Set<String> knownIds) {
        YamlConfigReader reader = new YamlConfigReader(path);
        Node document = reader.rootNode(text);
        if (document == null) {
            return new Configuration(Optional.of(path), Optional.empty(), Optional.empty());
        }
        reader.requireKnownKeys(document, KEYS, path);
        Map<String, Node> entries = reader.mapping(document);
        Optional<Ring> failOn = ring(reader, entries.get("failOn"), "failOn");
        Optional<Ring> warnOn = ring(reader, entries.get("warnOn"), "warnOn");
        if (failOn.isPresent() && warnOn.isPresent() && warnOn.get().compareTo(failOn.get()) > 0) {
            throw reader.error(entries.get("warnOn"), "warnOn (" + warnOn.get().id()
                    + ") must not be worse than failOn (" + failOn.get().id() + ")");
        }
        Node paths = entries.get("paths");
        Map<String, Node> pathEntries = Map.of();
        if (paths != null) {
            reader.requireKnownKeys(paths, PATH_KEYS, "paths");
            pathEntries = reader.mapping(paths);
        }
        Optional<EndOfLifeMode> endOfLife = Optional.empty();
        Node eol = entries.get("eol");
        if (eol != null) {
            String mode = reader.string(eol);
            endOfLife = Optional.of(EndOfLifeMode.parse(mode).orElseThrow(() -> new ConfigurationException(
                    reader.location(eol), "unknown eol mode '" + mode + "'; modes are " + EndOfLifeMode.names())));
        }
        List<Configuration.RadarSetting> radars = new ArrayList<>();
        Node radarsNode = entries.get("radars");
        if (entries.containsKey("radar")) {
            if (radarsNode != null) {
                throw reader.error(reader.keys(document).get("radar"), "'radar' and 'radars' are the same setting;"
                        + " keep one");
            }
            radarsNode = entries.get("radar");
        }
        for (Node item : items(reader, radarsNode)) {
            String reference = reader.string(item);
            if (reference.startsWith("http:")) {
                throw reader.error(item, "radar '" + reference + "' is fetched over plain http; only https URLs"
                        + " are accepted");
            }
            radars.add(new Configuration.RadarSetting(reference, reader.location(item)));
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Node item : items(reader, entries.get("waivers"))) {
            waivers.add(waiver(reader, item, knownIds));
        }
        Optional<String> baseline = reader.optionalString(entries, "baseline");
        Optional<Boolean> transitive = reader.optionalBoolean(entries, "transitive");
        return new Configuration(Optional.of(path), failOn, warnOn,
                concat(reader.strings(entries.get("exclude")), reader.strings(pathEntries.get("exclude"))),
                concat(reader.strings(entries.get("include")), reader.strings(pathEntries.get("include"))),
                endOfLife, radars, waivers, baseline, transitive, maxFileSize(reader, entries.get("maxFileSize")));
    }

    /** {@code 8MiB}, {@code 512 KiB} or a number of bytes; at least 1 KiB and at most 256 MiB. */
    private static Optional<Long> maxFileSize(YamlConfigReader reader, Node node) {
        if (node == null) {
            return Optional.empty();
        }
        String text = reader.string(node).strip();
        java.util.regex.Matcher size = SIZE.matcher(text);
        if (!size.matches()) {
            throw reader.error(node, "malformed size '" + text + "' for maxFileSize; write it as 8MiB, 512KiB or"
                    + " a number of bytes");
        }
        String unit = size.group(2) == null ? "b" : size.group(2).toLowerCase(java.util.Locale.ROOT);
        long bytes = Long.parseLong(size.group(1)) * (unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k")
                ? 1024 : 1);
        if (bytes < 1024 || bytes > 256L * 1024 * 1024) {
            throw reader.error(node, "maxFileSize " + text + " is out of range: from 1KiB to 256MiB");
        }
        return Optional.of(bytes);
    }

    /** Top-level {@code exclude:} and {@code paths: exclude:} are two spellings of one list. */
    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<Node> items(YamlConfigReader reader, Node node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw reader.error(node, "expected a list");
        }
        return sequence.getValue();
    }

    private static Waiver waiver(YamlConfigReader reader, Node node, Set<String> knownIds) {
        reader.requireKnownKeys(node, WAIVER_KEYS, "a waiver");
        Map<String, Node> fields = reader.mapping(node);
        for (String required : List.of("technology", "reason", "until")) {
            if (fields.get(required) == null) {
                throw reader.error(node, "a waiver needs '" + required + "'"
                        + ("until".equals(required) ? " (a date such as 2027-03-31): waivers expire" : ""));
            }
        }
        Node technologyNode = fields.get("technology");
        String technology = reader.string(technologyNode);
        if (knownIds != null && !knownIds.contains(technology)) {
            throw reader.error(technologyNode, "unknown technology id '" + technology + "'"
                    + YamlConfigReader.nearest(technology, knownIds).map(k -> "; did you mean '" + k + "'?")
                            .orElse("; 'stacklint catalog' lists the known ids"));
        }
        Node untilNode = fields.get("until");
        String untilText = reader.string(untilNode);
        LocalDate until;
        try {
            until = LocalDate.parse(untilText);
        } catch (DateTimeParseException e) {
            throw reader.error(untilNode, "malformed date '" + untilText + "'; write it as YYYY-MM-DD");
        }
        return new Waiver(technology, reader.strings(fields.get("paths")), reader.string(fields.get("reason")).strip(),
                until, reader.location(node));
    }

    private static Optional<Ring> ring(YamlConfigReader reader, Node node, String key) {
        if (node == null) {
            return Optional.empty();
        }
        String text = reader.string(node);
        return Optional.of(Ring.parse(text).orElseThrow(() -> new ConfigurationException(reader.location(node),
                "unknown ring '" + text + "' for " + key + "; rings are " + Ring.names())));
    }

    /** A configuration file that cannot be read at all. */
    public static ConfigurationException unreadable(String path, String reason) {
        return new ConfigurationException(new Location(path, 1, 1), reason);
    }
}
