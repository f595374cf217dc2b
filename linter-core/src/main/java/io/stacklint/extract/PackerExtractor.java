package io.stacklint.extract;

import io.stacklint.extract.Hcl.Attribute;
import io.stacklint.extract.Hcl.Block;
import io.stacklint.extract.Hcl.Body;
import io.stacklint.extract.Hcl.Item;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Reads Packer templates: HCL2 ({@code *.pkr.hcl}, through {@link Hcl}; {@code *.pkr.json}, its JSON form) and the
 * legacy JSON template ({@code packer.json}, or a {@code *.pkr.json} whose top level has {@code builders}). All
 * evidence has scope BUILD, since Packer builds machine images:
 * <ul>
 * <li>each {@code source "type" "name"} block (each legacy builder): a packer RESOURCE named by the builder type
 * ({@code amazon-ebs}, {@code docker}), located at the block (the builder's {@code type});</li>
 * <li>the literal {@code image} of a docker source or builder: a CONTAINER_IMAGE, the image the build starts from;
 * a legacy {@code {{user `name`}}} is filled from the template's {@code variables};</li>
 * <li>each {@code packer { required_plugins { name = { source, version } } }} entry: a packer PACKAGE named by its
 * source without host ({@code github.com/hashicorp/amazon} is {@code hashicorp/amazon}), with its version.</li>
 * </ul>
 * Only literal values count: {@code image = var.base} gives the resource and no image.
 */
public final class PackerExtractor implements Extractor {

    private static final Pattern USER_VARIABLE = Pattern.compile("\\{\\{\\s*user\\s+`([^`]+)`\\s*}}");

    @Override
    public String id() {
        return "packer";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".pkr.hcl") || name.endsWith(".pkr.json") || name.equals("packer.json");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        List<Evidence> evidence = new ArrayList<>();
        try {
            if (file.name().endsWith(".hcl")) {
                hcl(file, Hcl.parse(file), evidence);
            } else {
                json(file, evidence);
            }
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read Packer template: " + e.getClass().getSimpleName(), e);
        }
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    // ------------------------------------------------------------------------------------------------- HCL

    private static void hcl(SourceFile file, Body body, List<Evidence> out) {
        for (Item item : body.items()) {
            if (!(item instanceof Block block)) {
                continue;
            }
            if (block.type().equals("packer")) {
                for (Block required : block.body().blocks("required_plugins")) {
                    for (Item entry : required.body().items()) {
                        if (entry instanceof Attribute plugin) {
                            plugin.value().entry("source").map(Attribute::value)
                                    .filter(source -> source.kind() == Hcl.Kind.STRING).flatMap(Hcl.Value::literal)
                                    .ifPresent(source -> plugin(file.location(plugin.line(), plugin.column()), source,
                                            plugin.value().entry("version").flatMap(v -> v.value().literal())
                                                    .orElse(null), out));
                        }
                    }
                }
            } else if (block.type().equals("source") && !block.labels().isEmpty()) {
                String type = block.labels().get(0);
                out.add(resource(file.location(block.line(), block.column()), type));
                if (type.equals("docker")) {
                    block.body().attribute("image").ifPresent(image -> image.value().literal()
                            .ifPresent(text -> image(file.location(image.value().line(), image.value().column()),
                                    text, out)));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON

    private static void json(SourceFile file, List<Evidence> out) throws ExtractionException {
        // JSON allows tabs between tokens, YAML does not; a tab inside a JSON string is invalid anyway, so turning
        // each into one space keeps both the meaning and every column.
        SourceFile readable = SourceFile.of(file.path(), file.text().replace('\t', ' '));
        Optional<Node> document;
        try {
            document = YamlTrees.document(readable);
        } catch (ExtractionException e) {
            throw new ExtractionException(e.line(), e.column(),
                    e.getMessage().replaceFirst("^invalid YAML", "invalid JSON"), e);
        }
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return;
        }
        Map<String, String> variables = new HashMap<>();
        for (NodeTuple variable : YamlTrees.entries(YamlTrees.get(root, "variables").orElse(null))) {
            YamlTrees.key(variable).ifPresent(name -> CiSupport.scalar(variable.getValueNode())
                    .ifPresent(value -> variables.put(name, value.getValue())));
        }
        for (Node builder : YamlTrees.items(YamlTrees.get(root, "builders").orElse(null))) {
            YamlTrees.get(builder, "type").flatMap(CiSupport::scalar).ifPresent(type -> {
                out.add(resource(YamlTrees.location(file, type), type.getValue().strip()));
                if (type.getValue().strip().equals("docker")) {
                    YamlTrees.get(builder, "image").flatMap(CiSupport::scalar)
                            .ifPresent(image -> legacyImage(file, image, variables, out));
                }
            });
        }
        for (Node sources : blocks(YamlTrees.get(root, "source").orElse(null))) {
            for (NodeTuple type : YamlTrees.entries(sources)) {
                String name = YamlTrees.key(type).orElse("");
                for (Node named : blocks(type.getValueNode())) {
                    for (NodeTuple source : YamlTrees.entries(named)) {
                        out.add(resource(YamlTrees.location(file, source.getKeyNode()), name));
                        if (name.equals("docker")) {
                            for (Node body : blocks(source.getValueNode())) {
                                YamlTrees.get(body, "image").flatMap(CiSupport::scalar).ifPresent(image -> image(
                                        YamlTrees.location(file, image), image.getValue(), out));
                            }
                        }
                    }
                }
            }
        }
        for (Node packer : blocks(YamlTrees.get(root, "packer").orElse(null))) {
            for (Node required : blocks(YamlTrees.get(packer, "required_plugins").orElse(null))) {
                for (NodeTuple plugin : YamlTrees.entries(required)) {
                    YamlTrees.get(plugin.getValueNode(), "source").flatMap(CiSupport::scalar).ifPresent(source ->
                            plugin(YamlTrees.location(file, plugin.getKeyNode()), source.getValue(),
                                    YamlTrees.get(plugin.getValueNode(), "version").flatMap(CiSupport::scalar)
                                            .map(ScalarNode::getValue).orElse(null), out));
                }
            }
        }
    }

    /** HCL's JSON form writes a block as an object, or repeated blocks as an array of objects. */
    private static List<Node> blocks(Node node) {
        return node instanceof MappingNode ? List.of(node) : YamlTrees.items(node);
    }

    private static void legacyImage(SourceFile file, ScalarNode node, Map<String, String> variables,
            List<Evidence> out) {
        Matcher matcher = USER_VARIABLE.matcher(node.getValue());
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            if (value == null) {
                Location at = YamlTrees.location(file, node);
                file.note(at.line(), at.column(), "image " + node.getValue().strip() + " uses " + matcher.group()
                        + ", which the template does not define; not checked");
                return;
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(resolved);
        if (resolved.indexOf("{{") < 0) {
            image(YamlTrees.location(file, node), resolved.toString(), out);
        }
    }

    // ----------------------------------------------------------------------------------------------- evidence

    private static void image(Location location, String text, List<Evidence> out) {
        String written = text.strip();
        ImageReference.parse(written).ifPresent(reference -> out.add(new Evidence(EvidenceKind.CONTAINER_IMAGE,
                "docker", reference.repository(), reference.tag(), location, written, Scope.BUILD, List.of())));
    }

    private static Evidence resource(Location location, String type) {
        return new Evidence(EvidenceKind.RESOURCE, "packer", type, null, location, "source " + type, Scope.BUILD,
                List.of());
    }

    private static void plugin(Location location, String source, String version, List<Evidence> out) {
        TerraformExtractor.providerSource(source).ifPresent(name -> out.add(new Evidence(EvidenceKind.PACKAGE,
                "packer", name, version == null ? null : version.strip(), location,
                version == null ? name : name + " " + version.strip(), Scope.BUILD, List.of())));
    }
}
