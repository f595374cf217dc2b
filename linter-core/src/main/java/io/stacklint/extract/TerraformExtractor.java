package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.extract.Hcl.Attribute;
import io.stacklint.extract.Hcl.Block;
import io.stacklint.extract.Hcl.Body;
import io.stacklint.extract.Hcl.Item;
import io.stacklint.extract.Hcl.Kind;
import io.stacklint.extract.Hcl.Value;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Terraform configurations, {@code *.tf} (HCL native syntax, through {@link Hcl}) and {@code *.tf.json} (the
 * same structure in JSON, read with Jackson's streaming parser under limits). All evidence has scope RUNTIME:
 * <ul>
 * <li>each {@code terraform { required_providers { name = { source, version } } }} entry: a terraform PACKAGE named
 * by its source without host ({@code registry.terraform.io/hashicorp/aws} is {@code hashicorp/aws}); an entry
 * without source, or the legacy {@code aws = "~> 2.0"}, is {@code hashicorp/<name>}; located at the entry's key;</li>
 * <li>{@code terraform { required_version }}: the terraform RUNTIME;</li>
 * <li>each {@code provider "name"} block: a terraform PACKAGE, the source the same file's required_providers gives
 * that local name, else {@code hashicorp/<name>}; version only from a literal {@code version} in the block;</li>
 * <li>each {@code module} block whose source is a registry address ({@code [host/]namespace/name/system}): a
 * terraform PACKAGE with the module's literal {@code version}; local paths, git, http, s3 and other sources give
 * nothing; and any module block, whatever its source, whose literal arguments name an engine as a resource's do
 * (below): a terraform RESOURCE {@code module:engine} ({@code module:postgres}, {@code module:mysql 8.0});</li>
 * <li>each {@code resource} and {@code data} block: a terraform RESOURCE named by its type, or
 * {@code type:engine} when a literal {@code engine}, {@code engine_type} or {@code database_version}
 * ({@code POSTGRES_15}, {@code MYSQL_8_0}) names the engine (lowercased); version from a literal
 * {@code engine_version}, else the version in database_version.</li>
 * </ul>
 *
 * <p>Decisions: only literal values count ({@code "${var.engine}"} and {@code var.engine} are not evidence).
 * Blocks are located at their first token ({@code resource}, {@code provider}, {@code module}); in JSON, where one
 * {@code "resource"} key holds many blocks, at the key of the block's last label (its name) or, for the array
 * form, at the block object's {@code {}. Files under {@code .terraform/} (modules and providers that
 * {@code terraform init} downloads) and {@code .terragrunt-cache/} are vendored copies and are not read. In JSON,
 * {@code "//"} keys are comments and are skipped, as Terraform does.
 */
public final class TerraformExtractor implements Extractor {

    private static final Pattern NAME_PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern MODULE_SYSTEM = Pattern.compile("[0-9a-z]{1,64}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+(:[0-9]+)?");
    private static final Set<String> VCS_HOSTS = Set.of("github.com", "bitbucket.org");
    private static final List<String> ENGINE_ATTRIBUTES = List.of("engine", "engine_type");

    @Override
    public String id() {
        return "terraform";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return (name.endsWith(".tf") || name.endsWith(".tf.json")) && !vendored(path);
    }

    /** True for files of the folders Terraform and Terragrunt download into. */
    static boolean vendored(String path) {
        return ("/" + path).contains("/.terraform/") || ("/" + path).contains("/.terragrunt-cache/");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Body body = file.name().endsWith(".json") ? JsonBody.read(file) : Hcl.parse(file);
            List<Evidence> found = new Reader(file, body).read();
            found.sort(Comparator.comparing(Evidence::location));
            return found;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Terraform file: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The {@code namespace/name} a provider source address names, lowercased as Terraform compares them: the host of
     * {@code host/namespace/name} is dropped and a bare {@code name} is {@code hashicorp/name}. Empty for anything
     * that is not an address.
     */
    static Optional<String> providerSource(String source) {
        String[] parts = source.strip().split("/", -1);
        if (parts.length == 3 && !parts[0].matches("[A-Za-z0-9.-]+(:[0-9]+)?")) {
            return Optional.empty();
        }
        String namespace = switch (parts.length) {
            case 1 -> "hashicorp";
            case 2 -> parts[0];
            case 3 -> parts[1];
            default -> null;
        };
        String name = parts[parts.length - 1];
        if (namespace == null || !NAME_PART.matcher(namespace).matches() || !NAME_PART.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.of((namespace + "/" + name).toLowerCase(Locale.ROOT));
    }

    /**
     * The {@code namespace/name/system} of a registry module source ({@code terraform-aws-modules/rds/aws},
     * optionally with a host and a {@code //subfolder}), or empty for local paths, VCS, archive and bucket sources.
     */
    static Optional<String> registryModule(String source) {
        String address = source.strip();
        if (address.startsWith(".") || address.startsWith("/") || address.contains("::") || address.contains("://")
                || address.contains("@") || address.contains("?")) {
            return Optional.empty();
        }
        int subfolder = address.indexOf("//");
        if (subfolder >= 0) {
            address = address.substring(0, subfolder);
        }
        String[] parts = address.split("/", -1);
        if (parts.length == 4 && HOST.matcher(parts[0]).matches()
                && !VCS_HOSTS.contains(parts[0].toLowerCase(Locale.ROOT))) {
            parts = new String[] {parts[1], parts[2], parts[3]};
        }
        if (parts.length != 3 || !NAME_PART.matcher(parts[0]).matches() || !NAME_PART.matcher(parts[1]).matches()
                || !MODULE_SYSTEM.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", parts));
    }

    /** The string or number an attribute of a body gives literally. */
    static Optional<String> literal(Body body, String name) {
        return body.attribute(name).flatMap(a -> a.value().literal());
    }

    /** The string an attribute of a body gives literally (numbers excluded). */
    private static Optional<String> literalString(Body body, String name) {
        return body.attribute(name).map(Attribute::value).filter(v -> v.kind() == Kind.STRING)
                .flatMap(Value::literal);
    }

    /** Walks the top-level blocks of one file. */
    private static final class Reader {

        private final SourceFile file;
        private final Body body;
        private final Map<String, String> localNames = new HashMap<>();
        private final List<Evidence> found = new ArrayList<>();

        Reader(SourceFile file, Body body) {
            this.file = file;
            this.body = body;
        }

        List<Evidence> read() {
            for (Block terraform : body.blocks("terraform")) {
                for (Block required : terraform.body().blocks("required_providers")) {
                    for (Item item : required.body().items()) {
                        if (item instanceof Attribute entry) {
                            requirementSource(entry).ifPresent(source -> localNames.putIfAbsent(entry.name(), source));
                        }
                    }
                }
            }
            for (Item item : body.items()) {
                if (item instanceof Block block) {
                    switch (block.type()) {
                        case "terraform" -> terraform(block);
                        case "provider" -> provider(block);
                        case "module" -> module(block);
                        case "resource", "data" -> resource(block);
                        default -> {
                            // variables, outputs, locals, moved, import, check: nothing they say is a dependency
                        }
                    }
                }
            }
            return found;
        }

        private void terraform(Block terraform) {
            for (Item item : terraform.body().items()) {
                if (item instanceof Attribute attribute && attribute.name().equals("required_version")
                        && attribute.value().kind() == Kind.STRING) {
                    attribute.value().literal().ifPresent(version -> found.add(new Evidence(EvidenceKind.RUNTIME,
                            "runtime", "terraform", version, at(attribute.line(), attribute.column()),
                            "terraform " + version, Scope.RUNTIME, List.of())));
                } else if (item instanceof Block block && block.type().equals("required_providers")) {
                    for (Item entry : block.body().items()) {
                        if (entry instanceof Attribute requirement) {
                            requirement(requirement);
                        }
                    }
                }
            }
        }

        private void requirement(Attribute entry) {
            Optional<String> source = requirementSource(entry);
            if (source.isEmpty()) {
                return;
            }
            Value value = entry.value();
            String version = value.kind() == Kind.OBJECT
                    ? value.entry("version").map(Attribute::value).filter(v -> v.kind() == Kind.STRING)
                            .flatMap(Value::literal).orElse(null)
                    : value.literal().orElse(null);
            found.add(provider(source.get(), version, at(entry.line(), entry.column())));
        }

        /** The source a required_providers entry names: its literal source, or hashicorp/name without one. */
        private static Optional<String> requirementSource(Attribute entry) {
            Value value = entry.value();
            if (value.kind() == Kind.OBJECT) {
                Optional<Attribute> source = value.entry("source");
                if (source.isPresent()) {
                    Value written = source.get().value();
                    return written.kind() == Kind.STRING ? written.literal().flatMap(TerraformExtractor::providerSource)
                            : Optional.empty();
                }
                return providerSource(entry.name());
            }
            return value.kind() == Kind.STRING ? providerSource(entry.name()) : Optional.empty();
        }

        private void provider(Block block) {
            if (block.labels().size() != 1) {
                return;
            }
            String local = block.labels().get(0);
            Optional<String> source = Optional.ofNullable(localNames.get(local)).or(() -> providerSource(local));
            if (source.isPresent() && !local.contains("/")) {
                String version = literalString(block.body(), "version").orElse(null);
                found.add(provider(source.get(), version, at(block.line(), block.column())));
            }
        }

        private void module(Block block) {
            if (block.labels().size() != 1) {
                return;
            }
            Optional<String> module = literalString(block.body(), "source")
                    .flatMap(TerraformExtractor::registryModule);
            if (module.isPresent()) {
                String version = literalString(block.body(), "version").orElse(null);
                found.add(Evidence.ofPackage("terraform", module.get(), version, at(block.line(), block.column()),
                        version == null ? module.get() : module.get() + " " + version, Scope.RUNTIME));
            }
            // A database module (terraform-aws-modules/rds, a team's own ../modules/db) passes the engine on to
            // its resources, where it is a variable: the call's literal argument is the only place it is written.
            engine(block.body()).ifPresent(engine -> {
                String name = "module:" + engine[0];
                found.add(new Evidence(EvidenceKind.RESOURCE, "terraform", name, engine[1],
                        at(block.line(), block.column()), engine[1] == null ? name : name + " " + engine[1],
                        Scope.RUNTIME, List.of()));
            });
        }

        private void resource(Block block) {
            if (block.labels().size() != 2 || block.labels().get(0).isBlank()) {
                return;
            }
            String type = block.labels().get(0);
            Optional<String[]> engine = engine(block.body());
            String name = engine.map(e -> type + ":" + e[0]).orElse(type);
            String version = engine.map(e -> e[1]).orElse(literal(block.body(), "engine_version").orElse(null));
            found.add(new Evidence(EvidenceKind.RESOURCE, "terraform", name, version,
                    at(block.line(), block.column()), version == null ? name : name + " " + version,
                    Scope.RUNTIME, List.of()));
        }

        /**
         * The lowercased engine and its version (or null) a block's literal {@code engine}, {@code engine_type} or
         * {@code database_version} names, with the version from a literal {@code engine_version} or else from
         * database_version.
         */
        private static Optional<String[]> engine(Body content) {
            Optional<String> engine = ENGINE_ATTRIBUTES.stream()
                    .map(name -> literalString(content, name)).flatMap(Optional::stream).findFirst();
            Optional<String[]> database = literalString(content, "database_version")
                    .map(TerraformExtractor::databaseVersion);
            if (engine.isEmpty() && database.isPresent()) {
                engine = Optional.of(database.get()[0]);
            }
            String version = literal(content, "engine_version")
                    .orElse(database.map(parts -> parts[1]).orElse(null));
            return engine.map(e -> new String[] {e.toLowerCase(Locale.ROOT), version});
        }

        private Evidence provider(String source, String version, Location location) {
            return Evidence.ofPackage("terraform", source, version, location,
                    version == null ? source : source + " " + version, Scope.RUNTIME);
        }

        private Location at(int line, int column) {
            return file.location(line, column);
        }
    }

    /**
     * Splits a Cloud SQL {@code database_version}: {@code POSTGRES_15} is postgres 15, {@code MYSQL_8_0} is mysql
     * 8.0, {@code SQLSERVER_2019_STANDARD} is sqlserver 2019. The version is null when no number follows the engine.
     */
    static String[] databaseVersion(String value) {
        String[] parts = value.strip().split("_");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i < parts.length && parts[i].matches("[0-9]+"); i++) {
            numbers.add(parts[i]);
        }
        return new String[] {parts[0].toLowerCase(Locale.ROOT), numbers.isEmpty() ? null : String.join(".", numbers)};
    }

    // ------------------------------------------------------------------------------------------------- JSON

    /**
     * Reads Terraform's JSON syntax into the same {@link Body} the HCL reader gives. JSON has no block syntax, so
     * the labels of the top-level block types are known here, as Terraform knows them from its schema: resource and
     * data have two, provider and module one, terraform none (with its required_providers block).
     */
    private static final class JsonBody {

        private static final Map<String, Integer> ROOT_BLOCKS = Map.of("terraform", 0, "provider", 1, "module", 1,
                "resource", 2, "data", 2);
        private static final Map<String, Integer> TERRAFORM_BLOCKS = Map.of("required_providers", 0);

        private final JsonParser parser;

        private JsonBody(JsonParser parser) {
            this.parser = parser;
        }

        static Body read(SourceFile file) throws ExtractionException {
            return JsonTrees.readObject(file, "Terraform JSON",
                    parser -> root((JsonObject) new JsonBody(parser).node())).orElse(new Body(List.of()));
        }

        // The JSON tree, with the position of every key and value.
        private sealed interface Node permits JsonObject, JsonArray, JsonScalar {
            int line();

            int column();
        }

        private record Entry(String key, int line, int column, Node value) {
        }

        private record JsonObject(List<Entry> entries, int line, int column) implements Node {
        }

        private record JsonArray(List<Node> items, int line, int column) implements Node {
        }

        private record JsonScalar(JsonToken token, String text, int line, int column) implements Node {
        }

        /** The value whose first token is the current one; Jackson's depth limit bounds the recursion. */
        private Node node() throws IOException {
            JsonLocation where = parser.currentTokenLocation();
            int line = JsonTrees.line(where);
            int column = JsonTrees.column(where);
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                List<Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    entries.add(new Entry(key, JsonTrees.line(keyAt), JsonTrees.column(keyAt), node()));
                }
                return new JsonObject(entries, line, column);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node());
                }
                return new JsonArray(items, line, column);
            }
            return new JsonScalar(token, parser.getText(), line, column);
        }

        private static Body root(JsonObject root) {
            List<Item> items = new ArrayList<>();
            for (Entry entry : root.entries()) {
                Integer labels = ROOT_BLOCKS.get(entry.key());
                if (labels != null) {
                    blocks(entry.key(), entry.value(), new ArrayList<>(), labels, entry.line(), entry.column(),
                            items);
                }
            }
            return new Body(items);
        }

        /** The blocks of one type: {@code remaining} levels of object keys are labels, then one body or an array. */
        private static void blocks(String type, Node node, List<String> labels, int remaining, int line, int column,
                List<Item> out) {
            if (node instanceof JsonArray array) {
                for (Node item : array.items()) {
                    blocks(type, item, labels, remaining, item.line(), item.column(), out);
                }
            } else if (node instanceof JsonObject object && remaining == 0) {
                Map<String, Integer> nested = type.equals("terraform") ? TERRAFORM_BLOCKS : Map.of();
                out.add(new Block(type, labels, line, column, body(object, nested)));
            } else if (node instanceof JsonObject object) {
                for (Entry entry : object.entries()) {
                    if (!entry.key().equals("//")) {
                        List<String> more = new ArrayList<>(labels);
                        more.add(entry.key());
                        blocks(type, entry.value(), more, remaining - 1, entry.line(), entry.column(), out);
                    }
                }
            }
        }

        private static Body body(JsonObject object, Map<String, Integer> nested) {
            List<Item> items = new ArrayList<>();
            for (Entry entry : object.entries()) {
                if (entry.key().equals("//")) {
                    continue;
                }
                Integer labels = nested.get(entry.key());
                if (labels != null) {
                    blocks(entry.key(), entry.value(), new ArrayList<>(), labels, entry.line(), entry.column(),
                            items);
                } else {
                    items.add(new Attribute(entry.key(), entry.line(), entry.column(), value(entry.value())));
                }
            }
            return new Body(items);
        }

        private static Value value(Node node) {
            if (node instanceof JsonObject object) {
                List<Attribute> entries = new ArrayList<>();
                for (Entry entry : object.entries()) {
                    if (!entry.key().equals("//")) {
                        entries.add(new Attribute(entry.key(), entry.line(), entry.column(), value(entry.value())));
                    }
                }
                return new Value(Kind.OBJECT, null, object.line(), object.column(), entries);
            }
            if (node instanceof JsonScalar scalar) {
                Kind kind = switch (scalar.token()) {
                    case VALUE_STRING -> isTemplate(scalar.text()) ? Kind.OTHER : Kind.STRING;
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Kind.NUMBER;
                    case VALUE_TRUE, VALUE_FALSE -> Kind.BOOL;
                    default -> Kind.NULL;
                };
                String text = kind == Kind.STRING ? scalar.text().replace("$${", "${").replace("%%{", "%{")
                        : kind == Kind.OTHER ? null : scalar.text();
                return Value.of(kind, text, scalar.line(), scalar.column());
            }
            return Value.of(Kind.OTHER, null, node.line(), node.column());
        }

        /** True when a JSON string is a template: it has a {@code ${} or {@code %{} that is not escaped by doubling. */
        private static boolean isTemplate(String text) {
            for (int i = 0; i + 1 < text.length(); i++) {
                char c = text.charAt(i);
                if ((c == '$' || c == '%') && text.charAt(i + 1) == c && i + 2 < text.length()
                        && text.charAt(i + 2) == '{') {
                    i += 2;
                } else if ((c == '$' || c == '%') && text.charAt(i + 1) == '{') {
                    return true;
                }
            }
            return false;
        }
    }
}
