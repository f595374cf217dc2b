package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Travis CI's {@code .travis.yml}: the language and its versions (top level and in {@code matrix:} or
 * {@code jobs:} {@code include:} entries) as runtimes, the services Travis starts by name, and the database
 * add-ons with their versions. Scripts and apt packages give nothing.
 */
public final class TravisExtractor implements Extractor {

    /** A language's runtime and the keys that list its versions, key -> runtime. */
    private record Language(String runtime, Map<String, String> versionKeys) {
    }

    private static final Map<String, String> JVM = Map.of("jdk", "java");

    private static final Map<String, Language> LANGUAGES = Map.ofEntries(
            Map.entry("ruby", new Language("ruby", Map.of("rvm", "ruby", "ruby", "ruby"))),
            Map.entry("node_js", new Language("node", Map.of("node_js", "node"))),
            Map.entry("python", new Language("python", Map.of("python", "python"))),
            Map.entry("java", new Language("java", JVM)),
            Map.entry("scala", new Language("scala", Map.of("scala", "scala", "jdk", "java"))),
            Map.entry("groovy", new Language(null, JVM)),
            Map.entry("clojure", new Language(null, JVM)),
            Map.entry("android", new Language(null, JVM)),
            Map.entry("php", new Language("php", Map.of("php", "php"))),
            Map.entry("go", new Language("go", Map.of("go", "go"))),
            Map.entry("elixir", new Language("elixir", Map.of("elixir", "elixir", "otp_release", "erlang"))),
            Map.entry("erlang", new Language("erlang", Map.of("otp_release", "erlang"))),
            Map.entry("csharp", new Language(null, Map.of("dotnet", "dotnet"))),
            Map.entry("rust", new Language("rust", Map.of("rust", "rust"))),
            Map.entry("dart", new Language("dart", Map.of("dart", "dart"))));

    /** Add-ons that install a database at a chosen version. */
    private static final Set<String> DATABASE_ADDONS = Set.of("postgresql", "mariadb", "rethinkdb");

    private static final Pattern JDK = Pattern.compile("(?:open|oracle)jdk-?(.+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "travis";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(".travis.yml") || path.endsWith("/.travis.yml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        Optional<ScalarNode> language = YamlTrees.get(root, "language").flatMap(CiSupport::scalar);
        entry(file, root, language, true, evidence);
        for (String key : List.of("matrix", "jobs")) {
            Node include = YamlTrees.get(root, key).flatMap(matrix -> YamlTrees.get(matrix, "include")).orElse(null);
            for (Node item : YamlTrees.items(include)) {
                Optional<ScalarNode> own = YamlTrees.get(item, "language").flatMap(CiSupport::scalar);
                entry(file, item, own.isPresent() ? own : language, own.isPresent(), evidence);
            }
        }
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    /**
     * The runtimes, services and add-ons of the top level or of one matrix entry. A language without versions
     * counts only where the language itself is written ({@code declaresLanguage}), not in each matrix entry.
     */
    private static void entry(SourceFile file, Node holder, Optional<ScalarNode> languageNode,
            boolean declaresLanguage, List<Evidence> out) {
        String name = languageNode.map(node -> node.getValue().strip().toLowerCase(Locale.ROOT)).orElse("ruby");
        Language language = LANGUAGES.get(name);
        if (language != null) {
            boolean versioned = false;
            for (Map.Entry<String, String> key : language.versionKeys().entrySet()) {
                for (ScalarNode version : scalars(YamlTrees.get(holder, key.getKey()).orElse(null))) {
                    Optional<Evidence> runtime = runtime(file, key.getValue(), key.getKey(), version);
                    runtime.ifPresent(out::add);
                    versioned |= runtime.isPresent() && key.getValue().equals(language.runtime());
                }
            }
            if (!versioned && declaresLanguage && language.runtime() != null && languageNode.isPresent()) {
                ScalarNode node = languageNode.get();
                out.add(new Evidence(EvidenceKind.RUNTIME, "runtime", language.runtime(), null,
                        YamlTrees.location(file, node), node.getValue().strip(), Scope.CI, List.of()));
            }
        }
        for (ScalarNode service : scalars(YamlTrees.get(holder, "services").orElse(null))) {
            String serviceName = service.getValue().strip().toLowerCase(Locale.ROOT);
            if (!serviceName.isEmpty() && serviceName.chars().noneMatch(Character::isWhitespace)) {
                out.add(service(YamlTrees.location(file, service), serviceName, null, service.getValue().strip()));
            }
        }
        YamlTrees.get(holder, "addons").ifPresent(addons -> {
            for (var addon : YamlTrees.entries(addons)) {
                String key = YamlTrees.key(addon).orElse("");
                if (!DATABASE_ADDONS.contains(key)) {
                    continue;
                }
                CiSupport.scalar(addon.getValueNode()).map(v -> v.getValue().strip()).filter(v -> !v.isEmpty())
                        .ifPresent(version -> out.add(service(YamlTrees.location(file, addon.getKeyNode()), key,
                                version, key + " " + version)));
            }
        });
    }

    private static Optional<Evidence> runtime(SourceFile file, String runtime, String key, ScalarNode node) {
        String written = node.getValue().strip();
        String version = written;
        if (key.equals("jdk")) {
            Matcher matcher = JDK.matcher(written);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            version = matcher.group(1);
        }
        if (version.isEmpty() || version.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(EvidenceKind.RUNTIME, "runtime", runtime, version,
                YamlTrees.location(file, node), runtime + " " + version, Scope.CI, List.of()));
    }

    private static Evidence service(Location location, String name, String version, String value) {
        return new Evidence(EvidenceKind.CI_SERVICE, "travis", name, version, location, value, Scope.CI, List.of());
    }

    /** A scalar, or the scalars of a list; YAML nulls and nested structures are left out. */
    private static List<ScalarNode> scalars(Node node) {
        List<ScalarNode> scalars = new ArrayList<>();
        if (node instanceof SequenceNode) {
            for (Node item : YamlTrees.items(node)) {
                CiSupport.scalar(item).ifPresent(scalars::add);
            }
        } else {
            CiSupport.scalar(node).ifPresent(scalars::add);
        }
        return scalars;
    }
}
