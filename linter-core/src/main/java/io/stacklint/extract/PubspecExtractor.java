package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a Dart / Flutter {@code pubspec.yaml}: every entry of {@code dependencies} (RUNTIME) and
 * {@code dev_dependencies} (DEVELOPMENT) is a pub package named by its key, whatever its source: a version
 * constraint ({@code http: ^1.2.0}), a map with {@code version} (and {@code hosted}), a {@code git} or {@code path}
 * source (no version), or an SDK package ({@code flutter: {sdk: flutter}} is the pub package flutter,
 * {@code flutter_test: {sdk: flutter}} the pub package flutter_test). An entry without a value has no version.
 * {@code environment.sdk} is the dart runtime with its constraint.
 *
 * <p>Decision: {@code environment.flutter} is the pub package flutter in scope BUILD: it constrains the Flutter SDK
 * that builds the package, while the framework the app runs on is declared by {@code flutter: {sdk: flutter}} in
 * dependencies. {@code dependency_overrides} only force the resolution of packages declared elsewhere and give
 * nothing; so do {@code executables}, the top-level {@code flutter:} section and everything else. Locations are the
 * keys'. Only the first YAML document is read; a file whose top level is not a mapping is refused.
 */
public final class PubspecExtractor implements Extractor {

    private static final String FILE_NAME = "pubspec.yaml";
    private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<String, Scope> SECTIONS = Map.of(
            "dependencies", Scope.RUNTIME,
            "dev_dependencies", Scope.DEVELOPMENT);

    @Override
    public String id() {
        return "pubspec";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        try {
            Optional<Node> document = YamlTrees.document(file);
            if (document.isEmpty()) {
                return List.of();
            }
            Node root = document.get();
            if (!(root instanceof MappingNode)) {
                Location at = YamlTrees.location(file, root);
                throw new ExtractionException(at.line(), at.column(), "pubspec.yaml must be a mapping");
            }
            List<Evidence> found = new ArrayList<>();
            for (NodeTuple section : YamlTrees.entries(root)) {
                String name = YamlTrees.key(section).orElse("");
                Scope scope = SECTIONS.get(name);
                if (scope != null) {
                    dependencies(file, section.getValueNode(), scope, found);
                } else if (name.equals("environment")) {
                    environment(file, section.getValueNode(), found);
                }
            }
            return List.copyOf(found);
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read pubspec.yaml: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void dependencies(SourceFile file, Node section, Scope scope, List<Evidence> found) {
        for (NodeTuple entry : YamlTrees.entries(section)) {
            Optional<String> key = YamlTrees.key(entry);
            if (key.isEmpty() || !PACKAGE_NAME.matcher(key.get()).matches()) {
                continue;
            }
            String name = key.get();
            Location at = YamlTrees.location(file, entry.getKeyNode());
            Node value = entry.getValueNode();
            if (value instanceof ScalarNode) {
                String version = text(value).orElse(null);
                found.add(Evidence.ofPackage("pub", name, version, at, version == null ? name : name + " " + version,
                        scope));
            } else if (value instanceof MappingNode) {
                found.add(Evidence.ofPackage("pub", name, text(YamlTrees.get(value, "version").orElse(null))
                        .orElse(null), at, name + " " + describeSource(value), scope));
            }
        }
    }

    private static String describeSource(Node spec) {
        for (String source : List.of("sdk", "git", "path", "hosted")) {
            Optional<Node> node = YamlTrees.get(spec, source);
            if (node.isPresent()) {
                Optional<String> detail = text(node.get());
                String version = text(YamlTrees.get(spec, "version").orElse(null)).map(v -> " " + v).orElse("");
                return "(" + source + detail.map(d -> ": " + d).orElse("") + ")" + version;
            }
        }
        return text(YamlTrees.get(spec, "version").orElse(null)).orElse("");
    }

    private static void environment(SourceFile file, Node section, List<Evidence> found) {
        for (NodeTuple entry : YamlTrees.entries(section)) {
            String key = YamlTrees.key(entry).orElse("");
            if (!key.equals("sdk") && !key.equals("flutter")) {
                continue;
            }
            Node value = entry.getValueNode();
            if (!(value instanceof ScalarNode)) {
                continue;
            }
            String version = text(value).orElse(null);
            Location at = YamlTrees.location(file, entry.getKeyNode());
            if (key.equals("sdk")) {
                found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "dart", version, at,
                        version == null ? "dart" : "dart " + version, Scope.RUNTIME, List.of()));
            } else {
                found.add(Evidence.ofPackage("pub", "flutter", version, at,
                        version == null ? "flutter" : "flutter " + version, Scope.BUILD));
            }
        }
    }

    /** A scalar's text; empty for a YAML null ({@code x:}, {@code ~}, {@code null}), a blank string or a non-scalar. */
    private static Optional<String> text(Node node) {
        if (!(node instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
