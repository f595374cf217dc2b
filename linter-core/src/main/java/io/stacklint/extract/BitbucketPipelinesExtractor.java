package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Bitbucket Pipelines' {@code bitbucket-pipelines.yml}: the top-level {@code image:}, the {@code image:} of
 * every {@code step} (under {@code pipelines:} and {@code definitions:}, inside {@code parallel} and {@code stage}
 * groups), and the image of every service defined under {@code definitions.services}. An image is a string or a
 * mapping with {@code name:}. Every defined service is reported, used by a step or not: a step names services
 * through anchors and references that a definition serves as well, and a service the file defines is one the
 * repository means to run. The built-in {@code docker} service has no image and gives nothing; pipes are not read.
 */
public final class BitbucketPipelinesExtractor implements Extractor {

    private static final int MAX_DEPTH = 64;

    @Override
    public String id() {
        return "bitbucket-pipelines";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals("bitbucket-pipelines.yml") || path.endsWith("/bitbucket-pipelines.yml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        YamlTrees.get(root, "image").ifPresent(image -> image(file, image, evidence));
        Node definitions = YamlTrees.get(root, "definitions").orElse(null);
        for (NodeTuple service : YamlTrees.entries(YamlTrees.get(definitions, "services").orElse(null))) {
            YamlTrees.get(service.getValueNode(), "image").ifPresent(image -> image(file, image, evidence));
        }
        steps(file, YamlTrees.get(root, "pipelines").orElse(null), evidence, 0);
        steps(file, YamlTrees.get(definitions, "steps").orElse(null), evidence, 0);
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    /** Every {@code step:} mapping below a node, wherever pipelines, branches, parallel and stage groups put it. */
    private static void steps(SourceFile file, Node node, List<Evidence> out, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        for (NodeTuple entry : YamlTrees.entries(node)) {
            if (YamlTrees.key(entry).orElse("").equals("step")) {
                YamlTrees.get(entry.getValueNode(), "image").ifPresent(image -> image(file, image, out));
            } else {
                steps(file, entry.getValueNode(), out, depth + 1);
            }
        }
        for (Node item : YamlTrees.items(node)) {
            steps(file, item, out, depth + 1);
        }
    }

    /** An {@code image:} value: a string, or a mapping whose {@code name:} is the image. */
    private static void image(SourceFile file, Node image, List<Evidence> out) {
        Node name = image instanceof MappingNode ? YamlTrees.get(image, "name").orElse(null) : image;
        CiSupport.scalar(name).filter(scalar -> !scalar.getValue().isBlank())
                .ifPresent(scalar -> reference(file, scalar, out));
    }

    private static void reference(SourceFile file, ScalarNode node, List<Evidence> out) {
        String written = node.getValue().strip();
        if (written.contains("$")) {
            var at = YamlTrees.location(file, node);
            file.note(at.line(), at.column(), "image " + written + " uses a variable; not checked");
            return;
        }
        CiSupport.image(YamlTrees.location(file, node), written).ifPresent(out::add);
    }
}
