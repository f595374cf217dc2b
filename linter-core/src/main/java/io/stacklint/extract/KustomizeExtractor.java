package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Kustomize kustomizations: each {@code images:} entry is the runtime image it sets ({@code newName}, else
 * {@code name}, with {@code newTag}), each {@code helmCharts:} entry (and each entry of the older
 * {@code helmChartInflationGenerator:}) a helm chart package.
 */
public final class KustomizeExtractor implements Extractor {

    @Override
    public String id() {
        return "kustomize";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty()) {
            return List.of();
        }
        Node root = document.get();
        List<Evidence> evidence = new ArrayList<>();
        for (Node entry : list(root, "images")) {
            image(file, entry).ifPresent(evidence::add);
        }
        for (Node entry : list(root, "helmCharts")) {
            chart(file, entry, "name", "version").ifPresent(evidence::add);
        }
        for (Node entry : list(root, "helmChartInflationGenerator")) {
            chart(file, entry, "chartName", "chartVersion").ifPresent(evidence::add);
        }
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    private static List<Node> list(Node root, String key) {
        return YamlTrees.items(YamlTrees.get(root, key).orElse(null));
    }

    private static Optional<Evidence> image(SourceFile file, Node entry) {
        Optional<Node> nameNode = YamlTrees.get(entry, "newName").filter(n -> !text(n).isEmpty())
                .or(() -> YamlTrees.get(entry, "name").filter(n -> !text(n).isEmpty()));
        if (nameNode.isEmpty()) {
            return Optional.empty();
        }
        String name = text(nameNode.get());
        String tag = YamlTrees.get(entry, "newTag").map(KustomizeExtractor::text).orElse("");
        String digest = YamlTrees.get(entry, "digest").map(KustomizeExtractor::text).orElse("");
        String reference = tag.isEmpty() ? name : name + ":" + tag;
        String value = digest.isEmpty() ? reference : reference + "@" + digest;
        return KubernetesExtractor.imageReference(reference).map(parsed -> {
            Location at = YamlTrees.location(file, nameNode.get());
            return new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", parsed.repository(), parsed.tag(), at,
                    value, Scope.RUNTIME, List.of());
        });
    }

    private static Optional<Evidence> chart(SourceFile file, Node entry, String nameKey, String versionKey) {
        Optional<Node> nameNode = YamlTrees.get(entry, nameKey).filter(n -> !text(n).isEmpty());
        if (nameNode.isEmpty()) {
            return Optional.empty();
        }
        String name = text(nameNode.get());
        String version = YamlTrees.get(entry, versionKey).map(KustomizeExtractor::text).filter(v -> !v.isEmpty())
                .orElse(null);
        return Optional.of(Evidence.ofPackage("helm", name, version, YamlTrees.location(file, nameNode.get()),
                version == null ? name : name + "@" + version, Scope.RUNTIME));
    }

    private static String text(Node node) {
        return YamlTrees.scalar(node).map(String::trim).orElse("");
    }
}
