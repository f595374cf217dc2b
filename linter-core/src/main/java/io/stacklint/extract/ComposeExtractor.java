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
 * Reads Docker Compose files into one container-image evidence per service image, with YAML merge keys
 * ({@code <<: *defaults}) resolved and compose interpolation applied from the {@code .env} file beside the compose
 * file and the defaults written in the expressions. Compose files are those with a name compose tools accept, and
 * any other file a {@code .env}'s {@code COMPOSE_FILE} names (read when that {@code .env} is scanned). A service
 * limited to profiles is optional: its image is reported with scope optional and the profiles in its value.
 */
public final class ComposeExtractor implements Extractor {

    private static final Pattern FILE_NAME = Pattern.compile("(docker-)?compose(\\.[^/]+)?\\.ya?ml");

    /** Top-level keys of the versioned formats: never a service of the legacy version-1 format. */
    private static final Set<String> NON_SERVICE_KEYS = Set.of("version", "name", "services", "volumes", "networks",
            "configs", "secrets", "include", "models");

    private static final DockerfileExtractor DOCKERFILES = new DockerfileExtractor();

    /** Merge chains deeper than this are hostile or broken; the rest of the chain is ignored. */
    private static final int MAX_MERGE_DEPTH = 32;

    @Override
    public String id() {
        return "compose";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return isComposeFileName(name) || name.equals(".env");
    }

    private static boolean isComposeFileName(String name) {
        return name.contains("compose") && FILE_NAME.matcher(name).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (file.name().equals(".env")) {
            return namedByComposeFile(file);
        }
        Map<String, String> environment = file.resolve(".env")
                .flatMap(ComposeExtractor::variables)
                .orElse(Map.of());
        return extract(file, environment);
    }

    /**
     * The compose files a {@code .env} names in {@code COMPOSE_FILE} that no name rule finds; those with a compose
     * file name are scanned on their own already.
     */
    private List<Evidence> namedByComposeFile(SourceFile env) throws ExtractionException {
        Map<String, String> environment = DotEnv.parse(env.text());
        String composeFiles = environment.get("COMPOSE_FILE");
        if (composeFiles == null || composeFiles.isBlank()) {
            return List.of();
        }
        String separator = environment.getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String named : composeFiles.split(Pattern.quote(separator.isEmpty() ? ":" : separator))) {
            String path = named.strip();
            if (path.isEmpty() || isComposeFileName(path.substring(path.lastIndexOf('/') + 1))) {
                continue;
            }
            Optional<SourceFile> composeFile = env.resolve(path);
            if (composeFile.isEmpty()) {
                int line = lineOf(env.text(), "COMPOSE_FILE");
                env.note(line, 1, "COMPOSE_FILE names " + path + ", which is not in the repository");
            } else if (seen.add(composeFile.get().path())) {
                try {
                    evidence.addAll(extract(composeFile.get(), environment));
                } catch (ExtractionException e) {
                    env.note(lineOf(env.text(), "COMPOSE_FILE"), 1, composeFile.get().path() + ":" + e.line() + ":"
                            + e.column() + ": " + e.getMessage());
                }
            }
        }
        return List.copyOf(evidence);
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().replaceFirst("^export\\s+", "").startsWith(key + "=")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static Optional<Map<String, String>> variables(SourceFile env) {
        try {
            return Optional.of(DotEnv.parse(env.text()));
        } catch (ExtractionException e) {
            return Optional.empty(); // a .env that is not UTF-8 text defines nothing compose could read either
        }
    }

    private List<Evidence> extract(SourceFile file, Map<String, String> environment) throws ExtractionException {
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
        Map<Location, Evidence> found = new LinkedHashMap<>();
        for (Node service : services) {
            image(file, merges, service, environment)
                    .ifPresent(image -> found.putIfAbsent(image.location(), image));
        }
        List<Evidence> evidence = new ArrayList<>(found.values());
        for (Node service : services) {
            evidence.addAll(builtFrom(file, merges, service, environment));
        }
        evidence.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(evidence);
    }

    /**
     * The images a service's {@code build:} starts from, when its Dockerfile has a name no scan rule finds
     * ({@code dockerfile: docker/api.df}): a Dockerfile found by its name is scanned on its own already.
     */
    private static List<Evidence> builtFrom(SourceFile file, Merges merges, Node service,
            Map<String, String> environment) {
        if (!(service instanceof MappingNode mapping) || !merges.entries(mapping).containsKey("build")) {
            return List.of();
        }
        Node build = merges.entries(mapping).get("build").getValueNode();
        String context = ".";
        String dockerfile = "Dockerfile";
        if (build instanceof ScalarNode scalar) {
            context = scalar.getValue();
        } else if (build instanceof MappingNode buildMapping) {
            Map<String, NodeTuple> settings = merges.entries(buildMapping);
            context = scalarValue(settings.get("context")).orElse(context);
            dockerfile = scalarValue(settings.get("dockerfile")).orElse(dockerfile);
        }
        Optional<String> resolvedContext = interpolate(context, environment);
        Optional<String> resolvedDockerfile = interpolate(dockerfile, environment);
        if (resolvedContext.isEmpty() || resolvedDockerfile.isEmpty() || resolvedContext.get().contains("://")) {
            return List.of(); // a remote context (a git URL) is not in the repository
        }
        String path = resolvedContext.get().replaceAll("/+$", "") + "/" + resolvedDockerfile.get();
        Optional<SourceFile> found = file.resolve(path);
        if (found.isEmpty() || DOCKERFILES.accepts(found.get().path())) {
            return List.of();
        }
        try {
            return DOCKERFILES.extract(found.get());
        } catch (ExtractionException e) {
            Location at = YamlTrees.location(file, build);
            file.note(at.line(), at.column(), found.get().path() + ":" + e.line() + ":" + e.column() + ": "
                    + e.getMessage());
            return List.of();
        }
    }

    private static Optional<String> scalarValue(NodeTuple tuple) {
        return tuple == null ? Optional.empty() : YamlTrees.scalar(tuple.getValueNode());
    }

    private static Optional<Evidence> image(SourceFile file, Merges merges, Node service,
            Map<String, String> environment) {
        if (!(service instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = merges.entries(mapping);
        NodeTuple entry = entries.get("image");
        if (entry == null || !(entry.getValueNode() instanceof ScalarNode scalar) || Tag.NULL.equals(scalar.getTag())) {
            return Optional.empty();
        }
        Optional<String> image = interpolate(scalar.getValue(), environment);
        Optional<ImageReference> reference = image.flatMap(ImageReference::parse);
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        List<String> profiles = entries.containsKey("profiles")
                ? YamlTrees.items(entries.get("profiles").getValueNode()).stream()
                        .flatMap(item -> YamlTrees.scalar(item).stream()).toList()
                : List.of();
        String value = image.get().trim() + (profiles.isEmpty() ? "" : " (profile " + String.join(", ", profiles) + ")");
        return Optional.of(new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", reference.get().repository(),
                reference.get().tag(), YamlTrees.location(file, scalar), value,
                profiles.isEmpty() ? Scope.RUNTIME : Scope.OPTIONAL, List.of()));
    }

    /**
     * Applies compose interpolation with the variables of a {@code .env} file: {@code $VAR} and {@code ${VAR}} take
     * the variable's value, {@code ${VAR:-x}} the value when set and not empty, else the default ({@code ${VAR-x}}:
     * when set), {@code ${VAR:?err}} and {@code ${VAR?err}} the value when set; {@code $$} is a literal dollar.
     * Anything that needs a variable the file does not define makes the whole text unknown: the shell's environment
     * is not the repository's.
     */
    static Optional<String> interpolate(String text, Map<String, String> environment) {
        ShellSubstitution substituted = ShellSubstitution.of(text, environment, ShellSubstitution.Dialect.COMPOSE);
        return substituted.resolved() ? Optional.of(substituted.value()) : Optional.empty();
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
