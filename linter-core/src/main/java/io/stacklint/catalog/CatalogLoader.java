package io.stacklint.catalog;

import io.stacklint.error.StacklintException;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Technology;
import io.stacklint.yaml.YamlConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the catalog format: {@code technologies:} mapping each id to its name, category, homepage, implied ids and
 * signatures ({@code packages} and {@code clients} per ecosystem, {@code images}, {@code actions}, {@code orbs},
 * {@code services}, {@code runtimes}, {@code resources} per tool, {@code files}). Every key is checked, so a typo in a catalog entry fails loudly instead of detecting nothing.
 */
public final class CatalogLoader {

    /** The catalog shipped in the rules module. */
    public static final String DEFAULT_RESOURCE = "io/stacklint/rules/catalog.yml";

    private static final Set<String> ENTRY_KEYS = Set.of(
            "name", "category", "homepage", "implies", "packages", "clients", "images", "actions", "orbs", "services",
            "runtimes", "resources", "files");
    private static final Set<String> ECOSYSTEMS = Set.of(
            "maven", "gradle", "npm", "gem", "hex", "pypi", "go", "composer", "cargo", "nuget", "pub", "conan",
            "vcpkg", "terraform", "helm", "ansible", "puppet", "chef");
    private static final Set<String> RESOURCE_ECOSYSTEMS = Set.of(
            "terraform", "kubernetes", "ansible", "puppet", "chef", "salt", "heroku", "serverless");

    private CatalogLoader() {
    }

    /** The default catalog, from the rules module on the class path. */
    public static Catalog loadDefault() {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new StacklintException("the default catalog " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses catalog YAML; {@code path} names the file in error messages. */
    public static Catalog parse(String path, String text) {
        YamlConfigReader reader = new YamlConfigReader(path);
        Node document = reader.rootNode(text);
        if (document != null) {
            reader.requireKnownKeys(document, Set.of("technologies"), "a catalog");
        }
        Node rootNode = document == null ? null : reader.mapping(document).get("technologies");
        if (rootNode == null) {
            throw new StacklintException(path + ":1:1: a catalog needs a 'technologies' mapping");
        }
        List<Technology> technologies = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        Map<String, Node> entries = reader.mapping(rootNode);
        Map<String, Node> idNodes = reader.keys(rootNode);
        for (var entry : entries.entrySet()) {
            String id = entry.getKey();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw reader.error(idNodes.get(id), "technology id '" + id + "' is not lowercase kebab-case");
            }
            Node entryNode = entry.getValue();
            reader.requireKnownKeys(entryNode, ENTRY_KEYS, "technology '" + id + "'");
            Map<String, Node> fields = reader.mapping(entryNode);
            String name = reader.optionalString(fields, "name")
                    .orElseThrow(() -> reader.error(entryNode, "technology '" + id + "' needs a name"));
            String category = reader.optionalString(fields, "category")
                    .orElseThrow(() -> reader.error(entryNode, "technology '" + id + "' needs a category"));
            String homepage = reader.optionalString(fields, "homepage").orElse(null);
            List<String> implies = reader.strings(fields.get("implies"));
            technologies.add(new Technology(id, name, category, homepage, implies));

            addPackages(signatures, reader, fields.get("packages"), id, true);
            addPackages(signatures, reader, fields.get("clients"), id, false);
            add(signatures, reader, fields.get("images"), EvidenceKind.CONTAINER_IMAGE, "docker", id, true);
            add(signatures, reader, fields.get("actions"), EvidenceKind.CI_ACTION, "github", id, false);
            add(signatures, reader, fields.get("orbs"), EvidenceKind.CI_ACTION, "circleci", id, false);
            add(signatures, reader, fields.get("services"), EvidenceKind.CI_SERVICE, "ci", id, true);
            add(signatures, reader, fields.get("runtimes"), EvidenceKind.RUNTIME, "runtime", id, true);
            addPerEcosystem(signatures, reader, fields.get("resources"), RESOURCE_ECOSYSTEMS, EvidenceKind.RESOURCE,
                    "resources of '" + id + "'", id, true);
            add(signatures, reader, fields.get("files"), EvidenceKind.FILE, "file", id, false);
        }
        for (Technology technology : technologies) {
            for (String implied : technology.implies()) {
                if (!entries.containsKey(implied)) {
                    throw reader.error(entries.get(technology.id()),
                            "technology '" + technology.id() + "' implies unknown technology '" + implied + "'");
                }
            }
        }
        return new Catalog(technologies, signatures);
    }

    private static void addPackages(List<Signature> signatures, YamlConfigReader reader, Node node, String id,
            boolean versioned) {
        addPerEcosystem(signatures, reader, node, ECOSYSTEMS, EvidenceKind.PACKAGE,
                (versioned ? "packages" : "clients") + " of '" + id + "'", id, versioned);
    }

    private static void addPerEcosystem(List<Signature> signatures, YamlConfigReader reader, Node node,
            Set<String> ecosystems, EvidenceKind kind, String what, String id, boolean versioned) {
        if (node == null) {
            return;
        }
        reader.requireKnownKeys(node, ecosystems, what);
        for (var ecosystem : reader.mapping(node).entrySet()) {
            add(signatures, reader, ecosystem.getValue(), kind, ecosystem.getKey(), id, versioned);
        }
    }

    private static void add(List<Signature> signatures, YamlConfigReader reader, Node node, EvidenceKind kind,
            String ecosystem, String id, boolean versioned) {
        for (String name : reader.strings(node)) {
            signatures.add(new Signature(kind, ecosystem, name, id, versioned));
        }
    }
}
