package io.stacklint.radar;

import io.stacklint.error.StacklintException;
import io.stacklint.yaml.YamlConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads end-of-life facts ({@code eol.yml} in the rules module, written by rules/tools/import-eol.py): products with
 * a name, the catalog technologies that follow their cycles, a source, and cycles with an {@code eol} that is a
 * date, {@code true} (ended, date unknown) or {@code false} (no end announced).
 */
public final class LifecyclesLoader {

    /** The facts shipped in the rules module. */
    public static final String DEFAULT_RESOURCE = "io/stacklint/rules/eol.yml";

    private static final Set<String> PRODUCT_KEYS = Set.of("name", "technologies", "source", "cycles");
    private static final Set<String> CYCLE_KEYS = Set.of("cycle", "eol");

    private LifecyclesLoader() {
    }

    /** The shipped facts, checked against the catalog's ids. */
    public static Lifecycles loadDefault(Set<String> knownIds) {
        try (InputStream in = LifecyclesLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new StacklintException("the end-of-life data " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), knownIds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses end-of-life YAML; {@code path} names the file in error messages. */
    public static Lifecycles parse(String path, String text, Set<String> knownIds) {
        YamlConfigReader reader = new YamlConfigReader(path);
        Node root = reader.rootNode(text);
        if (root == null) {
            return Lifecycles.NONE;
        }
        reader.requireKnownKeys(root, Set.of("products"), "end-of-life data");
        Map<String, Lifecycles.Product> byTechnology = new HashMap<>();
        Node products = reader.mapping(root).get("products");
        if (products == null) {
            return Lifecycles.NONE;
        }
        for (var product : reader.mapping(products).entrySet()) {
            Node node = product.getValue();
            reader.requireKnownKeys(node, PRODUCT_KEYS, "product '" + product.getKey() + "'");
            Map<String, Node> fields = reader.mapping(node);
            String name = reader.optionalString(fields, "name").orElse(product.getKey());
            String source = reader.optionalString(fields, "source").orElse("");
            List<Lifecycles.Cycle> cycles = new ArrayList<>();
            Node cyclesNode = fields.get("cycles");
            List<Node> items = cyclesNode instanceof SequenceNode sequence ? sequence.getValue() : List.of();
            for (Node item : items) {
                reader.requireKnownKeys(item, CYCLE_KEYS, "a cycle of '" + product.getKey() + "'");
                Map<String, Node> cycle = reader.mapping(item);
                String cycleName = reader.optionalString(cycle, "cycle")
                        .orElseThrow(() -> reader.error(item, "a cycle needs a 'cycle' name"));
                String eol = reader.optionalString(cycle, "eol").orElse("false");
                cycles.add(cycle(reader, cycle.get("eol"), cycleName, eol));
            }
            Lifecycles.Product facts = new Lifecycles.Product(name, source, cycles);
            Node technologies = fields.get("technologies");
            for (String id : reader.strings(technologies)) {
                if (!knownIds.contains(id)) {
                    throw reader.error(technologies, "unknown technology id '" + id + "'");
                }
                byTechnology.put(id, facts);
            }
        }
        return Lifecycles.of(byTechnology);
    }

    private static Lifecycles.Cycle cycle(YamlConfigReader reader, Node node, String name, String eol) {
        return switch (eol) {
            case "true" -> new Lifecycles.Cycle(name, Optional.empty(), true);
            case "false" -> new Lifecycles.Cycle(name, Optional.empty(), false);
            default -> {
                try {
                    yield new Lifecycles.Cycle(name, Optional.of(LocalDate.parse(eol)), false);
                } catch (DateTimeParseException e) {
                    throw reader.error(node, "'" + eol + "' is not a date (YYYY-MM-DD), true or false");
                }
            }
        };
    }
}
