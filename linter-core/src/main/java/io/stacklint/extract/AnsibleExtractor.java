package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads Ansible. Galaxy requirements ({@code requirements.yml}/{@code .yaml} at the root or in a {@code roles/} or
 * {@code collections/} folder, not a Helm 2 requirements file beside a {@code Chart.yaml}): collections and roles
 * as ansible packages; a collection's {@code galaxy.yml} {@code dependencies}; a role's {@code meta/main.yml}
 * dependencies with Galaxy names. Playbooks (any YAML file whose document is a list of plays, each with
 * {@code hosts} or {@code import_playbook}): roles with Galaxy names ({@code geerlingguy.mysql}; a role of a
 * collection, {@code ns.coll.role}, is the package {@code ns.coll}) as packages, and the module each task calls
 * ({@code apt}, {@code community.mysql.mysql_db}) as an ansible resource, blocks included; role task and handler
 * files ({@code roles/x/tasks/*.yml}) the same way; a role outside a {@code roles/} folder (a repository that is one
 * role) is known by its {@code meta/main.yml} holding {@code galaxy_info}, and its tasks and handlers are read too.
 * Local role names, git or URL sources without a name, and names built from {@code {{ }}} templates are nothing.
 * Other YAML is left after a quick look at its text.
 */
public final class AnsibleExtractor implements Extractor {

    private static final Pattern REQUIREMENTS = Pattern.compile("((.*/)?(roles|collections)/)?requirements\\.ya?ml");
    private static final Pattern ROLE_META = Pattern.compile("(.*/)?roles/[^/]+/meta/main\\.ya?ml");
    private static final Pattern ROLE_TASKS = Pattern.compile("(.*/)?roles/[^/]+/(tasks|handlers)/.+\\.ya?ml");
    /** The same files of a role outside a roles/ folder (a repository that is one role), known by its meta. */
    private static final Pattern ANY_META = Pattern.compile("(.*/)?meta/main\\.ya?ml");
    private static final Pattern ANY_TASKS = Pattern.compile("(.*/)?(tasks|handlers)/[^/]+\\.ya?ml");
    private static final Pattern GALAXY_ROLE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_]+\\.[A-Za-z0-9_]+");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern PLAY_KEYS = Pattern.compile("(?m)^\\s*-?\\s*(hosts|import_playbook|"
            + "ansible\\.builtin\\.import_playbook)\\s*:");
    private static final Set<String> PLAY_MARKERS =
            Set.of("hosts", "import_playbook", "ansible.builtin.import_playbook");
    private static final Set<String> TASK_LISTS = Set.of("pre_tasks", "tasks", "post_tasks", "handlers");
    private static final Set<String> BLOCK_KEYS = Set.of("block", "rescue", "always");
    private static final Set<String> INCLUDE_ROLE = Set.of("include_role", "import_role",
            "ansible.builtin.include_role", "ansible.builtin.import_role");
    private static final Set<String> TASK_KEYWORDS = Set.of("name", "when", "become", "become_user",
            "become_method", "become_flags", "become_exe", "register", "loop", "loop_control", "tags", "notify",
            "vars", "args", "ignore_errors", "ignore_unreachable", "changed_when", "failed_when", "delegate_to",
            "delegate_facts", "environment", "until", "retries", "delay", "no_log", "run_once", "check_mode", "diff",
            "async", "poll", "throttle", "timeout", "listen", "connection", "remote_user", "port", "any_errors_fatal",
            "collections", "module_defaults", "debugger", "local_action", "action");

    @Override
    public String id() {
        return "ansible";
    }

    @Override
    public boolean accepts(String path) {
        return path.endsWith(".yml") || path.endsWith(".yaml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        String path = file.path();
        List<Evidence> found = new ArrayList<>();
        if (REQUIREMENTS.matcher(path).matches()) {
            if (file.resolve("Chart.yaml").isEmpty()) {
                document(file).ifPresent(doc -> requirements(file, doc, found));
            }
        } else if (file.name().equals("galaxy.yml") || file.name().equals("galaxy.yaml")) {
            document(file).ifPresent(doc -> galaxy(file, doc, found));
        } else if (ROLE_META.matcher(path).matches()
                || ANY_META.matcher(path).matches() && isRoleMeta(document(file))) {
            document(file).flatMap(doc -> YamlTrees.get(doc, "dependencies"))
                    .ifPresent(deps -> roles(file, deps, found));
        } else if (ROLE_TASKS.matcher(path).matches() || ANY_TASKS.matcher(path).matches() && besideRoleMeta(file)) {
            document(file).ifPresent(doc -> tasks(file, doc, found));
        } else if (mayBePlaybook(textOrEmpty(file))) {
            document(file).filter(AnsibleExtractor::isPlaybook).ifPresent(doc -> playbook(file, doc, found));
        }
        found.sort(Comparator.comparing(Evidence::location));
        return found;
    }

    /** Any YAML file may be a playbook; one that is not even text is not Ansible's to report. */
    private static String textOrEmpty(SourceFile file) {
        try {
            return file.text();
        } catch (ExtractionException e) {
            return "";
        }
    }

    /** A role's meta/main.yml: the galaxy_info every role published to Galaxy (and ansible-lint) asks for. */
    private static boolean isRoleMeta(Optional<Node> document) {
        return document.flatMap(doc -> YamlTrees.get(doc, "galaxy_info")).isPresent();
    }

    /** True for a tasks or handlers file whose folder has a role's meta/main.yml beside it. */
    private static boolean besideRoleMeta(SourceFile file) {
        for (String meta : List.of("../meta/main.yml", "../meta/main.yaml")) {
            Optional<SourceFile> found = file.resolve(meta);
            if (found.isPresent()) {
                try {
                    return isRoleMeta(document(found.get()));
                } catch (ExtractionException e) {
                    return false; // the meta file reports its own error when it is read
                }
            }
        }
        return false;
    }

    private static Optional<Node> document(SourceFile file) throws ExtractionException {
        return YamlTrees.document(file);
    }

    /** A cheap look at the text: a block list at the top whose items name hosts or import a playbook. */
    private static boolean mayBePlaybook(String text) {
        for (String line : text.lines().limit(200).toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---")) {
                continue;
            }
            return trimmed.startsWith("-") && PLAY_KEYS.matcher(text).find();
        }
        return false;
    }

    private static boolean isPlaybook(Node document) {
        List<Node> plays = YamlTrees.items(document);
        if (plays.isEmpty()) {
            return false;
        }
        for (Node play : plays) {
            boolean marked = YamlTrees.entries(play).stream()
                    .anyMatch(entry -> YamlTrees.key(entry).filter(PLAY_MARKERS::contains).isPresent());
            if (!marked) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------- galaxy

    private static void requirements(SourceFile file, Node document, List<Evidence> found) {
        if (document instanceof SequenceNode) {
            for (Node role : YamlTrees.items(document)) {
                galaxyRole(file, role, found);
            }
            return;
        }
        YamlTrees.get(document, "roles").map(YamlTrees::items).orElse(List.of())
                .forEach(role -> galaxyRole(file, role, found));
        for (Node collection : YamlTrees.get(document, "collections").map(YamlTrees::items).orElse(List.of())) {
            Optional<String> name = YamlTrees.scalar(collection)
                    .or(() -> YamlTrees.get(collection, "name").flatMap(YamlTrees::scalar)).map(String::strip);
            String version = YamlTrees.get(collection, "version").flatMap(YamlTrees::scalar).orElse(null);
            name.filter(n -> COLLECTION.matcher(n).matches())
                    .ifPresent(n -> add(file, collection, n, version, found));
        }
    }

    /** A role of a requirements file: {@code src} when a Galaxy name, else {@code name} for a git or URL source. */
    private static void galaxyRole(SourceFile file, Node role, List<Evidence> found) {
        Optional<String> src = YamlTrees.scalar(role)
                .or(() -> YamlTrees.get(role, "src").flatMap(YamlTrees::scalar)).map(String::strip);
        Optional<String> name = YamlTrees.get(role, "name").flatMap(YamlTrees::scalar).map(String::strip);
        String version = YamlTrees.get(role, "version").flatMap(YamlTrees::scalar).orElse(null);
        String chosen;
        if (src.isPresent() && GALAXY_ROLE.matcher(src.get()).matches()) {
            chosen = src.get();
        } else if (src.isPresent()) {
            chosen = name.orElse(null);
        } else {
            chosen = name.filter(n -> GALAXY_ROLE.matcher(n).matches()).orElse(null);
        }
        if (chosen != null && !chosen.isEmpty() && !chosen.contains("{{") && chosen.matches("[\\w.-]+")) {
            add(file, role, chosen, version, found);
        }
    }

    private static void galaxy(SourceFile file, Node document, List<Evidence> found) {
        for (NodeTuple entry : YamlTrees.entries(YamlTrees.get(document, "dependencies").orElse(null))) {
            Optional<String> name = YamlTrees.key(entry).map(String::strip);
            String version = YamlTrees.scalar(entry.getValueNode()).orElse(null);
            name.filter(n -> COLLECTION.matcher(n).matches())
                    .ifPresent(n -> add(file, entry.getKeyNode(), n, version, found));
        }
    }

    /** Roles of a play or a role's meta dependencies: Galaxy names only, local roles are nothing. */
    private static void roles(SourceFile file, Node list, List<Evidence> found) {
        for (Node role : YamlTrees.items(list)) {
            Optional<String> name = YamlTrees.scalar(role)
                    .or(() -> YamlTrees.get(role, "role").flatMap(YamlTrees::scalar))
                    .or(() -> YamlTrees.get(role, "src").flatMap(YamlTrees::scalar))
                    .or(() -> YamlTrees.get(role, "name").flatMap(YamlTrees::scalar));
            name.map(String::strip).ifPresent(n -> usedRole(file, role, n, found));
        }
    }

    private static void usedRole(SourceFile file, Node at, String name, List<Evidence> found) {
        if (!GALAXY_ROLE.matcher(name).matches()) {
            return;
        }
        String[] parts = name.split("\\.");
        // ns.coll.role is a role of the collection ns.coll: the collection is what gets installed
        String pkg = parts.length > 2 ? parts[0] + "." + parts[1] : name;
        add(file, at, pkg, null, found);
    }

    private static void add(SourceFile file, Node at, String name, String version, List<Evidence> found) {
        String v = version == null || version.isBlank() ? null : version.strip();
        found.add(Evidence.ofPackage("ansible", name, v, YamlTrees.location(file, at),
                v == null ? name : name + " " + v, Scope.RUNTIME));
    }

    // ---------------------------------------------------------------------------------------------- plays

    private static void playbook(SourceFile file, Node document, List<Evidence> found) {
        for (Node play : YamlTrees.items(document)) {
            for (NodeTuple entry : YamlTrees.entries(play)) {
                String key = YamlTrees.key(entry).orElse("");
                if (key.equals("roles")) {
                    roles(file, entry.getValueNode(), found);
                } else if (TASK_LISTS.contains(key)) {
                    tasks(file, entry.getValueNode(), found);
                }
            }
        }
    }

    private static void tasks(SourceFile file, Node list, List<Evidence> found) {
        for (Node task : YamlTrees.items(list)) {
            if (task instanceof MappingNode) {
                task(file, task, found);
            }
        }
    }

    private static void task(SourceFile file, Node task, List<Evidence> found) {
        boolean block = false;
        for (NodeTuple entry : YamlTrees.entries(task)) {
            String key = YamlTrees.key(entry).orElse("");
            if (BLOCK_KEYS.contains(key)) {
                block = true;
                tasks(file, entry.getValueNode(), found);
            }
        }
        if (block) {
            return;
        }
        for (NodeTuple entry : YamlTrees.entries(task)) {
            String key = YamlTrees.key(entry).orElse("");
            if (key.equals("action") || key.equals("local_action")) {
                actionModule(file, entry.getValueNode(), found);
                return;
            }
            if (TASK_KEYWORDS.contains(key) || key.startsWith("with_") || !MODULE.matcher(key).matches()) {
                continue;
            }
            found.add(new Evidence(EvidenceKind.RESOURCE, "ansible", key, null,
                    YamlTrees.location(file, entry.getKeyNode()), key, Scope.RUNTIME, List.of()));
            if (INCLUDE_ROLE.contains(key)) {
                YamlTrees.get(entry.getValueNode(), "name").flatMap(YamlTrees::scalar).map(String::strip)
                        .ifPresent(role -> usedRole(file, entry.getValueNode(), role, found));
            }
            return;
        }
    }

    /** {@code action: apt name=git} or {@code local_action: {module: uri, ...}}: the module named first. */
    private static void actionModule(SourceFile file, Node value, List<Evidence> found) {
        Optional<String> module = YamlTrees.scalar(value).map(s -> s.strip().split("\\s+", 2)[0])
                .or(() -> YamlTrees.get(value, "module").flatMap(YamlTrees::scalar).map(String::strip));
        module.filter(m -> MODULE.matcher(m).matches()).ifPresent(m -> found.add(new Evidence(EvidenceKind.RESOURCE,
                "ansible", m, null, YamlTrees.location(file, value), m, Scope.RUNTIME, List.of())));
    }
}
