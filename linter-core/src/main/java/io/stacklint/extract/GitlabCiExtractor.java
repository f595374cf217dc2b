package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads GitLab CI's {@code .gitlab-ci.yml} and the local files it includes: the images of jobs, of {@code default:}
 * and of the top level, and service images, after expanding the variables the configuration defines. Scripts are
 * never read; remote, template, project and component includes are not followed.
 */
public final class GitlabCiExtractor implements Extractor {

    /** Top-level keys that are settings, not jobs. */
    private static final Set<String> GLOBAL_KEYS = Set.of("default", "include", "stages", "variables", "workflow",
            "image", "services", "cache", "before_script", "after_script", "spec");

    /** Bounds the files one configuration pulls in, whatever the include graph looks like. */
    private static final int MAX_INCLUDED_FILES = 100;

    @Override
    public String id() {
        return "gitlab-ci";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals(".gitlab-ci.yml") || name.equals(".gitlab-ci.yaml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Walk walk = new Walk(file);
        walk.visited.add(file.path());
        walk.config(file, YamlTrees.document(file).orElse(null), Map.of(), null);
        List<Evidence> evidence = new ArrayList<>(new LinkedHashSet<>(walk.evidence));
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    /** One extraction: the root file, the evidence so far, and every file already read. */
    private static final class Walk {

        private final SourceFile root;
        private final List<Evidence> evidence = new ArrayList<>();
        private final Set<String> visited = new HashSet<>();

        Walk(SourceFile root) {
            this.root = root;
        }

        /**
         * Reads one configuration file; {@code via} is the root's include entry that led to it (null for the root),
         * where notes about included files are left, naming the included file's own position in the message.
         */
        void config(SourceFile file, Node document, Map<String, String> inherited, ScalarNode via) {
            if (!(document instanceof MappingNode rootNode)) {
                return;
            }
            Map<String, String> globals = new HashMap<>(variables(YamlTrees.get(rootNode, "variables").orElse(null)));
            inherited.forEach(globals::putIfAbsent);
            YamlTrees.get(rootNode, "include").ifPresent(include -> includes(file, include, globals, via));
            images(file, rootNode, globals, via);
            YamlTrees.get(rootNode, "default").ifPresent(defaults -> images(file, defaults, globals, via));
            for (NodeTuple entry : YamlTrees.entries(rootNode)) {
                String key = YamlTrees.key(entry).orElse(null);
                if (key == null || GLOBAL_KEYS.contains(key) || !(entry.getValueNode() instanceof MappingNode job)) {
                    continue;
                }
                Map<String, String> scoped = new HashMap<>(globals);
                scoped.putAll(variables(YamlTrees.get(job, "variables").orElse(null)));
                images(file, job, scoped, via);
            }
        }

        private void images(SourceFile file, Node holder, Map<String, String> variables, ScalarNode via) {
            YamlTrees.get(holder, "image").flatMap(Walk::imageName)
                    .ifPresent(image -> image(file, image, variables, via));
            YamlTrees.get(holder, "services").ifPresent(services -> {
                for (Node service : YamlTrees.items(services)) {
                    imageName(service).ifPresent(image -> image(file, image, variables, via));
                }
            });
        }

        /** The image string of an {@code image:} or service entry: a scalar, or the {@code name:} of a mapping. */
        private static Optional<ScalarNode> imageName(Node node) {
            Node name = node instanceof MappingNode ? YamlTrees.get(node, "name").orElse(null) : node;
            return CiSupport.scalar(name).filter(scalar -> !scalar.getValue().isBlank());
        }

        private void image(SourceFile file, ScalarNode node, Map<String, String> variables, ScalarNode via) {
            CiSupport.Expansion expansion = CiSupport.expand(node.getValue(), variables);
            if (!expansion.resolved()) {
                note(file, node, "image " + node.getValue().strip() + " uses " + expansion.unresolved()
                        + ", which the configuration does not define; not checked", via);
                return;
            }
            CiSupport.image(YamlTrees.location(file, node), expansion.text()).ifPresent(evidence::add);
        }

        private void includes(SourceFile file, Node include, Map<String, String> variables, ScalarNode via) {
            if (include instanceof SequenceNode) {
                for (Node item : YamlTrees.items(include)) {
                    includeEntry(file, item, variables, via);
                }
            } else {
                includeEntry(file, include, variables, via);
            }
        }

        private void includeEntry(SourceFile file, Node entry, Map<String, String> variables, ScalarNode via) {
            Optional<ScalarNode> local;
            if (entry instanceof MappingNode) {
                local = YamlTrees.get(entry, "local").flatMap(CiSupport::scalar);
            } else {
                // A bare string is a local path unless it is a URL (a remote include).
                local = CiSupport.scalar(entry).filter(scalar -> !scalar.getValue().contains("://"));
            }
            local.ifPresent(path -> local(file, path, variables, via));
        }

        private void local(SourceFile file, ScalarNode pathNode, Map<String, String> variables, ScalarNode via) {
            String written = pathNode.getValue().strip();
            if (written.isEmpty()) {
                return;
            }
            if (written.contains("*") || written.contains("$")) {
                note(file, pathNode, "include " + written + " uses a wildcard or variable; not followed", via);
                return;
            }
            // GitLab resolves local includes from the repository root, with or without the leading slash.
            String fromRoot = "../".repeat(depth(file.path())) + written.replaceFirst("^/+", "");
            Optional<String> target = file.treePath(fromRoot);
            if (target.isEmpty()) {
                note(file, pathNode, "include " + written + " is outside the repository; not followed", via);
                return;
            }
            if (!visited.add(target.get())) {
                return;
            }
            if (visited.size() > MAX_INCLUDED_FILES) {
                note(file, pathNode, "more than " + MAX_INCLUDED_FILES + " included files; " + written
                        + " not followed", via);
                return;
            }
            Optional<SourceFile> included = file.resolve(fromRoot);
            if (included.isEmpty()) {
                note(file, pathNode, "included file " + target.get() + " does not exist", via);
                return;
            }
            Node document;
            try {
                document = YamlTrees.document(included.get()).orElse(null);
            } catch (ExtractionException e) {
                note(file, pathNode, "included file " + target.get() + ":" + e.line() + ":" + e.column() + " "
                        + e.getMessage(), via);
                return;
            }
            config(included.get(), document, variables, via == null ? pathNode : via);
        }

        private void note(SourceFile file, Node node, String message, ScalarNode via) {
            var at = YamlTrees.location(file, node);
            if (via == null) {
                root.note(at.line(), at.column(), message);
            } else {
                var entry = YamlTrees.location(root, via);
                root.note(entry.line(), entry.column(), at + ": " + message);
            }
        }

        private static int depth(String path) {
            int depth = 0;
            for (int i = 0; i < path.length(); i++) {
                if (path.charAt(i) == '/') {
                    depth++;
                }
            }
            return depth;
        }

        /** The literal variables of a {@code variables:} mapping: {@code KEY: value} or {@code KEY: {value: ...}}. */
        private static Map<String, String> variables(Node node) {
            Map<String, String> variables = new HashMap<>();
            for (NodeTuple entry : YamlTrees.entries(node)) {
                Node value = entry.getValueNode();
                Node literal = value instanceof MappingNode ? YamlTrees.get(value, "value").orElse(null) : value;
                YamlTrees.key(entry).ifPresent(key -> CiSupport.scalar(literal)
                        .ifPresent(scalar -> variables.put(key, scalar.getValue())));
            }
            return variables;
        }
    }
}
