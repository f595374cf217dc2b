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
import java.util.LinkedHashSet;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads Docker Compose files (any file name compose tools accept) into one container-image evidence per service
 * image, with YAML merge keys ({@code <<: *defaults}) resolved and compose interpolation applied where a default
 * makes the value known.
 */
public final class ComposeExtractor implements Extractor {

    private static final Pattern FILE_NAME = Pattern.compile("(docker-)?compose(\\.[^/]+)?\\.ya?ml");

    /** Top-level keys of the versioned formats: never a service of the legacy version-1 format. */
    private static final Set<String> NON_SERVICE_KEYS = Set.of("version", "name", "services", "volumes", "networks",
            "configs", "secrets", "include", "models");

    /** Merge chains deeper than this are hostile or broken; the rest of the chain is ignored. */
    private static final int MAX_MERGE_DEPTH = 32;

    @Override
    public String id() {
        return "compose";
    }

    @Override
    public boolean accepts(String path) {
        return FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        Merges merges = new Merges();
        Map<String, NodeTuple> top = merges.entries(root);
        List<Node> services = new ArrayList<>();
        NodeTuple servicesEntry = top.get("services");
        if (servicesEntry != null) {
            if (servicesEntry.getValueNode() instanceof MappingNode servicesNode) {
                merges.entries(servicesNode).values().forEach(tuple -> services.add(tuple.getValueNode()));
            }
        } else {
            top.forEach((key, tuple) -> {
                if (!NON_SERVICE_KEYS.contains(key) && !key.startsWith("x-")) {
                    services.add(tuple.getValueNode());
                }
            });
        }
        Lines lines = Lines.of(file.text());
        Map<Location, Evidence> found = new LinkedHashMap<>();
        for (Node service : services) {
            image(file, lines, merges, service).ifPresent(image -> found.putIfAbsent(image.location(), image));
        }
        List<Evidence> evidence = new ArrayList<>(found.values());
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    private static Optional<Evidence> image(SourceFile file, Lines lines, Merges merges, Node service) {
        if (!(service instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        NodeTuple entry = merges.entries(mapping).get("image");
        if (entry == null || !(entry.getValueNode() instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
            return Optional.empty();
        }
        Optional<String> image = interpolate(scalar.getValue());
        Optional<ImageReference> reference = image.flatMap(ImageReference::parse);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", reference.get().repository(),
                reference.get().tag(), valueStart(file, lines, scalar), image.get().trim(), Scope.RUNTIME, List.of()));
    }

    /**
     * Where the scalar's text starts: a node's start mark includes its properties, so for
     * {@code x-img: &img postgres:16} it points at the anchor; step over anchors and tags on the same line.
     */
    private static Location valueStart(SourceFile file, Lines lines, ScalarNode scalar) {
        Location start = YamlTrees.location(file, scalar);
        String line = lines.line(start.line());
        if (line.codePointCount(0, line.length()) < start.column()) {
            return start;
        }
        int i = line.offsetByCodePoints(0, start.column() - 1);
        int skipped = i;
        while (i < line.length() && (line.charAt(i) == '&' || line.charAt(i) == '!')) {
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            skipped = i;
        }
        boolean valueOnThisLine = skipped < line.length() && line.charAt(skipped) != '#';
        return valueOnThisLine ? file.location(start.line(), skipped + 1) : start;
    }

    /** The lines of a file, split once per extraction. */
    private record Lines(String text, int[] starts) {

        static Lines of(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return new Lines(text, starts);
        }

        /** The 1-based line without its line break; empty past the end. */
        String line(int number) {
            if (number < 1 || number > starts.length) {
                return "";
            }
            int end = number < starts.length ? starts[number] - 1 : text.length();
            if (end > starts[number - 1] && text.charAt(end - 1) == '\r') {
                end--;
            }
            return text.substring(starts[number - 1], Math.max(end, starts[number - 1]));
        }
    }

    /**
     * Applies compose interpolation without an environment: a variable with a default ({@code ${VAR:-x}},
     * {@code ${VAR-x}}) takes its default, {@code $$} is a literal dollar, anything else that needs a variable's
     * value makes the whole text unknown.
     */
    static Optional<String> interpolate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = matchingBrace(text, i + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                Optional<String> resolved = braced(text.substring(i + 2, close));
                if (resolved.isEmpty()) {
                    return Optional.empty();
                }
                out.append(resolved.get());
                i = close + 1;
            } else if (i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
                return Optional.empty();
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.toString());
    }

    /** The value of {@code NAME:-default} or {@code NAME-default}; empty for every form that needs the variable. */
    private static Optional<String> braced(String body) {
        int nameEnd = 0;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == 0) {
            return Optional.empty();
        }
        String rest = body.substring(nameEnd);
        if (rest.startsWith(":-")) {
            return interpolate(rest.substring(2));
        }
        if (rest.startsWith("-")) {
            return interpolate(rest.substring(1));
        }
        return Optional.empty();
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /**
     * Effective entries of mappings with YAML merge keys resolved: the composed node tree keeps {@code <<} entries
     * as written. Own keys win over merged ones, and earlier merge sources over later ones. Memoised per node so
     * chains of aliases cost each mapping once; cycles and over-deep chains merge nothing.
     */
    private static final class Merges {

        private final Map<MappingNode, Map<String, NodeTuple>> memo = new IdentityHashMap<>();
        private final Set<MappingNode> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

        Map<String, NodeTuple> entries(MappingNode mapping) {
            return entries(mapping, 0);
        }

        private Map<String, NodeTuple> entries(MappingNode mapping, int depth) {
            Map<String, NodeTuple> known = memo.get(mapping);
            if (known != null) {
                return known;
            }
            if (depth > MAX_MERGE_DEPTH || !inProgress.add(mapping)) {
                return Map.of();
            }
            Map<String, NodeTuple> result = new LinkedHashMap<>();
            Set<MappingNode> sources = new LinkedHashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    continue;
                }
                if (Tag.MERGE.equals(key.getTag())) {
                    addSources(tuple.getValueNode(), sources);
                } else {
                    result.put(key.getValue(), tuple);
                }
            }
            for (MappingNode source : sources) {
                entries(source, depth + 1).forEach(result::putIfAbsent);
            }
            inProgress.remove(mapping);
            Map<String, NodeTuple> frozen = Collections.unmodifiableMap(result);
            memo.put(mapping, frozen);
            return frozen;
        }

        private static void addSources(Node value, Set<MappingNode> sources) {
            if (value instanceof MappingNode single) {
                sources.add(single);
            } else if (value instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    if (item instanceof MappingNode mapping) {
                        sources.add(mapping);
                    }
                }
            }
        }
    }
}
