package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads AppVeyor's {@code appveyor.yml} and {@code .appveyor.yml}, at the top level and in each {@code for:} entry:
 * <ul>
 * <li>{@code services:} (Windows images): CI services of ecosystem appveyor, the version split off where the name
 * carries it as AppVeyor spells it: {@code mssql2017} is mssql 2017, {@code mssql2008r2sp2} mssql 2008r2sp2,
 * {@code postgresql96} postgresql 9.6, {@code postgresql101} postgresql 10.1, {@code postgresql13} postgresql 13;
 * a {@code rs} suffix (Reporting Services) is dropped;</li>
 * <li>{@code stack:} (Linux and macOS images), {@code node 18, jdk 17, mysql}: languages are CI runtimes (node,
 * nodejs, jdk, java, python, ruby, go, php), everything else a CI service, each with its version when written;</li>
 * <li>{@code Install-Product node 18} and {@code Update-NodeJsInstallation 18.19.0} in PowerShell script lines
 * ({@code ps:}, {@code pwsh:}, {@code powershell:}): the node runtime; a version given as {@code $env:NAME} gives one
 * runtime per value the {@code environment:} (plain, {@code global:} or {@code matrix:}) assigns to NAME, located
 * at the value, or a runtime without version when it assigns none.</li>
 * </ul>
 * Build worker images ({@code image: Visual Studio 2022}) are virtual machines and give nothing.
 */
public final class AppveyorExtractor implements Extractor {

    private static final List<String> SCRIPT_SECTIONS = List.of("init", "install", "before_build", "build_script",
            "after_build", "before_test", "test_script", "after_test", "on_success", "on_failure", "on_finish",
            "before_deploy", "deploy_script", "after_deploy", "before_package");

    private static final List<String> POWERSHELL_KEYS = List.of("ps", "pwsh", "powershell");

    private static final Map<String, String> STACK_RUNTIMES = Map.of("node", "node", "nodejs", "node", "jdk", "java",
            "java", "java", "python", "python", "ruby", "ruby", "go", "go", "golang", "go", "php", "php");

    private static final Pattern MSSQL = Pattern.compile("mssql(\\d{4}(?:r2)?(?:sp\\d+)?)(?:rs)?");
    private static final Pattern POSTGRESQL = Pattern.compile("postgresql(\\d{2,3})");
    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9._-]*");
    /** The command must start a statement, so that the same words inside a string or a comment do not count. */
    private static final Pattern NODE_INSTALL = Pattern.compile("(?im)(?:^|[;{]|&&)[ \\t]*(?<command>(?:Install-Product"
            + "\\s+node|Update-NodeJsInstallation)\\s+(['\"]?)(?<version>[^\\s'\";|]+)\\2)");
    private static final Pattern ENV_REFERENCE = Pattern.compile("(?i)\\$env:([A-Za-z_][A-Za-z0-9_]*)");

    @Override
    public String id() {
        return "appveyor";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("appveyor.yml") || name.equals(".appveyor.yml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Node> document = YamlTrees.document(file);
        if (document.isEmpty() || !(document.get() instanceof MappingNode root)) {
            return List.of();
        }
        List<Evidence> evidence = new ArrayList<>();
        configuration(file, root, root, evidence);
        for (Node entry : YamlTrees.items(YamlTrees.get(root, "for").orElse(null))) {
            configuration(file, entry, root, evidence);
        }
        List<Evidence> unique = new ArrayList<>(new LinkedHashSet<>(evidence));
        unique.sort(Comparator.comparing(Evidence::location));
        return List.copyOf(unique);
    }

    private static void configuration(SourceFile file, Node holder, Node root, List<Evidence> out) {
        for (ScalarNode service : scalars(YamlTrees.get(holder, "services").orElse(null))) {
            service(file, service).ifPresent(out::add);
        }
        for (ScalarNode stack : scalars(YamlTrees.get(holder, "stack").orElse(null))) {
            stack(file, stack, out);
        }
        for (String section : SCRIPT_SECTIONS) {
            for (Node line : YamlTrees.items(YamlTrees.get(holder, section).orElse(null))) {
                for (String key : POWERSHELL_KEYS) {
                    YamlTrees.get(line, key).flatMap(CiSupport::scalar)
                            .ifPresent(script -> script(file, script, holder, root, out));
                }
            }
        }
    }

    /** The scalars of a list, or the scalar itself. */
    private static List<ScalarNode> scalars(Node node) {
        if (node instanceof ScalarNode) {
            return CiSupport.scalar(node).stream().toList();
        }
        return YamlTrees.items(node).stream().flatMap(item -> CiSupport.scalar(item).stream()).toList();
    }

    static Optional<Evidence> service(SourceFile file, ScalarNode node) {
        String written = node.getValue().strip();
        String name = written.toLowerCase(Locale.ROOT);
        if (!SERVICE.matcher(name).matches()) {
            return Optional.empty();
        }
        String version = null;
        Matcher mssql = MSSQL.matcher(name);
        Matcher postgresql = POSTGRESQL.matcher(name);
        if (mssql.matches()) {
            name = "mssql";
            version = mssql.group(1);
        } else if (postgresql.matches()) {
            name = "postgresql";
            version = postgresVersion(postgresql.group(1));
        }
        return Optional.of(service(YamlTrees.location(file, node), name, version, written));
    }

    /** AppVeyor's digits-only PostgreSQL versions: 96 is 9.6, 101 is 10.1, 13 is 13. */
    static String postgresVersion(String digits) {
        if (digits.startsWith("9")) {
            return "9." + digits.substring(1);
        }
        return digits.length() == 3 ? digits.substring(0, 2) + "." + digits.substring(2) : digits;
    }

    private static Evidence service(Location location, String name, String version, String value) {
        return new Evidence(EvidenceKind.CI_SERVICE, "appveyor", name, version, location, value, Scope.CI, List.of());
    }

    /** {@code node 18, mysql}: one entry per comma-separated item, located where the item starts. */
    private static void stack(SourceFile file, ScalarNode node, List<Evidence> out) {
        String text = node.getValue();
        int start = 0;
        for (String item : text.split(",", -1)) {
            int offset = start + (item.length() - item.stripLeading().length());
            start += item.length() + 1;
            String[] words = item.strip().split("\\s+");
            String name = words[0].toLowerCase(Locale.ROOT);
            if (words.length > 2 || !SERVICE.matcher(name).matches()) {
                continue;
            }
            String version = words.length == 2 ? words[1] : null;
            Location at = within(file, node, offset);
            String runtime = STACK_RUNTIMES.get(name);
            if (runtime != null) {
                out.add(runtime(at, runtime, version, item.strip()));
            } else {
                out.add(service(at, name, version, item.strip()));
            }
        }
    }

    private static void script(SourceFile file, ScalarNode script, Node holder, Node root, List<Evidence> out) {
        Matcher matcher = NODE_INSTALL.matcher(script.getValue());
        while (matcher.find()) {
            String argument = matcher.group("version");
            Matcher reference = ENV_REFERENCE.matcher(argument);
            if (!reference.matches()) {
                if (!argument.contains("$") && !argument.contains("%")) {
                    out.add(runtime(within(file, script, matcher.start("version")), "node", argument,
                            "node " + argument));
                }
                continue;
            }
            List<ScalarNode> values = new ArrayList<>(environmentValues(holder, reference.group(1)));
            if (holder != root) {
                values.addAll(environmentValues(root, reference.group(1)));
            }
            if (values.isEmpty()) {
                out.add(runtime(within(file, script, matcher.start("command")), "node", null,
                        matcher.group("command")));
            }
            for (ScalarNode value : values) {
                String version = value.getValue().strip();
                if (!version.isEmpty()) {
                    out.add(runtime(YamlTrees.location(file, value), "node", version, "node " + version));
                }
            }
        }
    }

    /** The values {@code environment:} assigns to a variable (names compare without case, as Windows does). */
    private static List<ScalarNode> environmentValues(Node holder, String variable) {
        Node environment = YamlTrees.get(holder, "environment").orElse(null);
        List<Node> scopes = new ArrayList<>();
        scopes.add(environment);
        YamlTrees.get(environment, "global").ifPresent(scopes::add);
        scopes.addAll(YamlTrees.items(YamlTrees.get(environment, "matrix").orElse(null)));
        List<ScalarNode> values = new ArrayList<>();
        for (Node scope : scopes) {
            for (NodeTuple entry : YamlTrees.entries(scope)) {
                if (YamlTrees.key(entry).filter(key -> key.equalsIgnoreCase(variable)).isPresent()) {
                    CiSupport.scalar(entry.getValueNode()).ifPresent(values::add);
                }
            }
        }
        return values;
    }

    private static Evidence runtime(Location location, String runtime, String version, String value) {
        return new Evidence(EvidenceKind.RUNTIME, "runtime", runtime, version, location, value, Scope.CI, List.of());
    }

    /**
     * The location of a character of a scalar's value: exact for a scalar written on one line (plain or quoted,
     * without escapes before it), else the scalar's own start.
     */
    private static Location within(SourceFile file, ScalarNode node, int offset) {
        Location start = YamlTrees.location(file, node);
        boolean oneLine = node.getStartMark().getLine() == node.getEndMark().getLine();
        DumperOptions.ScalarStyle style = node.getScalarStyle();
        if (!oneLine || style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED) {
            return start;
        }
        int quote = style == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
        return file.location(start.line(), start.column() + quote + offset);
    }
}
