package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Skaffold configurations (every document, and every profile of each): the remote Helm charts that
 * {@code deploy.helm.releases} and {@code manifests.helm.releases} install, as helm packages. A local
 * {@code chartPath} is the project's own chart and {@code build.artifacts} are the project's own images: nothing.
 */
public final class SkaffoldExtractor implements Extractor {

    @Override
    public String id() {
        return "skaffold";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("skaffold.yaml") || name.equals("skaffold.yml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Map<Node, Evidence> found = new LinkedHashMap<>();
        for (Node document : YamlTrees.documents(file)) {
            releases(file, document, found);
            for (Node profile : YamlTrees.items(YamlTrees.get(document, "profiles").orElse(null))) {
                releases(file, profile, found);
            }
        }
        List<Evidence> evidence = new ArrayList<>(found.values());
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    private static void releases(SourceFile file, Node config, Map<Node, Evidence> found) {
        for (String section : List.of("deploy", "manifests")) {
            Optional<Node> releases = YamlTrees.get(config, section).flatMap(s -> YamlTrees.get(s, "helm"))
                    .flatMap(h -> YamlTrees.get(h, "releases"));
            for (Node release : YamlTrees.items(releases.orElse(null))) {
                chart(release).ifPresent(chart -> {
                    String version = YamlTrees.get(release, "version").flatMap(YamlTrees::scalar).map(String::trim)
                            .filter(v -> !v.isEmpty()).orElse(null);
                    String name = chartName(chart.getValue().trim());
                    found.putIfAbsent(chart, Evidence.ofPackage("helm", name, version,
                            YamlTrees.location(file, chart), version == null ? name : name + "@" + version,
                            Scope.RUNTIME));
                });
            }
        }
    }

    /** The node naming a remote chart: {@code remoteChart}, or the pre-v2 {@code chartPath} with {@code remote: true}. */
    private static Optional<ScalarNode> chart(Node release) {
        Optional<ScalarNode> remote = scalarNode(release, "remoteChart");
        if (remote.isPresent()) {
            return remote;
        }
        boolean markedRemote = YamlTrees.get(release, "remote").flatMap(YamlTrees::scalar)
                .filter("true"::equalsIgnoreCase).isPresent();
        return markedRemote ? scalarNode(release, "chartPath") : Optional.empty();
    }

    private static Optional<ScalarNode> scalarNode(Node mapping, String key) {
        return YamlTrees.get(mapping, key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(node -> !node.getValue().isBlank() && !node.getValue().contains("{{"));
    }

    /** {@code bitnami/redis} and {@code oci://registry-1.docker.io/bitnamicharts/redis} are both chart redis. */
    static String chartName(String reference) {
        String trimmed = reference.endsWith("/") ? reference.substring(0, reference.length() - 1) : reference;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
