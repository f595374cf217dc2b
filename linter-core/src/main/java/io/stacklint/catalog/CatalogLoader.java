package io.stacklint.catalog;

import io.stacklint.error.ConfigurationException;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Location;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Technology;
import io.stacklint.yaml.YamlConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the catalog format (docs/catalog.md): an index file whose {@code parts:} name the files that hold the
 * entries, each a {@code technologies:} mapping of id to name, category, homepage, implied ids and signatures
 * ({@code packages} and {@code clients} per ecosystem, {@code images}, {@code actions}, {@code orbs},
 * {@code services}, {@code runtimes}, {@code resources} per tool, {@code files}). Everything is checked, with the
 * file, line and column of the offence: unknown keys, an id defined twice, a signature two technologies claim, an
 * {@code implies} naming no technology. A typo in a catalog entry fails the build instead of detecting nothing.
 */
public final class CatalogLoader {

    /** The catalog index shipped in the rules module. */
    public static final String DEFAULT_RESOURCE = "io/stacklint/rules/catalog.yml";

    private static final Set<String> ENTRY_KEYS = Set.of(
            "name", "category", "homepage", "aliases", "implies", "packages", "clients", "images", "actions", "orbs", "services",
            "runtimes", "resources", "files", "sources");
    private static final Set<String> ECOSYSTEMS = Set.of(
            "maven", "gradle", "npm", "gem", "hex", "pypi", "go", "composer", "cargo", "nuget", "pub", "conan",
            "vcpkg", "terraform", "helm", "ansible", "puppet", "chef", "packer");
    private static final Set<String> RESOURCE_ECOSYSTEMS = Set.of(
            "terraform", "kubernetes", "ansible", "puppet", "chef", "salt", "heroku", "serverless", "packer");

    private static final java.util.regex.Pattern KEBAB_CASE = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final java.util.regex.Pattern SOURCE_EXTENSION = java.util.regex.Pattern.compile("\\.[a-z0-9+]+");

    private CatalogLoader() {
    }

    /** The default catalog, from the rules module on the class path. */
    public static Catalog loadDefault() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : defaultParts()) {
            parts.put(part, resource(part));
        }
        return load(parts);
    }

    /** The class path resources of the default catalog's parts, as its index lists them. */
    public static List<String> defaultParts() {
        YamlConfigReader reader = new YamlConfigReader(DEFAULT_RESOURCE);
        Node document = reader.rootNode(resource(DEFAULT_RESOURCE));
        if (document == null) {
            throw new StacklintException(DEFAULT_RESOURCE + ":1:1: the catalog index needs 'parts'");
        }
        reader.requireKnownKeys(document, Set.of("parts"), "the catalog index");
        String folder = DEFAULT_RESOURCE.substring(0, DEFAULT_RESOURCE.lastIndexOf('/') + 1);
        return reader.strings(reader.mapping(document).get("parts")).stream().map(part -> folder + part).toList();
    }

    private static String resource(String path) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new StacklintException("the catalog file " + path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one catalog file; {@code path} names the file in error messages. */
    public static Catalog parse(String path, String text) {
        return load(Map.of(path, text));
    }

    /** Parses catalog files (path to text) into one catalog, checking them against each other. */
    public static Catalog load(Map<String, String> files) {
        List<Technology> technologies = new ArrayList<>();
        List<Signature> signatures = new ArrayList<>();
        Map<String, Location> defined = new HashMap<>();
        Map<String, Claim> claims = new HashMap<>();
        Map<String, Claim> names = new HashMap<>();
        List<Pending> implications = new ArrayList<>();
        for (var file : files.entrySet()) {
            parsePart(file.getKey(), file.getValue(), technologies, signatures, defined, claims, names, implications);
        }
        for (Pending implication : implications) {
            if (!defined.containsKey(implication.implied())) {
                throw new ConfigurationException(implication.at(), "technology '" + implication.technology()
                        + "' implies unknown technology '" + implication.implied() + "'");
            }
        }
        return Catalog.of(technologies, signatures);
    }

    /** Who first claimed a signature, and where. */
    private record Claim(String technology, Location at) {
    }

    private record Pending(String technology, String implied, Location at) {
    }

    private static void parsePart(String path, String text, List<Technology> technologies,
            List<Signature> signatures, Map<String, Location> defined, Map<String, Claim> claims,
            Map<String, Claim> names,
            List<Pending> implications) {
        YamlConfigReader reader = new YamlConfigReader(path);
        Node document = reader.rootNode(text);
        if (document != null) {
            reader.requireKnownKeys(document, Set.of("technologies"), "a catalog");
        }
        Node rootNode = document == null ? null : reader.mapping(document).get("technologies");
        if (rootNode == null) {
            throw new StacklintException(path + ":1:1: a catalog needs a 'technologies' mapping");
        }
        Map<String, Node> entries = reader.mapping(rootNode);
        Map<String, Node> idNodes = reader.keys(rootNode);
        for (var entry : entries.entrySet()) {
            String id = entry.getKey();
            if (!KEBAB_CASE.matcher(id).matches()) {
                throw reader.error(idNodes.get(id), "technology id '" + id + "' is not lowercase kebab-case");
            }
            Location first = defined.putIfAbsent(id, reader.location(idNodes.get(id)));
            if (first != null) {
                throw reader.error(idNodes.get(id), "technology '" + id + "' is already defined at " + first);
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
            List<String> aliases = reader.strings(fields.get("aliases"));
            List<Node> aliasNodes = items(fields.get("aliases"));
            for (int i = 0; i < aliases.size(); i++) {
                Claim claim = names.putIfAbsent(Technology.nameKey(aliases.get(i)),
                        new Claim(id, reader.location(aliasNodes.get(i))));
                if (claim != null && !claim.technology().equals(id)) {
                    throw reader.error(aliasNodes.get(i), "alias '" + aliases.get(i) + "' of '" + id
                            + "' is already a name of '" + claim.technology() + "' at " + claim.at());
                }
            }
            Map<String, Node> ownNames = new LinkedHashMap<>();
            ownNames.put(id, idNodes.get(id));
            ownNames.putIfAbsent(name, fields.get("name"));
            for (var own : ownNames.entrySet()) {
                Claim claim = names.putIfAbsent(Technology.nameKey(own.getKey()),
                        new Claim(id, reader.location(own.getValue())));
                if (claim != null && !claim.technology().equals(id)) {
                    throw reader.error(own.getValue(), "'" + own.getKey() + "' of '" + id + "' is already a name"
                            + " of '" + claim.technology() + "' at " + claim.at() + "; imported radars could not"
                            + " tell them apart");
                }
            }
            technologies.add(new Technology(id, name, category, homepage, implies, aliases));
            implies.forEach(implied -> implications.add(new Pending(id, implied, reader.location(fields.get("implies")))));
            int before = signatures.size();

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
            for (Node extension : items(fields.get("sources"))) {
                String written = reader.string(extension);
                if (!SOURCE_EXTENSION.matcher(written).matches()) {
                    throw reader.error(extension, "a source extension is a dot and lowercase letters or digits,"
                            + " such as .java; found '" + written + "'");
                }
            }
            add(signatures, reader, fields.get("sources"), EvidenceKind.SOURCE, "source", id, false);
            for (Signature signature : signatures.subList(before, signatures.size())) {
                String key = signature.kind() + "|" + signature.ecosystem() + "|"
                        + Catalog.normalize(signature.kind(), signature.ecosystem(), signature.name());
                Claim claim = claims.putIfAbsent(key, new Claim(id, signature.at()));
                if (claim != null) {
                    throw new ConfigurationException(signature.at(), "'" + signature.name() + "' of '" + id
                            + "' is already claimed by '" + claim.technology() + "' at " + claim.at()
                            + "; a signature belongs to one technology");
                }
            }
        }
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

    private static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : node == null ? List.of() : List.of(node);
    }

    private static void add(List<Signature> signatures, YamlConfigReader reader, Node node, EvidenceKind kind,
            String ecosystem, String id, boolean versioned) {
        if (node == null) {
            return;
        }
        List<String> names = reader.strings(node);
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        for (int i = 0; i < names.size(); i++) {
            Node item = i < items.size() ? items.get(i) : node;
            // a resource's version is an engine's (aws_db_instance:mysql 5.7): it belongs to the engine, never to the
            // cloud whose resources a pattern such as aws_* covers
            boolean ownVersion = versioned && (kind != EvidenceKind.RESOURCE || names.get(i).contains(":"));
            signatures.add(new Signature(kind, ecosystem, names.get(i), id, ownVersion, reader.location(item)));
        }
    }
}
