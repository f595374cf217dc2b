package io.stacklint.extract;

import io.stacklint.model.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Google Cloud Build configurations ({@code cloudbuild.yaml}, {@code cloudbuild.yml}, {@code cloudbuild.json},
 * and named variants such as {@code cloudbuild-deploy.yaml}): the {@code name:} of every step is the image the step
 * runs, builders such as {@code gcr.io/cloud-builders/docker} included. User substitutions ({@code _NAME}) declared
 * under {@code substitutions:} are expanded; an image that still uses a built-in substitution ({@code $PROJECT_ID})
 * is left with a note. The top-level {@code images:} list names what the build pushes, not what it runs, and gives
 * nothing.
 */
public final class CloudBuildExtractor implements Extractor {

    private static final Pattern NAME = Pattern.compile("cloudbuild(?:[._-][A-Za-z0-9_.-]+)?\\.(?:ya?ml|json)");

    @Override
    public String id() {
        return "cloudbuild";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("cloudbuild") && NAME.matcher(name).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        SourceFile readable = file;
        if (file.name().endsWith(".json")) {
            // JSON allows tabs between tokens, YAML does not; a tab inside a JSON string is invalid anyway, so
            // turning each into one space keeps both the meaning and every column.
            readable = SourceFile.of(file.path(), file.text().replace('\t', ' '));
        }
        Optional<Node> document;
        try {
            document = YamlTrees.document(readable);
        } catch (ExtractionException e) {
            if (readable == file) {
                throw e;
            }
            throw new ExtractionException(e.line(), e.column(),
                    e.getMessage().replaceFirst("^invalid YAML", "invalid JSON"), e);
        }
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        Map<String, String> substitutions = new HashMap<>();
        for (NodeTuple entry : YamlTrees.entries(YamlTrees.get(root, "substitutions").orElse(null))) {
            YamlTrees.key(entry).ifPresent(key -> CiSupport.scalar(entry.getValueNode())
                    .ifPresent(value -> substitutions.put(key, value.getValue())));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (Node step : YamlTrees.items(YamlTrees.get(root, "steps").orElse(null))) {
            YamlTrees.get(step, "name").flatMap(CiSupport::scalar).filter(name -> !name.getValue().isBlank())
                    .ifPresent(name -> image(file, name, substitutions, evidence));
        }
        return List.copyOf(evidence);
    }

    private static void image(SourceFile file, ScalarNode node, Map<String, String> substitutions,
            List<Evidence> out) {
        CiSupport.Expansion expansion = CiSupport.expand(node.getValue(), substitutions);
        if (!expansion.resolved()) {
            var at = YamlTrees.location(file, node);
            file.note(at.line(), at.column(), "image " + node.getValue().strip() + " uses "
                    + expansion.unresolved() + ", which the configuration does not define; not checked");
            return;
        }
        CiSupport.image(YamlTrees.location(file, node), expansion.text()).ifPresent(out::add);
    }
}
