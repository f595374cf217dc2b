package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a Serverless Framework {@code serverless.yml} / {@code serverless.yaml}: the provider ({@code provider: aws}
 * or {@code provider: {name: aws}}) as the serverless resource {@code provider:aws}; {@code provider.runtime} and
 * each function's {@code runtime} ({@code nodejs18.x}, {@code python3.11}, {@code java17}, {@code ruby3.2},
 * {@code go1.x}, {@code dotnet8}) as a runtime (node 18.x, python 3.11, ...; custom {@code provided} runtimes are
 * nothing); {@code plugins} (a list, or {@code modules:} of a mapping) as npm packages of scope BUILD, local plugin
 * paths left out. Values holding a {@code ${...}} variable are nothing.
 */
public final class ServerlessExtractor implements Extractor {

    private static final Pattern RUNTIME = Pattern.compile("(nodejs|python|java|ruby|go|dotnetcore|dotnet)(\\d.*)");
    private static final Pattern JAVA_AMAZON_LINUX = Pattern.compile("\\.al2(023)?$");

    @Override
    public String id() {
        return "serverless";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("serverless.yml") || name.equals("serverless.yaml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        List<Evidence> found = new ArrayList<>();
        if (document.isEmpty()) {
            return found;
        }
        for (NodeTuple entry : YamlTrees.entries(document.get())) {
            String key = YamlTrees.key(entry).orElse("");
            Node value = entry.getValueNode();
            switch (key) {
                case "provider" -> provider(file, value, found);
                case "functions" -> functions(file, value, found);
                case "plugins" -> plugins(file, value, found);
                default -> {
                }
            }
        }
        return found;
    }

    private static void provider(SourceFile file, Node value, List<Evidence> found) {
        Optional<String> name = literal(value);
        Node at = value;
        if (name.isEmpty()) {
            at = YamlTrees.get(value, "name").orElse(null);
            name = at == null ? Optional.empty() : literal(at);
        }
        if (name.isPresent() && name.get().matches("[A-Za-z0-9_-]+")) {
            String id = "provider:" + name.get();
            found.add(new Evidence(EvidenceKind.RESOURCE, "serverless", id, null, YamlTrees.location(file, at), id,
                    Scope.RUNTIME, List.of()));
        }
        YamlTrees.get(value, "runtime").ifPresent(runtime -> runtime(file, runtime, found));
    }

    private static void functions(SourceFile file, Node value, List<Evidence> found) {
        List<Node> functions = new ArrayList<>();
        for (NodeTuple entry : YamlTrees.entries(value)) {
            functions.add(entry.getValueNode());
        }
        // the older list form: [{hello: {handler: ...}}, ...]
        for (Node item : YamlTrees.items(value)) {
            for (NodeTuple entry : YamlTrees.entries(item)) {
                functions.add(entry.getValueNode());
            }
        }
        for (Node function : functions) {
            YamlTrees.get(function, "runtime").ifPresent(runtime -> runtime(file, runtime, found));
        }
    }

    private static void runtime(SourceFile file, Node node, List<Evidence> found) {
        Optional<String> written = literal(node);
        if (written.isEmpty()) {
            return;
        }
        Matcher m = RUNTIME.matcher(written.get().strip());
        if (!m.matches()) {
            return;
        }
        String name = switch (m.group(1)) {
            case "nodejs" -> "node";
            case "dotnetcore" -> "dotnet";
            default -> m.group(1);
        };
        String version = name.equals("java") ? JAVA_AMAZON_LINUX.matcher(m.group(2)).replaceFirst("") : m.group(2);
        found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", name, version, YamlTrees.location(file, node),
                written.get(), Scope.RUNTIME, List.of()));
    }

    private static void plugins(SourceFile file, Node value, List<Evidence> found) {
        List<Node> items = YamlTrees.get(value, "modules").map(YamlTrees::items).orElse(YamlTrees.items(value));
        for (Node item : items) {
            Optional<String> plugin = literal(item);
            if (plugin.isEmpty() || !plugin.get().matches("(@[a-z0-9][\\w.-]*/)?[a-z0-9][\\w.-]*")) {
                continue;
            }
            found.add(Evidence.ofPackage("npm", plugin.get(), null, YamlTrees.location(file, item), plugin.get(),
                    Scope.BUILD));
        }
    }

    /** A scalar's text, unless empty or built from a {@code ${...}} variable. */
    private static Optional<String> literal(Node node) {
        return YamlTrees.scalar(node).map(String::strip).filter(s -> !s.isEmpty() && !s.contains("${"));
    }
}
