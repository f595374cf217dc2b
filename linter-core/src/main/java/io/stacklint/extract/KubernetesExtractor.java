package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Kubernetes manifests: any YAML document with a top-level {@code apiVersion} and {@code kind} is one
 * resource of that kind, and every {@code image} of its {@code containers}, {@code initContainers} and
 * {@code ephemeralContainers}, at any depth (pod templates, job templates, {@code kind: List} items), is a runtime
 * image. Helm chart templates, and the configuration files of tools that borrow the apiVersion/kind shape
 * (Skaffold, Kustomize, kubeconfig, kind, k3d, ctlptl, Backstage and its scaffolder, kpt, Google's blueprint
 * metadata), are not manifests: their apiVersion group is the tool's domain or a subdomain of it.
 */
public final class KubernetesExtractor implements Extractor {

    private static final Pattern API_VERSION_LINE = Pattern.compile("(?m)^apiVersion:");
    private static final Pattern KIND_LINE = Pattern.compile("(?m)^kind:");
    /** What an image reference may contain; template syntax such as {@code {{.Values.image}}} is not one. */
    private static final Pattern IMAGE_CHARACTERS = Pattern.compile("[A-Za-z0-9._/:@+-]+");
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

    /**
     * apiVersion groups of tool configurations that are not objects of a cluster; a subdomain counts too
     * ({@code scaffolder.backstage.io}, {@code fn.kpt.dev}).
     */
    private static final List<String> NOT_CLUSTER_GROUPS = List.of("skaffold", "kustomize.config.k8s.io",
            "kind.x-k8s.io", "k3d.io", "backstage.io", "ctlptl.dev", "kpt.dev", "blueprints.cloud.google.com");

    @Override
    public String id() {
        return "kubernetes";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        String text = file.text();
        if (!API_VERSION_LINE.matcher(text).find() || !KIND_LINE.matcher(text).find() || isHelmTemplate(file)) {
            return List.of();
        }
        Map<Location, Evidence> found = new LinkedHashMap<>();
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node document : YamlTrees.documents(file)) {
            object(file, document, found, visited, 0);
        }
        List<Evidence> evidence = new ArrayList<>(found.values());
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    /** A file under a chart's {@code templates/} folder is Go template text, not YAML. */
    private static boolean isHelmTemplate(SourceFile file) {
        String[] segments = file.path().split("/");
        int folders = segments.length - 1;
        for (int i = 0; i < folders; i++) {
            if (segments[i].equals("templates")
                    && file.resolve("../".repeat(folders - i) + "Chart.yaml").isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static void object(SourceFile file, Node node, Map<Location, Evidence> found, Set<Node> visited,
            int listDepth) {
        Optional<String> apiVersion = YamlTrees.get(node, "apiVersion").flatMap(YamlTrees::scalar);
        Optional<Node> kindNode = YamlTrees.get(node, "kind");
        Optional<String> kind = kindNode.flatMap(YamlTrees::scalar).filter(k -> !k.isBlank());
        if (apiVersion.isEmpty() || kind.isEmpty() || !isClusterObject(apiVersion.get(), kind.get())) {
            return;
        }
        if (kind.get().equals("List") && listDepth < 4) {
            for (Node item : YamlTrees.items(YamlTrees.get(node, "items").orElse(null))) {
                object(file, item, found, visited, listDepth + 1);
            }
            return;
        }
        Location at = YamlTrees.location(file, kindNode.get());
        String value = YamlTrees.get(node, "metadata").flatMap(m -> YamlTrees.get(m, "name"))
                .flatMap(YamlTrees::scalar).map(name -> kind.get() + " " + name).orElse(kind.get());
        found.putIfAbsent(at, new Evidence(EvidenceKind.RESOURCE, "kubernetes", kind.get(), null, at, value,
                Scope.RUNTIME, List.of()));
        images(file, node, found, visited);
    }

    private static boolean isClusterObject(String apiVersion, String kind) {
        if (apiVersion.equals("v1") && kind.equals("Config") || apiVersion.equals("builtin")) {
            return false;
        }
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        return NOT_CLUSTER_GROUPS.stream().noneMatch(tool -> group.equals(tool) || group.endsWith("." + tool));
    }

    /** Walks the object for container lists; aliases shared between places are read once. */
    private static void images(SourceFile file, Node node, Map<Location, Evidence> found, Set<Node> visited) {
        if (!visited.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (YamlTrees.key(tuple).filter(CONTAINER_LISTS::contains).isPresent()) {
                    for (Node container : YamlTrees.items(tuple.getValueNode())) {
                        YamlTrees.get(container, "image").ifPresent(image -> image(file, image, found));
                    }
                }
                images(file, tuple.getValueNode(), found, visited);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                images(file, item, found, visited);
            }
        }
    }

    private static void image(SourceFile file, Node image, Map<Location, Evidence> found) {
        if (!(image instanceof ScalarNode scalar)) {
            return;
        }
        String value = scalar.getValue().trim();
        imageReference(value).ifPresent(reference -> {
            Location at = YamlTrees.location(file, scalar);
            found.putIfAbsent(at, new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", reference.repository(),
                    reference.tag(), at, value, Scope.RUNTIME, List.of()));
        });
    }

    /** The reference a literal image string names, or empty for template or variable syntax. */
    static Optional<ImageReference> imageReference(String value) {
        return IMAGE_CHARACTERS.matcher(value).matches() ? ImageReference.parse(value) : Optional.empty();
    }
}
