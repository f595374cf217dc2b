package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads SaltStack state files ({@code *.sls}) that lie in a Salt tree: a {@code top.sls} in the file's folder or a
 * folder above it, a {@code Saltfile} in one of those folders, or a folder named {@code salt} on the path. Outside
 * one, an {@code .sls} file is not read at all. Jinja is removed before YAML parsing, keeping every position:
 * statements ({@code {% %}}) and comments ({@code {# #}}) become blanks, expressions ({@code {{ }}}) become
 * {@code $} signs, and any value that held one is not evidence. Files with a non-YAML renderer ({@code #!py}) are
 * skipped. All evidence is a salt RESOURCE with scope RUNTIME:
 * <ul>
 * <li>each state named in {@code include:} ({@code mysql}, {@code postgres.server}); relative includes
 * ({@code .common}) are the project's own states and give nothing;</li>
 * <li>in a {@code top.sls}, each state an environment assigns to a target;</li>
 * <li>each service a {@code service.running} state (or {@code service: [running]}) keeps running, as
 * {@code service:<name>}, named by {@code name:}, {@code names:} or else the state's id.</li>
 * </ul>
 * Package states ({@code pkg.installed}) name distribution packages, which no catalog ecosystem covers, and give
 * nothing.
 */
public final class SaltExtractor implements Extractor {

    private static final Pattern JINJA = Pattern.compile("\\{%.*?%}|\\{#.*?#}|\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern STATE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final int MAX_LEVELS = 32;

    @Override
    public String id() {
        return "salt";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".sls") && path.length() > ".sls".length() && !path.endsWith("/.sls");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!inSaltTree(file)) {
            return List.of();
        }
        String text = file.text();
        if (text.startsWith("#!") && !text.lines().findFirst().orElse("").contains("yaml")) {
            return List.of();
        }
        List<Node> documents = YamlTrees.documents(SourceFile.of(file.path(), withoutJinja(text)));
        List<Evidence> evidence = new ArrayList<>();
        for (Node document : documents) {
            if (!(document instanceof MappingNode root)) {
                continue;
            }
            for (Node include : YamlTrees.items(YamlTrees.get(root, "include").orElse(null))) {
                CiSupport.scalar(include).filter(SaltExtractor::isStateName)
                        .ifPresent(state -> evidence.add(resource(YamlTrees.location(file, state),
                                state.getValue().strip(), "include " + state.getValue().strip())));
            }
            if (file.name().equals("top.sls")) {
                top(file, root, evidence);
            } else {
                for (NodeTuple state : YamlTrees.entries(root)) {
                    services(file, state, evidence);
                }
            }
        }
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    /** Whether the file belongs to a Salt tree; see the class comment. */
    private static boolean inSaltTree(SourceFile file) {
        if (file.name().equals("top.sls") || ("/" + file.path()).contains("/salt/")) {
            return true;
        }
        int depth = (int) file.path().chars().filter(c -> c == '/').count();
        for (int level = 0; level <= Math.min(depth, MAX_LEVELS); level++) {
            String up = "../".repeat(level);
            if (file.resolve(up + "top.sls").isPresent() || file.resolve(up + "Saltfile").isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The text with Jinja replaced by same-length blanks ({@code {% %}}, {@code {# #}}) or dollars (expressions). */
    static String withoutJinja(String text) {
        Matcher matcher = JINJA.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (matcher.find()) {
            out.append(text, last, matcher.start());
            char fill = matcher.group().startsWith("{{") ? '$' : ' ';
            for (char c : matcher.group().toCharArray()) {
                out.append(c == '\n' || c == '\r' ? c : fill);
            }
            last = matcher.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static boolean isStateName(ScalarNode node) {
        return STATE_NAME.matcher(node.getValue().strip()).matches();
    }

    /** {@code base: {'*': [common, mysql.server], 'web*': [{match: glob}, nginx]}}. */
    private static void top(SourceFile file, MappingNode root, List<Evidence> out) {
        for (NodeTuple environment : root.getValue()) {
            for (NodeTuple target : YamlTrees.entries(environment.getValueNode())) {
                for (Node state : YamlTrees.items(target.getValueNode())) {
                    CiSupport.scalar(state).filter(SaltExtractor::isStateName)
                            .ifPresent(name -> out.add(resource(YamlTrees.location(file, name),
                                    name.getValue().strip(), "top " + name.getValue().strip())));
                }
            }
        }
    }

    private static void services(SourceFile file, NodeTuple state, List<Evidence> out) {
        Optional<ScalarNode> id = CiSupport.scalar(state.getKeyNode());
        for (NodeTuple call : YamlTrees.entries(state.getValueNode())) {
            String function = YamlTrees.key(call).orElse("");
            List<Node> arguments = YamlTrees.items(call.getValueNode());
            boolean running = function.equals("service.running") || (function.equals("service")
                    && arguments.stream().anyMatch(a -> CiSupport.scalar(a)
                            .filter(s -> s.getValue().strip().equals("running")).isPresent()));
            if (!running) {
                continue;
            }
            List<ScalarNode> names = new ArrayList<>();
            for (Node argument : arguments) {
                YamlTrees.get(argument, "name").flatMap(CiSupport::scalar).ifPresent(names::add);
                YamlTrees.get(argument, "names").ifPresent(list -> YamlTrees.items(list)
                        .forEach(item -> CiSupport.scalar(item).ifPresent(names::add)));
            }
            if (names.isEmpty()) {
                id.ifPresent(names::add);
            }
            for (ScalarNode name : names) {
                String service = name.getValue().strip();
                if (!service.isEmpty() && !service.contains("$")
                        && service.chars().noneMatch(Character::isWhitespace)) {
                    out.add(resource(YamlTrees.location(file, name), "service:" + service,
                            "service.running " + service));
                }
            }
        }
    }

    private static Evidence resource(Location location, String name, String value) {
        return new Evidence(EvidenceKind.RESOURCE, "salt", name, null, location, value, Scope.RUNTIME, List.of());
    }
}
