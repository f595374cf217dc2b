package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Helm charts: the chart dependencies of {@code Chart.yaml} (and of Helm 2's {@code requirements.yaml}) as
 * helm packages, and the images of a chart's values files ({@code values.yaml}, {@code values-*.yaml},
 * {@code values.*.yaml}) as runtime images, however a chart writes them: {@code image: repo:tag},
 * {@code image: {registry, repository, tag, digest}}, or {@code repository} and {@code tag} side by side. An empty
 * tag means the chart's appVersion, so it gives no version. Values and requirements files count only beside a
 * {@code Chart.yaml}; local {@code file://} dependencies are the project's own charts.
 */
public final class HelmChartExtractor implements Extractor {

    private static final Pattern VALUES_FILE = Pattern.compile("values([-.][^/]+)?\\.ya?ml");

    @Override
    public String id() {
        return "helm-chart";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("Chart.yaml") || name.equals("requirements.yaml")
                || (name.startsWith("values") && VALUES_FILE.matcher(name).matches());
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        boolean chart = file.name().equals("Chart.yaml");
        if (!chart && file.resolve("Chart.yaml").isEmpty()) {
            return List.of();
        }
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty()) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        if (chart || file.name().equals("requirements.yaml")) {
            dependencies(file, document.get(), evidence);
        } else {
            new Values(file, evidence).walk(document.get(), null);
            evidence.sort(Comparator.comparing(Evidence::location));
        }
        return List.copyOf(evidence);
    }

    private static void dependencies(SourceFile file, Node root, List<Evidence> evidence) {
        for (Node dependency : YamlTrees.items(YamlTrees.get(root, "dependencies").orElse(null))) {
            Optional<Node> nameNode = YamlTrees.get(dependency, "name");
            Optional<String> name = nameNode.flatMap(YamlTrees::scalar).map(String::trim).filter(n -> !n.isEmpty());
            String repository = text(dependency, "repository").orElse("");
            if (name.isEmpty() || repository.startsWith("file://")) {
                continue;
            }
            String version = text(dependency, "version").filter(v -> !v.isEmpty()).orElse(null);
            evidence.add(Evidence.ofPackage("helm", name.get(), version, YamlTrees.location(file, nameNode.get()),
                    version == null ? name.get() : name.get() + "@" + version, Scope.RUNTIME));
        }
    }

    private static Optional<String> text(Node mapping, String key) {
        return YamlTrees.get(mapping, key).flatMap(YamlTrees::scalar).map(String::trim);
    }

    /** The walk over one values file; aliases shared between places are read once. */
    private static final class Values {

        private final SourceFile file;
        private final List<Evidence> evidence;
        private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());

        Values(SourceFile file, List<Evidence> evidence) {
            this.file = file;
            this.evidence = evidence;
        }

        void walk(Node node, String key) {
            if (!visited.add(node)) {
                return;
            }
            if (node instanceof ScalarNode scalar && "image".equals(key)) {
                String value = scalar.getValue().trim();
                image(value, value, scalar);
            } else if (node instanceof MappingNode mapping) {
                imageMapping(mapping, "image".equals(key));
                for (NodeTuple tuple : mapping.getValue()) {
                    walk(tuple.getValueNode(), YamlTrees.key(tuple).orElse(null));
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    walk(item, null);
                }
            }
        }

        /** {@code {registry, repository, tag, digest}} under {@code image}, or any repository beside a tag. */
        private void imageMapping(MappingNode mapping, boolean underImageKey) {
            Optional<Node> repositoryNode = YamlTrees.get(mapping, "repository");
            boolean hasTag = YamlTrees.get(mapping, "tag").isPresent();
            if (repositoryNode.isEmpty() || !(repositoryNode.get() instanceof ScalarNode repositoryScalar)
                    || !(underImageKey || hasTag)) {
                return;
            }
            String repository = repositoryScalar.getValue().trim();
            String registry = text(mapping, "registry").orElse("");
            String tag = text(mapping, "tag").orElse("");
            String digest = text(mapping, "digest").orElse("");
            String path = registry.isEmpty() ? repository : registry + "/" + repository;
            String written = path + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
            image(written, path + (tag.isEmpty() ? "" : ":" + tag), repositoryScalar);
        }

        private void image(String value, String reference, ScalarNode at) {
            if (value.isEmpty() || value.contains("://")) {
                return;
            }
            KubernetesExtractor.imageReference(reference).ifPresent(parsed -> {
                Location location = YamlTrees.location(file, at);
                evidence.add(new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", parsed.repository(), parsed.tag(),
                        location, value, Scope.RUNTIME, List.of()));
            });
        }
    }
}
