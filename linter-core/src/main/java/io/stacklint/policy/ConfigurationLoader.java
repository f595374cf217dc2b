package io.stacklint.policy;

import io.stacklint.error.ConfigurationException;
import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import io.stacklint.yaml.YamlConfigReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code .stacklint.yml}, refusing anything it does not understand with the file, line and column. */
public final class ConfigurationLoader {

    /** The configuration file looked for at the root of the scanned tree. */
    public static final String FILE_NAME = ".stacklint.yml";

    private static final Set<String> KEYS = Set.of("failOn", "warnOn", "paths", "eol");
    private static final Set<String> PATH_KEYS = Set.of("exclude", "include");

    private ConfigurationLoader() {
    }

    /** Parses configuration text; {@code path} is how messages name the file. */
    public static Configuration parse(String path, String text) {
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
        return new Configuration(Optional.of(path), failOn, warnOn, reader.strings(pathEntries.get("exclude")),
                reader.strings(pathEntries.get("include")), endOfLife);
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
