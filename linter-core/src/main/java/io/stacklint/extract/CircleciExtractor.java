package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads CircleCI's {@code .circleci/config.yml}: the orbs it imports, and every image of the {@code docker:}
 * executors of jobs and named executors (the first is the job's, the others its services), with
 * {@code << parameters.x >>} filled from the parameter defaults of the same job or executor. Machine images are
 * virtual machines, not container images, and give nothing.
 */
public final class CircleciExtractor implements Extractor {

    private static final Pattern CONFIG_PATH = Pattern.compile("(.*/)?\\.circleci/config\\.ya?ml");

    /** An orb reference {@code namespace/orb@version}. */
    private static final Pattern ORB = Pattern.compile("([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@(\\S+)");

    private static final Pattern PARAMETER =
            Pattern.compile("<<\\s*(pipeline\\.parameters|parameters)\\.([A-Za-z0-9_-]+)\\s*>>");

    @Override
    public String id() {
        return "circleci";
    }

    @Override
    public boolean accepts(String path) {
        return FileNames.isYaml(path) && path.contains(".circleci/") && CONFIG_PATH.matcher(path).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        YamlTrees.get(root, "orbs").ifPresent(orbs -> {
            for (NodeTuple orb : YamlTrees.entries(orbs)) {
                orb(file, orb.getValueNode()).ifPresent(evidence::add);
            }
        });
        Map<String, String> pipeline = defaults(YamlTrees.get(root, "parameters").orElse(null));
        for (NodeTuple section : YamlTrees.entries(root)) {
            String key = YamlTrees.key(section).orElse("");
            if (key.equals("jobs") || key.equals("executors")) {
                for (NodeTuple holder : YamlTrees.entries(section.getValueNode())) {
                    docker(file, holder.getValueNode(), pipeline, evidence);
                }
            }
        }
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    private static Optional<Evidence> orb(SourceFile file, Node value) {
        return CiSupport.scalar(value).flatMap(node -> {
            Matcher matcher = ORB.matcher(node.getValue().strip());
            if (!matcher.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Evidence(EvidenceKind.CI_ACTION, "circleci", matcher.group(1),
                    matcher.group(2), YamlTrees.location(file, node), node.getValue().strip(), Scope.CI, List.of()));
        });
    }

    /** Every image of a job's or executor's {@code docker:} list. */
    private static void docker(SourceFile file, Node holder, Map<String, String> pipeline, List<Evidence> out) {
        Node docker = YamlTrees.get(holder, "docker").orElse(null);
        if (docker == null) {
            return;
        }
        Map<String, String> parameters = defaults(YamlTrees.get(holder, "parameters").orElse(null));
        for (Node item : YamlTrees.items(docker)) {
            YamlTrees.get(item, "image").flatMap(CiSupport::scalar)
                    .ifPresent(image -> image(file, image, parameters, pipeline, out));
        }
    }

    private static void image(SourceFile file, ScalarNode node, Map<String, String> parameters,
            Map<String, String> pipeline, List<Evidence> out) {
        String written = node.getValue();
        Matcher matcher = PARAMETER.matcher(written);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            Map<String, String> scope = matcher.group(1).equals("parameters") ? parameters : pipeline;
            String value = scope.get(matcher.group(2));
            if (value == null) {
                var at = YamlTrees.location(file, node);
                file.note(at.line(), at.column(), "image " + written.strip() + " uses " + matcher.group()
                        + ", which has no default here; not checked");
                return;
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        if (resolved.indexOf("<<") >= 0) {
            return;
        }
        CiSupport.image(YamlTrees.location(file, node), resolved.toString()).ifPresent(out::add);
    }

    /** The literal defaults of a {@code parameters:} mapping, by parameter name. */
    private static Map<String, String> defaults(Node parameters) {
        Map<String, String> defaults = new HashMap<>();
        for (NodeTuple parameter : YamlTrees.entries(parameters)) {
            YamlTrees.key(parameter).ifPresent(name -> YamlTrees.get(parameter.getValueNode(), "default")
                    .flatMap(CiSupport::scalar)
                    .ifPresent(value -> defaults.put(name, value.getValue())));
        }
        return defaults;
    }
}
