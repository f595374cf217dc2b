package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads GitHub Actions workflows: the actions and reusable workflows jobs use, the images of job containers,
 * service containers and {@code docker://} steps, and runtime versions pinned literally through the common setup
 * actions. Everything a workflow runs is in scope CI.
 */
public final class GithubWorkflowExtractor implements Extractor {

    private static final Pattern WORKFLOW_PATH = Pattern.compile("(.*/)?\\.github/workflows/[^/]+\\.ya?ml");

    /** Setup action (lowercase owner/repo) -> its {@code with} inputs that pin a runtime, input -> runtime name. */
    private static final Map<String, Map<String, String>> SETUP_ACTIONS = Map.of(
            "actions/setup-node", Map.of("node-version", "node"),
            "actions/setup-java", Map.of("java-version", "java"),
            "actions/setup-python", Map.of("python-version", "python"),
            "actions/setup-go", Map.of("go-version", "go"),
            "ruby/setup-ruby", Map.of("ruby-version", "ruby"),
            "erlef/setup-beam", Map.of("elixir-version", "elixir", "otp-version", "erlang"));

    private static final String DOCKER_PREFIX = "docker://";

    @Override
    public String id() {
        return "github-workflow";
    }

    @Override
    public boolean accepts(String path) {
        return FileNames.isYaml(path) && path.contains(".github/workflows/") && WORKFLOW_PATH.matcher(path).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        YamlTrees.get(root, "jobs").ifPresent(jobs -> {
            for (NodeTuple job : YamlTrees.entries(jobs)) {
                job(file, job.getValueNode(), evidence);
            }
        });
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    private static void job(SourceFile file, Node job, List<Evidence> out) {
        YamlTrees.get(job, "uses").flatMap(GithubWorkflowExtractor::literal)
                .ifPresent(uses -> action(file, uses).ifPresent(out::add));
        YamlTrees.get(job, "container")
                .flatMap(container -> container instanceof MappingNode ? YamlTrees.get(container, "image")
                        : Optional.of(container))
                .flatMap(GithubWorkflowExtractor::literal)
                .flatMap(image -> CiSupport.image(YamlTrees.location(file, image), image.getValue()))
                .ifPresent(out::add);
        YamlTrees.get(job, "services").ifPresent(services -> {
            for (NodeTuple service : YamlTrees.entries(services)) {
                Node value = service.getValueNode();
                Optional<ScalarNode> image = value instanceof MappingNode
                        ? YamlTrees.get(value, "image").flatMap(GithubWorkflowExtractor::literal)
                        : literal(value);
                image.flatMap(node -> CiSupport.image(YamlTrees.location(file, node), node.getValue()))
                        .ifPresent(out::add);
            }
        });
        YamlTrees.get(job, "steps").ifPresent(steps -> {
            for (Node step : YamlTrees.items(steps)) {
                step(file, step, out);
            }
        });
    }

    private static void step(SourceFile file, Node step, List<Evidence> out) {
        Optional<ScalarNode> uses = YamlTrees.get(step, "uses").flatMap(GithubWorkflowExtractor::literal);
        if (uses.isEmpty()) {
            return;
        }
        String reference = uses.get().getValue().strip();
        if (reference.startsWith(DOCKER_PREFIX)) {
            CiSupport.image(YamlTrees.location(file, uses.get()), reference.substring(DOCKER_PREFIX.length()))
                    .ifPresent(out::add);
            return;
        }
        Optional<Evidence> action = action(file, uses.get());
        action.ifPresent(out::add);
        Map<String, String> runtimes = action.map(a -> SETUP_ACTIONS.get(a.name())).orElse(null);
        if (runtimes == null) {
            return;
        }
        Node with = YamlTrees.get(step, "with").orElse(null);
        for (NodeTuple input : YamlTrees.entries(with)) {
            String runtime = YamlTrees.key(input).map(runtimes::get).orElse(null);
            if (runtime == null) {
                continue;
            }
            literal(input.getValueNode()).map(version -> version.getValue().strip())
                    .filter(version -> !version.isEmpty() && version.chars().noneMatch(Character::isWhitespace))
                    .ifPresent(version -> out.add(new Evidence(EvidenceKind.RUNTIME, "runtime", runtime, version,
                            YamlTrees.location(file, input.getValueNode()), runtime + " " + version, Scope.CI,
                            List.of())));
        }
    }

    /** An action or reusable workflow reference {@code owner/repo[/path]@ref}; local and malformed ones give none. */
    private static Optional<Evidence> action(SourceFile file, ScalarNode node) {
        String reference = node.getValue().strip();
        int at = reference.lastIndexOf('@');
        if (at <= 0 || at == reference.length() - 1 || reference.startsWith(".")
                || reference.startsWith(DOCKER_PREFIX) || reference.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(0, at).split("/", 3);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        String name = parts[0].toLowerCase(Locale.ROOT) + "/" + parts[1].toLowerCase(Locale.ROOT)
                + (parts.length == 3 ? "/" + parts[2] : "");
        return Optional.of(new Evidence(EvidenceKind.CI_ACTION, "github", name, reference.substring(at + 1),
                YamlTrees.location(file, node), reference, Scope.CI, List.of()));
    }

    /** A scalar that is neither null nor an expression GitHub evaluates at run time. */
    private static Optional<ScalarNode> literal(Node node) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())
                && !scalar.getValue().contains("${{")) {
            return Optional.of(scalar);
        }
        return Optional.empty();
    }
}
