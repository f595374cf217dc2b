package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Buildkite pipelines ({@code .buildkite/pipeline.yml}, {@code .buildkite/pipeline.<name>.yml},
 * {@code buildkite.yml}, and their {@code .yaml} forms): the {@code image:} of the docker plugin
 * ({@code docker#v5.9.0}, {@code buildkite-plugins/docker}, or the plugin's git URL) and the {@code image:} a
 * command step or the pipeline gives its agent (Kubernetes and hosted agents), in steps and in {@code group}
 * steps, after expanding {@code $VAR} from the pipeline's and the step's {@code env:}. Other plugins, docker-compose
 * included (its images live in the compose file), give nothing. Other YAML files under {@code .buildkite/} (compose
 * files, agent hooks) are not pipelines and are not read.
 */
public final class BuildkiteExtractor implements Extractor {

    private static final Pattern PATH = Pattern.compile(
            "(?:.*/)?(?:buildkite\\.ya?ml|\\.buildkite/pipeline(?:\\.[A-Za-z0-9_-]+)?\\.ya?ml)");

    private static final int MAX_DEPTH = 32;

    @Override
    public String id() {
        return "buildkite";
    }

    @Override
    public boolean accepts(String path) {
        return FileNames.isYaml(path) && (FileNames.name(path).startsWith("buildkite") || path.contains(".buildkite/"))
                && PATH.matcher(path).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty()) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        Node root = document.get();
        Map<String, String> env = env(YamlTrees.get(root, "env").orElse(null), Map.of());
        // A pipeline may be a bare list of steps.
        Node steps = root instanceof MappingNode ? YamlTrees.get(root, "steps").orElse(null) : root;
        YamlTrees.get(root, "image").flatMap(CiSupport::scalar).ifPresent(image -> image(file, image, env, evidence));
        steps(file, steps, env, evidence, 0);
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    private static void steps(SourceFile file, Node steps, Map<String, String> env, List<Evidence> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node step : YamlTrees.items(steps)) {
            if (!(step instanceof MappingNode)) {
                continue;
            }
            Map<String, String> scoped = env(YamlTrees.get(step, "env").orElse(null), env);
            YamlTrees.get(step, "image").flatMap(CiSupport::scalar)
                    .ifPresent(image -> image(file, image, scoped, out));
            Node plugins = YamlTrees.get(step, "plugins").orElse(null);
            for (NodeTuple plugin : YamlTrees.entries(plugins)) {
                plugin(file, plugin, scoped, out);
            }
            for (Node item : YamlTrees.items(plugins)) {
                for (NodeTuple plugin : YamlTrees.entries(item)) {
                    plugin(file, plugin, scoped, out);
                }
            }
            steps(file, YamlTrees.get(step, "steps").orElse(null), scoped, out, depth + 1);
        }
    }

    private static void plugin(SourceFile file, NodeTuple plugin, Map<String, String> env, List<Evidence> out) {
        if (YamlTrees.key(plugin).map(BuildkiteExtractor::isDockerPlugin).orElse(false)) {
            YamlTrees.get(plugin.getValueNode(), "image").flatMap(CiSupport::scalar)
                    .ifPresent(image -> image(file, image, env, out));
        }
    }

    /** True for the docker plugin however it is named: {@code docker#v5}, {@code org/docker}, its git URL. */
    static boolean isDockerPlugin(String reference) {
        String name = reference.strip();
        int hash = name.indexOf('#');
        if (hash >= 0) {
            name = name.substring(0, hash);
        }
        name = name.toLowerCase(Locale.ROOT).replaceFirst("\\.git$", "");
        name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("-buildkite-plugin$", "");
        return name.equals("docker");
    }

    private static void image(SourceFile file, ScalarNode node, Map<String, String> env, List<Evidence> out) {
        if (node.getValue().isBlank()) {
            return;
        }
        CiSupport.Expansion expansion = CiSupport.expand(node.getValue(), env);
        if (!expansion.resolved()) {
            var at = YamlTrees.location(file, node);
            file.note(at.line(), at.column(), "image " + node.getValue().strip() + " uses "
                    + expansion.unresolved() + ", which the pipeline does not define; not checked");
            return;
        }
        CiSupport.image(YamlTrees.location(file, node), expansion.text()).ifPresent(out::add);
    }

    private static Map<String, String> env(Node node, Map<String, String> inherited) {
        Map<String, String> env = new HashMap<>(inherited);
        for (NodeTuple entry : YamlTrees.entries(node)) {
            YamlTrees.key(entry).ifPresent(key -> CiSupport.scalar(entry.getValueNode())
                    .ifPresent(value -> env.put(key, value.getValue())));
        }
        return env;
    }
}
