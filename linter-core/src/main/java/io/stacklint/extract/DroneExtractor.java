package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Drone CI's {@code .drone.yml}, a stream of YAML documents: in each {@code kind: pipeline} document of type
 * {@code docker} or {@code kubernetes} (the default type is docker), the {@code image:} of every step and service.
 * Pipelines of type exec, ssh, digitalocean and macstadium run no containers; secret and signature documents
 * declare nothing. The pre-1.0 format, a document without {@code kind} whose {@code pipeline:} and {@code services:}
 * are mappings of named containers, is read too.
 */
public final class DroneExtractor implements Extractor {

    private static final Set<String> CONTAINER_TYPES = Set.of("docker", "kubernetes");

    @Override
    public String id() {
        return "drone";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals(".drone.yml") || name.equals(".drone.yaml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        List<Evidence> evidence = new ArrayList<>();
        for (Node document : YamlTrees.documents(file)) {
            if (!(document instanceof MappingNode root)) {
                continue;
            }
            String kind = text(YamlTrees.get(root, "kind").orElse(null));
            if (kind == null) {
                // Drone 0.8: named containers under pipeline: and services:.
                for (String key : List.of("pipeline", "services")) {
                    for (NodeTuple container : YamlTrees.entries(YamlTrees.get(root, key).orElse(null))) {
                        image(file, container.getValueNode(), evidence);
                    }
                }
                continue;
            }
            String type = text(YamlTrees.get(root, "type").orElse(null));
            if (!kind.equals("pipeline") || !CONTAINER_TYPES.contains(type == null ? "docker" : type)) {
                continue;
            }
            for (String key : List.of("steps", "services")) {
                for (Node container : YamlTrees.items(YamlTrees.get(root, key).orElse(null))) {
                    image(file, container, evidence);
                }
            }
        }
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    private static String text(Node node) {
        return CiSupport.scalar(node).map(s -> s.getValue().strip().toLowerCase(Locale.ROOT)).orElse(null);
    }

    private static void image(SourceFile file, Node container, List<Evidence> out) {
        YamlTrees.get(container, "image").flatMap(CiSupport::scalar).filter(s -> !s.getValue().isBlank())
                .ifPresent(node -> reference(file, node, out));
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
