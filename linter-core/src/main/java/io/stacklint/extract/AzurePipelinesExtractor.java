package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Azure Pipelines' {@code azure-pipelines.yml} (and the YAML files of {@code .azure-pipelines/} and
 * {@code .azuredevops/}):
 * <ul>
 * <li>the image of each {@code resources.containers} entry;</li>
 * <li>the job container ({@code container:} as a string or as {@code {image:}}) and the {@code services:} of the
 * top level, of {@code jobs:} and of {@code stages[].jobs}: a name that is the alias of a resource container is
 * that container (already reported where its image is written), anything else is an image;</li>
 * <li>the tool installer tasks ({@code NodeTool@0}, {@code UseNode@1}, {@code UsePythonVersion@0},
 * {@code JavaToolInstaller@0}, {@code UseDotNet@2}, {@code GoTool@0}, {@code UseRubyVersion@0}) as CI runtimes,
 * with the version input as written, or without a version when the task has none or a variable.</li>
 * </ul>
 * {@code pool.vmImage} names a hosted virtual machine, not a container image, and gives nothing. Templates are not
 * followed; images holding {@code $(variable)} or {@code ${{ expression }}} are left with a note.
 */
public final class AzurePipelinesExtractor implements Extractor {

    private static final Pattern PATH = Pattern.compile(
            "(?:.*/)?(?:azure-pipelines\\.ya?ml|\\.azure-pipelines/[^/]+\\.ya?ml|\\.azuredevops/[^/]+\\.ya?ml)");

    /** Tool installer task name (lowercase, without the major version) -> runtime and its version inputs. */
    private record Installer(String runtime, List<String> inputs) {
    }

    private static final Map<String, Installer> INSTALLERS = Map.of(
            "nodetool", new Installer("node", List.of("versionSpec")),
            "usenode", new Installer("node", List.of("version", "versionSpec")),
            "usepythonversion", new Installer("python", List.of("versionSpec")),
            "javatoolinstaller", new Installer("java", List.of("versionSpec")),
            "usedotnet", new Installer("dotnet", List.of("version")),
            "gotool", new Installer("go", List.of("version")),
            "userubyversion", new Installer("ruby", List.of("versionSpec")));

    @Override
    public String id() {
        return "azure-pipelines";
    }

    @Override
    public boolean accepts(String path) {
        return FileNames.isYaml(path) && (FileNames.name(path).startsWith("azure-pipelines")
                || path.contains(".azure-pipelines/") || path.contains(".azuredevops/"))
                && PATH.matcher(path).matches();
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        Set<String> aliases = new HashSet<>();
        Node resources = YamlTrees.get(root, "resources").flatMap(r -> YamlTrees.get(r, "containers")).orElse(null);
        for (Node container : YamlTrees.items(resources)) {
            YamlTrees.get(container, "container").flatMap(CiSupport::scalar)
                    .ifPresent(alias -> aliases.add(alias.getValue().strip()));
            YamlTrees.get(container, "image").flatMap(CiSupport::scalar)
                    .ifPresent(image -> image(file, image, evidence));
        }
        job(file, root, aliases, evidence);
        for (Node job : YamlTrees.items(YamlTrees.get(root, "jobs").orElse(null))) {
            job(file, job, aliases, evidence);
        }
        for (Node stage : YamlTrees.items(YamlTrees.get(root, "stages").orElse(null))) {
            for (Node job : YamlTrees.items(YamlTrees.get(stage, "jobs").orElse(null))) {
                job(file, job, aliases, evidence);
            }
        }
        tasks(file, root, evidence, 0);
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    private static void job(SourceFile file, Node job, Set<String> aliases, List<Evidence> out) {
        YamlTrees.get(job, "container").ifPresent(container -> {
            Node image = container instanceof MappingNode ? YamlTrees.get(container, "image").orElse(null) : container;
            CiSupport.scalar(image).ifPresent(name -> reference(file, name, aliases, out));
        });
        for (NodeTuple service : YamlTrees.entries(YamlTrees.get(job, "services").orElse(null))) {
            CiSupport.scalar(service.getValueNode()).ifPresent(name -> reference(file, name, aliases, out));
        }
    }

    /** A container named in a job: a resource alias (reported at the resource) or an image. */
    private static void reference(SourceFile file, ScalarNode node, Set<String> aliases, List<Evidence> out) {
        if (!aliases.contains(node.getValue().strip())) {
            image(file, node, out);
        }
    }

    private static void image(SourceFile file, ScalarNode node, List<Evidence> out) {
        String written = node.getValue().strip();
        if (written.isEmpty()) {
            return;
        }
        if (written.contains("$")) {
            var at = YamlTrees.location(file, node);
            file.note(at.line(), at.column(), "image " + written + " uses a variable or template expression; "
                    + "not checked");
            return;
        }
        CiSupport.image(YamlTrees.location(file, node), written).ifPresent(out::add);
    }

    /** Every tool installer task anywhere in the document (steps sit under jobs, stages and deployment strategies). */
    private static void tasks(SourceFile file, Node node, List<Evidence> out, int depth) {
        if (depth > 64) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            YamlTrees.get(mapping, "task").flatMap(CiSupport::scalar).ifPresent(task -> task(file, mapping, task, out));
            for (NodeTuple entry : mapping.getValue()) {
                tasks(file, entry.getValueNode(), out, depth + 1);
            }
        } else {
            for (Node item : YamlTrees.items(node)) {
                tasks(file, item, out, depth + 1);
            }
        }
    }

    private static void task(SourceFile file, MappingNode step, ScalarNode task, List<Evidence> out) {
        String written = task.getValue().strip();
        int at = written.indexOf('@');
        String name = (at < 0 ? written : written.substring(0, at)).toLowerCase(Locale.ROOT);
        Installer installer = INSTALLERS.get(name);
        if (installer == null) {
            return;
        }
        Node inputs = YamlTrees.get(step, "inputs").orElse(null);
        for (String input : installer.inputs()) {
            Optional<ScalarNode> version = YamlTrees.get(inputs, input).flatMap(CiSupport::scalar)
                    .filter(v -> !v.getValue().isBlank());
            if (version.isPresent()) {
                String value = version.get().getValue().strip();
                if (value.contains("$")) {
                    break;
                }
                out.add(new Evidence(EvidenceKind.RUNTIME, "runtime", installer.runtime(), value,
                        YamlTrees.location(file, version.get()), installer.runtime() + " " + value, Scope.CI,
                        List.of()));
                return;
            }
        }
        out.add(new Evidence(EvidenceKind.RUNTIME, "runtime", installer.runtime(), null,
                YamlTrees.location(file, task), written, Scope.CI, List.of()));
    }
}
