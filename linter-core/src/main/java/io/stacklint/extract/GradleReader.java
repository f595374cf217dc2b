package io.stacklint.extract;

import io.stacklint.extract.GradleScript.Group;
import io.stacklint.extract.GradleScript.Node;
import io.stacklint.extract.GradleScript.Part;
import io.stacklint.extract.GradleScript.Token;
import io.stacklint.extract.GradleScript.Type;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the declarations of one Gradle script from its {@link GradleScript token tree}: dependencies in
 * {@code dependencies} blocks, plugins in {@code plugins} blocks and {@code apply plugin:}, and the Java version.
 * Versions written as variables are resolved from the script's own {@code ext}, {@code def}, {@code val} and
 * {@code extra} definitions and from {@code gradle.properties}; {@code libs.*} accessors from the version catalog.
 */
final class GradleReader {

    private static final int MAX_PROPERTY_CLIMB = 10;
    private static final char UNRESOLVED = '\0';
    private static final Pattern COORDINATE_PART = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern PLUGIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");
    private static final Pattern BARE_PLUGIN = Pattern.compile("[a-z][a-z0-9\\-]*");
    private static final Pattern NAME_PATH = Pattern.compile(
            "(?:(?:rootProject|project)\\.)?(?:(?:ext|extra|extensions\\.extraProperties)\\.)?"
                    + "([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)");
    private static final Pattern PROPERTY_CALL = Pattern.compile(
            "(?:(?:rootProject|project|providers|settings)\\.)?(?:property|findProperty|gradleProperty"
                    + "|extra\\.get|ext\\.get)\\([\"']([^\"']+)[\"']\\)");
    private static final Pattern PROPERTY_INDEX = Pattern.compile(
            "(?:(?:rootProject|project|settings)\\.)?(?:extra|ext|properties)\\[[\"']([^\"']+)[\"']\\]");
    private static final Pattern NOISE_SUFFIX = Pattern.compile(
            "(?:\\s+as\\s+String\\??|!!|\\.get\\(\\)|\\.toString\\(\\)|\\.toInt\\(\\)|\\.orNull|\\.getOrNull\\(\\))$");
    private static final Pattern EXT_PROPERTY = Pattern.compile(
            "(?:(?:rootProject|project)\\.)?(?:ext|extra)\\.([A-Za-z_]\\w*)");
    private static final Pattern JAVA_VERSION_CONSTANT = Pattern.compile("VERSION_(\\d+)(?:_(\\d+))?");
    private static final Set<String> NOT_CONFIGURATIONS = Set.of("add", "also", "apply", "artifactTypes",
            "attributesSchema", "because", "catch", "components", "configurations", "constraints", "def",
            "dependencies", "do", "else", "enforcedPlatform", "exclude", "extra", "ext", "files", "fileTree",
            "finally", "for", "forEach", "if", "in", "is", "it", "let", "listOf", "logger", "modules", "platform",
            "plugins", "println", "project", "registerTransform", "repositories", "return", "run", "setOf", "task",
            "tasks", "this", "throw", "try", "val", "var", "version", "when", "while", "with", "withModule");
    private static final Set<String> CONTROL_BLOCKS = Set.of("if", "else", "for", "forEach", "each", "when",
            "run", "with", "also", "let", "apply", "try", "afterEvaluate");
    private static final Set<String> NOT_PLUGINS = Set.of("id", "kotlin", "alias", "version", "apply", "false",
            "true", "if", "else", "val", "var", "def", "println");
    private static final Set<String> NO_EVIDENCE_CALLS = Set.of("project", "files", "fileTree", "gradleApi",
            "localGroovy", "gradleTestKit");

    private enum Mode { TOP, DEPENDENCIES, PLUGINS }

    /** Where the walk is: the kind of block, a scope forced by it, and the name of the enclosing block. */
    private record Context(Mode mode, Scope forced, String label) {
    }

    /** A string expression after interpolation: {@code value} holds {@link #UNRESOLVED} where a part is unknown. */
    private record Text(String value, String display) {

        boolean complete() {
            return value.indexOf(UNRESOLVED) < 0;
        }
    }

    /** One dependency found in a notation. */
    private record Dependency(String module, String version, String value) {
    }

    private final SourceFile file;
    private final boolean settings;
    private final List<Evidence> found = new ArrayList<>();
    private final Map<String, List<Node>> variables = new HashMap<>();
    private final Map<String, Optional<String>> resolved = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private Map<String, String> properties;
    private GradleCatalog catalog;

    private GradleReader(SourceFile file, boolean settings) {
        this.file = file;
        this.settings = settings;
    }

    /** Every declaration of a build script ({@code settings} false) or of a settings script (only plugins). */
    static List<Evidence> read(SourceFile file, boolean settings) throws ExtractionException {
        try {
            Group root = GradleScript.parse(file);
            GradleReader reader = new GradleReader(file, settings);
            reader.collectVariables(root.children(), false);
            reader.walk(root.children(), new Context(Mode.TOP, null, null));
            List<Evidence> result = new ArrayList<>(reader.found);
            result.sort(Comparator.comparing(Evidence::location));
            return result;
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read " + file.name() + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    // ---------------------------------------------------------------------------------------------- walk

    private void walk(List<Node> nodes, Context context) throws ExtractionException {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof Group group) {
                walk(group.children(), new Context(Mode.TOP, null, null));
                continue;
            }
            Token token = (Token) node;
            if (token.type() == Type.STRING && context.mode() == Mode.DEPENDENCIES && statementStart(nodes, i)) {
                i = Math.max(i, dependency(nodes, i, context.forced()));
                continue;
            }
            if (token.type() != Type.IDENT) {
                continue;
            }
            boolean start = statementStart(nodes, i);
            boolean dotted = i > 0 && (isPunct(nodes.get(i - 1), ".") || isPunct(nodes.get(i - 1), "?."));
            int end = -1;
            if (context.mode() == Mode.DEPENDENCIES && start && !dotted) {
                end = dependency(nodes, i, context.forced());
            } else if (context.mode() == Mode.PLUGINS && start && !dotted) {
                end = plugin(nodes, i);
            }
            if (end < 0 && !settings) {
                end = applyPlugin(nodes, i, start, dotted);
            }
            if (end < 0 && !settings) {
                end = javaVersion(nodes, i);
            }
            if (end < 0) {
                end = block(nodes, i, context, dotted);
            }
            if (end >= 0) {
                i = end;
            }
        }
    }

    /** {@code name {...}} or {@code name(...) {...}}: walks the body in the context the name gives. */
    private int block(List<Node> nodes, int i, Context context, boolean dotted) throws ExtractionException {
        int brace = i + 1;
        Group arguments = null;
        if (brace < nodes.size() && nodes.get(brace) instanceof Group paren && paren.is("(")) {
            arguments = paren;
            brace++;
        }
        if (brace >= nodes.size() || !(nodes.get(brace) instanceof Group body) || !body.is("{")) {
            return -1;
        }
        if (arguments != null) {
            walk(arguments.children(), new Context(Mode.TOP, null, null));
        }
        String name = ((Token) nodes.get(i)).text();
        if (name.equals("dependencies") && !settings) {
            String qualifier = dotted && i >= 2 && nodes.get(i - 2) instanceof Token q ? q.text() : context.label();
            Scope forced = context.forced();
            if (qualifier != null && (qualifier.startsWith("test") || qualifier.contains("Test"))) {
                forced = Scope.TEST;
            }
            walk(body.children(), new Context(Mode.DEPENDENCIES, forced, null));
        } else if (name.equals("plugins") && !dotted) {
            walk(body.children(), new Context(Mode.PLUGINS, null, null));
        } else if (context.mode() == Mode.DEPENDENCIES && CONTROL_BLOCKS.contains(name)) {
            walk(body.children(), context);
        } else if (context.mode() == Mode.DEPENDENCIES && name.equals("constraints")) {
            return brace;
        } else {
            Scope forced = name.equals("buildscript") ? Scope.BUILD : context.forced();
            walk(body.children(), new Context(Mode.TOP, forced, label(nodes, i)));
        }
        return brace;
    }

    /** The name a block stands for: {@code jvmTest} in {@code val jvmTest by getting {}}, else the call's name. */
    private static String label(List<Node> nodes, int i) {
        String name = ((Token) nodes.get(i)).text();
        if ((name.equals("getting") || name.equals("creating")) && i >= 2 && isIdent(nodes.get(i - 1), "by")
                && nodes.get(i - 2) instanceof Token named && named.type() == Type.IDENT) {
            return named.text();
        }
        return name;
    }

    private static boolean statementStart(List<Node> nodes, int i) {
        if (i == 0) {
            return true;
        }
        Node previous = nodes.get(i - 1);
        if (nodes.get(i).first().lineStart()) {
            return !continues(previous, nodes.get(i));
        }
        return isPunct(previous, ";") || isPunct(previous, "->");
    }

    /** The exclusive end of the statement that starts at or before {@code from}. */
    private static int statementEnd(List<Node> nodes, int from) {
        int j = from;
        while (j < nodes.size()) {
            Node node = nodes.get(j);
            if (isPunct(node, ";")) {
                return j;
            }
            if (j > from && node.first().lineStart() && !continues(nodes.get(j - 1), node)) {
                return j;
            }
            j++;
        }
        return j;
    }

    /**
     * The rest of a statement from {@code from} when it is a few nodes long, else an empty list: a value such as
     * {@code JavaVersion.VERSION_17} is short, and looking no further keeps hostile one-line files linear.
     */
    private static List<Node> shortStatement(List<Node> nodes, int from) {
        int limit = Math.min(nodes.size(), from + 6);
        for (int j = from; j < limit; j++) {
            Node node = nodes.get(j);
            if (isPunct(node, ";") || j > from && node.first().lineStart() && !continues(nodes.get(j - 1), node)) {
                return nodes.subList(from, j);
            }
        }
        return limit == nodes.size() ? nodes.subList(Math.min(from, limit), limit) : List.of();
    }

    private static boolean continues(Node previous, Node next) {
        return isPunct(previous, "+") || isPunct(previous, ",") || isPunct(previous, ".") || isPunct(previous, "=")
                || isPunct(previous, "?:") || isPunct(next, ".") || isPunct(next, "?.") || isPunct(next, "?:");
    }

    // ---------------------------------------------------------------------------------------------- dependencies

    private int dependency(List<Node> nodes, int i, Scope forced) throws ExtractionException {
        Token name = (Token) nodes.get(i);
        String configuration = name.type() == Type.STRING ? constant(List.of(name)) : name.text();
        if (configuration == null || configuration.isEmpty() || !Character.isLowerCase(configuration.charAt(0))
                || name.type() == Type.IDENT && NOT_CONFIGURATIONS.contains(configuration)
                && !configuration.equals("add")
                || name.type() == Type.STRING && !(i + 1 < nodes.size() && nodes.get(i + 1) instanceof Group)) {
            return -1;
        }
        List<List<Node>> arguments;
        int end;
        if (i + 1 < nodes.size() && nodes.get(i + 1) instanceof Group paren && paren.is("(")) {
            arguments = split(paren.children());
            end = i + 1;
            if (configuration.equals("add")) {
                if (arguments.size() < 2) {
                    return -1;
                }
                Text added = evaluate(arguments.get(0));
                if (added == null || !added.complete() || !arguments.get(0).get(0).first().type().equals(Type.STRING)) {
                    return -1;
                }
                configuration = added.value();
                arguments = arguments.subList(1, arguments.size());
            }
        } else if (!configuration.equals("add") && i + 1 < nodes.size() && !nodes.get(i + 1).first().lineStart()
                && !(nodes.get(i + 1) instanceof Group) && nodes.get(i + 1).first().type() != Type.PUNCT) {
            end = statementEnd(nodes, i + 1) - 1;
            List<Node> command = new ArrayList<>(nodes.subList(i + 1, end + 1));
            if (!command.isEmpty() && command.get(command.size() - 1) instanceof Group closure && closure.is("{")) {
                command.remove(command.size() - 1);
            }
            arguments = split(command);
        } else {
            return -1;
        }
        if (end + 1 < nodes.size() && nodes.get(end + 1) instanceof Group closure && closure.is("{")
                && !nodes.get(end + 1).first().lineStart()) {
            end++;
        }
        Scope scope = forced != null ? forced : scope(configuration);
        Location at = file.location(name.offset());
        for (Dependency dependency : notations(arguments, name)) {
            found.add(Evidence.ofPackage("maven", dependency.module(), dependency.version(), at, dependency.value(),
                    scope));
        }
        return end;
    }

    /** The scope a configuration name implies; configurations the build defines itself are runtime. */
    static Scope scope(String configuration) {
        if (configuration.startsWith("test") || configuration.contains("Test")) {
            return Scope.TEST;
        }
        if (configuration.equals("developmentOnly")) {
            return Scope.DEVELOPMENT;
        }
        if (configuration.equals("compileOnly") || configuration.endsWith("CompileOnly")
                || configuration.equals("compileOnlyApi") || configuration.startsWith("provided")) {
            return Scope.PROVIDED;
        }
        if (configuration.equals("classpath") || configuration.startsWith("annotationProcessor")
                || configuration.endsWith("AnnotationProcessor") || configuration.startsWith("kapt")
                || configuration.startsWith("ksp") || Set.of("detektPlugins", "errorprone", "lintChecks",
                        "checkstyle", "spotbugsPlugins").contains(configuration)) {
            return Scope.BUILD;
        }
        return Scope.RUNTIME;
    }

    private List<Dependency> notations(List<List<Node>> arguments, Token at) throws ExtractionException {
        Map<String, List<Node>> named = new LinkedHashMap<>();
        for (List<Node> argument : arguments) {
            if (argument.size() >= 3 && argument.get(0) instanceof Token key && key.type() == Type.IDENT
                    && (isPunct(argument.get(1), ":") || isPunct(argument.get(1), "="))) {
                named.put(key.text(), argument.subList(2, argument.size()));
            }
        }
        if (!named.isEmpty()) {
            return mapNotation(named).map(List::of).orElse(List.of());
        }
        List<Dependency> result = new ArrayList<>();
        for (List<Node> argument : arguments) {
            result.addAll(notation(argument, at));
        }
        return result;
    }

    private Optional<Dependency> mapNotation(Map<String, List<Node>> named) {
        Text group = named.containsKey("group") ? evaluate(named.get("group")) : null;
        Text artifact = named.containsKey("name") ? evaluate(named.get("name")) : null;
        if (group == null || artifact == null || !group.complete() || !artifact.complete()
                || !COORDINATE_PART.matcher(group.value()).matches()
                || !COORDINATE_PART.matcher(artifact.value()).matches()) {
            return Optional.empty();
        }
        Text version = named.containsKey("version") ? evaluate(named.get("version")) : null;
        String module = group.value() + ":" + artifact.value();
        String v = version != null && version.complete() && !version.value().isBlank() ? version.value() : null;
        return Optional.of(new Dependency(module, v, version == null ? module : module + ":" + version.display()));
    }

    private List<Dependency> notation(List<Node> argument, Token at) throws ExtractionException {
        if (argument.isEmpty()) {
            return List.of();
        }
        Node head = argument.get(0);
        if (head instanceof Token word && word.type() == Type.IDENT) {
            boolean call = argument.size() == 2 && argument.get(1) instanceof Group paren && paren.is("(");
            List<List<Node>> inner = call ? split(((Group) argument.get(1)).children()) : List.of();
            switch (word.text()) {
                case "platform", "enforcedPlatform", "testFixtures" -> {
                    return call && !inner.isEmpty() ? notation(inner.get(0), at) : List.of();
                }
                case "kotlin" -> {
                    return call ? kotlinModule(inner).map(List::of).orElse(List.of()) : List.of();
                }
                case "libs" -> {
                    return catalogLibraries(argument, at);
                }
                default -> {
                    if (NO_EVIDENCE_CALLS.contains(word.text())) {
                        return List.of();
                    }
                }
            }
            if (dottedPath(argument) == null) {
                return List.of();
            }
        } else if (!(head instanceof Token text && text.type() == Type.STRING)) {
            return List.of();
        }
        Text text = evaluate(argument);
        return text == null ? List.of() : coordinates(text).map(List::of).orElse(List.of());
    }

    private Optional<Dependency> kotlinModule(List<List<Node>> inner) {
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Text module = evaluate(inner.get(0));
        if (module == null || !module.complete() || !COORDINATE_PART.matcher(module.value()).matches()) {
            return Optional.empty();
        }
        String name = "org.jetbrains.kotlin:kotlin-" + module.value();
        Text version = inner.size() > 1 ? evaluate(inner.get(1)) : null;
        String v = version != null && version.complete() ? version.value() : null;
        return Optional.of(new Dependency(name, v, version == null ? name : name + ":" + version.display()));
    }

    /** {@code g:a}, {@code g:a:v}, {@code g:a:v:classifier}, each with an optional {@code @ext}. */
    private static Optional<Dependency> coordinates(Text text) {
        String value = text.value();
        int at = value.indexOf('@');
        String coordinates = at >= 0 ? value.substring(0, at) : value;
        String[] parts = coordinates.split(":", -1);
        if (parts.length < 2 || parts.length > 4 || !COORDINATE_PART.matcher(parts[0]).matches()
                || !COORDINATE_PART.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        String version = parts.length > 2 ? parts[2] : null;
        if (version != null && version.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (version != null && (version.isEmpty() || version.indexOf(UNRESOLVED) >= 0)) {
            version = null;
        }
        return Optional.of(new Dependency(parts[0] + ":" + parts[1], version, text.display()));
    }

    private List<Dependency> catalogLibraries(List<Node> argument, Token at) throws ExtractionException {
        String accessor = catalogAccessor(argument);
        if (accessor == null || accessor.startsWith("versions.") || accessor.startsWith("plugins.")) {
            return List.of();
        }
        GradleCatalog libs = catalog();
        if (accessor.startsWith("bundles.")) {
            Optional<List<GradleCatalog.Library>> bundle = libs.bundle(accessor.substring("bundles.".length()));
            if (bundle.isEmpty()) {
                unresolved(at, "libs." + accessor, "bundle");
                return List.of();
            }
            return bundle.get().stream().map(GradleReader::fromCatalog).toList();
        }
        Optional<GradleCatalog.Library> library = libs.library(accessor);
        if (library.isEmpty()) {
            unresolved(at, "libs." + accessor, "library");
            return List.of();
        }
        return List.of(fromCatalog(library.get()));
    }

    private static Dependency fromCatalog(GradleCatalog.Library library) {
        String value = library.version() == null ? library.module() : library.module() + ":" + library.version();
        return new Dependency(library.module(), library.version(), value);
    }

    /**
     * The accessor after {@code libs.}: {@code spring.boot.starter.web} for {@code libs.spring.boot.starter.web}
     * (with or without {@code .get()}), {@code bundles.x} for {@code libs.findBundle("x").get()}; null for
     * anything else.
     */
    private String catalogAccessor(List<Node> argument) {
        String path = dottedPath(argument);
        if (path != null) {
            return path.startsWith("libs.") ? path.substring("libs.".length()) : null;
        }
        if (argument.size() >= 4 && isPunct(argument.get(1), ".") && argument.get(2) instanceof Token call
                && argument.get(3) instanceof Group paren && paren.is("(") && paren.children().size() == 1
                && paren.children().get(0) instanceof Token key && key.type() == Type.STRING) {
            Text name = evaluate(List.of(key));
            if (name == null || !name.complete()) {
                return null;
            }
            String normalized = GradleCatalog.accessor(name.value());
            return switch (call.text()) {
                case "findLibrary" -> normalized;
                case "findBundle" -> "bundles." + normalized;
                case "findPlugin" -> "plugins." + normalized;
                default -> null;
            };
        }
        return null;
    }

    private void unresolved(Token at, String accessor, String what) throws ExtractionException {
        Location where = file.location(at.offset());
        GradleCatalog libs = catalog();
        String why = libs.path() == null ? "cannot be resolved: no gradle/libs.versions.toml found"
                : libs.problem() != null ? "cannot be resolved: " + libs.problem()
                : "matches no " + what + " in " + libs.path();
        file.note(where.line(), where.column(), "`" + accessor + "` " + why);
    }

    // ---------------------------------------------------------------------------------------------- plugins

    private int plugin(List<Node> nodes, int i) throws ExtractionException {
        Token word = (Token) nodes.get(i);
        boolean call = i + 1 < nodes.size() && nodes.get(i + 1) instanceof Group paren && paren.is("(");
        List<List<Node>> arguments = call ? split(((Group) nodes.get(i + 1)).children()) : List.of();
        int end = statementEnd(nodes, i);
        String id = null;
        String version = null;
        switch (word.text()) {
            case "id" -> {
                List<Node> argument = call ? (arguments.isEmpty() ? List.of() : arguments.get(0))
                        : i + 1 < end ? List.of(nodes.get(i + 1)) : List.of();
                id = constant(argument);
            }
            case "kotlin" -> {
                String suffix = call && !arguments.isEmpty() ? constant(arguments.get(0)) : null;
                id = suffix == null ? null : "org.jetbrains.kotlin." + suffix;
            }
            case "alias" -> {
                String accessor = call && !arguments.isEmpty() ? catalogAccessor(arguments.get(0)) : null;
                if (accessor == null || !accessor.startsWith("plugins.")) {
                    return call ? i + 1 : -1;
                }
                Optional<GradleCatalog.Plugin> plugin = catalog().plugin(accessor.substring("plugins.".length()));
                if (plugin.isEmpty()) {
                    unresolved(word, "libs." + accessor, "plugin");
                    return end - 1;
                }
                id = plugin.get().id();
                version = plugin.get().version();
            }
            default -> {
                if (end == i + 1 && BARE_PLUGIN.matcher(word.text()).matches()
                        && !NOT_PLUGINS.contains(word.text())) {
                    id = word.text();
                }
            }
        }
        if (id == null || !PLUGIN_ID.matcher(id).matches()) {
            return -1;
        }
        if (!word.text().equals("alias")) {
            version = pluginVersion(nodes.subList(i + 1, end));
        }
        addPlugin(word, id, version);
        return end - 1;
    }

    /** The version in {@code version "1.0"}, {@code version(v)} or {@code .version("1.0")} of a plugin line. */
    private String pluginVersion(List<Node> tail) {
        for (int j = 0; j < tail.size(); j++) {
            if (!isIdent(tail.get(j), "version")) {
                continue;
            }
            if (j + 1 < tail.size() && tail.get(j + 1) instanceof Group paren && paren.is("(")) {
                return constantOrNull(paren.children());
            }
            int stop = j + 1;
            while (stop < tail.size() && !isIdent(tail.get(stop), "apply") && !isPunct(tail.get(stop), ".")) {
                stop++;
            }
            return constantOrNull(tail.subList(j + 1, stop));
        }
        return null;
    }

    private void addPlugin(Token at, String id, String version) throws ExtractionException {
        found.add(Evidence.ofPackage("gradle", id, version, file.location(at.offset()),
                version == null ? id : id + " " + version, Scope.BUILD));
    }

    /** {@code apply plugin: 'x'}, {@code apply(plugin = "x")}, {@code plugins.apply("x")}. */
    private int applyPlugin(List<Node> nodes, int i, boolean start, boolean dotted) throws ExtractionException {
        Token word = (Token) nodes.get(i);
        if (!word.isIdent("apply") || i + 1 >= nodes.size()) {
            return -1;
        }
        List<Node> argument = null;
        if (dotted && i >= 2 && (isIdent(nodes.get(i - 2), "plugins") || isIdent(nodes.get(i - 2), "pluginManager"))
                && nodes.get(i + 1) instanceof Group paren && paren.is("(")) {
            argument = paren.children();
        } else if (!dotted && start) {
            List<Node> arguments = nodes.get(i + 1) instanceof Group paren && paren.is("(") ? paren.children()
                    : nodes.subList(i + 1, statementEnd(nodes, i + 1));
            for (List<Node> named : split(arguments)) {
                if (named.size() >= 3 && isIdent(named.get(0), "plugin")
                        && (isPunct(named.get(1), ":") || isPunct(named.get(1), "="))) {
                    argument = named.subList(2, named.size());
                }
            }
        }
        String id = argument == null ? null : constant(argument);
        if (id == null || !PLUGIN_ID.matcher(id).matches() || argument.get(0).first().type() != Type.STRING) {
            return -1;
        }
        addPlugin(word, id, null);
        return nodes.get(i + 1) instanceof Group ? i + 1 : statementEnd(nodes, i + 1) - 1;
    }

    // ---------------------------------------------------------------------------------------------- java

    private int javaVersion(List<Node> nodes, int i) throws ExtractionException {
        Token word = (Token) nodes.get(i);
        String version = switch (word.text()) {
            case "languageVersion" -> languageVersion(nodes, i);
            case "jvmToolchain" -> i + 1 < nodes.size() && nodes.get(i + 1) instanceof Group paren && paren.is("(")
                    ? javaVersionValue(paren.children())
                    : i + 1 < nodes.size() && !nodes.get(i + 1).first().lineStart()
                            && nodes.get(i + 1).first().type() == Type.NUMBER
                            ? nodes.get(i + 1).first().text() : null;
            case "sourceCompatibility" -> sourceCompatibility(nodes, i);
            default -> null;
        };
        if (version == null) {
            return -1;
        }
        found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "java", version, file.location(word.offset()),
                "java " + version, Scope.RUNTIME, List.of()));
        return statementEnd(nodes, i) - 1;
    }

    private String languageVersion(List<Node> nodes, int i) {
        List<Node> value;
        if (i + 1 < nodes.size() && isPunct(nodes.get(i + 1), "=")) {
            value = shortStatement(nodes, i + 2);
        } else if (i + 3 < nodes.size() && isPunct(nodes.get(i + 1), ".") && isIdent(nodes.get(i + 2), "set")
                && nodes.get(i + 3) instanceof Group paren && paren.is("(")) {
            value = paren.children();
        } else {
            return null;
        }
        if (value.size() == 4 && isIdent(value.get(0), "JavaLanguageVersion") && isPunct(value.get(1), ".")
                && isIdent(value.get(2), "of") && value.get(3) instanceof Group of && of.is("(")) {
            return javaVersionValue(of.children());
        }
        return null;
    }

    private String sourceCompatibility(List<Node> nodes, int i) {
        if (i + 1 >= nodes.size()) {
            return null;
        }
        Node next = nodes.get(i + 1);
        if (isPunct(next, "=")) {
            return javaVersionValue(shortStatement(nodes, i + 2));
        }
        if (i + 3 < nodes.size() && isPunct(next, ".") && isIdent(nodes.get(i + 2), "set")
                && nodes.get(i + 3) instanceof Group paren && paren.is("(")) {
            return javaVersionValue(paren.children());
        }
        if (!next.first().lineStart() && next.first().type() != Type.PUNCT && !(next instanceof Group)) {
            return javaVersionValue(shortStatement(nodes, i + 1));
        }
        return null;
    }

    /** {@code 17}, {@code '17'}, {@code 1.8}, {@code JavaVersion.VERSION_1_8}, {@code JavaVersion.toVersion(11)}. */
    private String javaVersionValue(List<Node> value) {
        if (value.size() == 3 && isIdent(value.get(0), "JavaVersion") && isPunct(value.get(1), ".")
                && value.get(2) instanceof Token constant) {
            Matcher m = JAVA_VERSION_CONSTANT.matcher(constant.text());
            return m.matches() ? (m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2)) : null;
        }
        if (value.size() == 4 && isIdent(value.get(0), "JavaVersion") && isPunct(value.get(1), ".")
                && isIdent(value.get(2), "toVersion") && value.get(3) instanceof Group paren) {
            return javaVersionValue(paren.children());
        }
        if (value.size() == 1 && value.get(0) instanceof Token number && number.type() == Type.NUMBER) {
            return number.text();
        }
        String text = constantOrNull(value);
        return text != null && text.matches("\\d+(\\.\\d+)*") ? text : null;
    }

    // ---------------------------------------------------------------------------------------------- variables

    /** Records every variable the script defines, wherever it is, so interpolations can be resolved. */
    private void collectVariables(List<Node> nodes, boolean inExt) {
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof Group group) {
                collectVariables(group.children(), false);
                continue;
            }
            Token word = (Token) node;
            if (word.type() != Type.IDENT || !statementStart(nodes, i)) {
                continue;
            }
            if ((word.isIdent("ext") || word.isIdent("extra")) && i + 1 < nodes.size()
                    && nodes.get(i + 1) instanceof Group body && body.is("{")) {
                collectVariables(body.children(), true);
                i++;
                continue;
            }
            int end = statementEnd(nodes, i);
            definition(nodes.subList(i, end), inExt);
        }
    }

    private void definition(List<Node> statement, boolean inExt) {
        int equals = indexOfPunct(statement, "=");
        Token first = (Token) statement.get(0);
        if (Set.of("def", "val", "var", "final", "String").contains(first.text()) || isTypedGroovyDeclaration(
                statement, equals)) {
            int name = equals > 0 ? equals - 1 : -1;
            int by = indexOfIdent(statement, "by");
            if (equals < 0 && by > 1 && by + 2 < statement.size() && isIdent(statement.get(by + 1), "extra")
                    && statement.get(by + 2) instanceof Group paren && paren.is("(")) {
                define(identAfterKeyword(statement), paren.children());
                return;
            }
            if (equals > 0 && statement.get(name) instanceof Token t && t.type() == Type.IDENT) {
                String variable = identAfterKeyword(statement);
                define(variable, statement.subList(equals + 1, statement.size()));
            }
            return;
        }
        if (inExt && equals == 1) {
            define(first.text(), statement.subList(2, statement.size()));
            return;
        }
        if (inExt && first.isIdent("set")) {
            setCall(statement, 1);
            return;
        }
        String path = equals > 0 ? dottedPath(statement.subList(0, equals)) : null;
        if (path != null) {
            Matcher m = EXT_PROPERTY.matcher(path);
            if (m.matches()) {
                define(m.group(1), statement.subList(equals + 1, statement.size()));
            }
            return;
        }
        if (equals > 1 && statement.get(equals - 1) instanceof Group index && index.is("[")
                && index.children().size() == 1 && index.children().get(0).first().type() == Type.STRING) {
            String target = dottedPath(statement.subList(0, equals - 1));
            Text key = evaluate(index.children());
            if (target != null && target.matches("(?:(?:rootProject|project)\\.)?(?:ext|extra)") && key != null
                    && key.complete()) {
                define(key.value(), statement.subList(equals + 1, statement.size()));
            }
            return;
        }
        int set = indexOfIdent(statement, "set");
        if (set >= 2 && isPunct(statement.get(set - 1), ".")) {
            String target = dottedPath(statement.subList(0, set - 1));
            if (target != null && target.matches("(?:(?:rootProject|project)\\.)?(?:ext|extra)")) {
                setCall(statement, set + 1);
            }
        }
    }

    /** {@code String springVersion = '6.1.0'} in Groovy. */
    private static boolean isTypedGroovyDeclaration(List<Node> statement, int equals) {
        return equals == 2 && statement.get(0) instanceof Token type && type.type() == Type.IDENT
                && Character.isUpperCase(type.text().charAt(0)) && statement.get(1) instanceof Token name
                && name.type() == Type.IDENT;
    }

    /** The declared name in {@code def x}, {@code def String x}, {@code val x: String}, {@code final x}. */
    private static String identAfterKeyword(List<Node> statement) {
        int j = 0;
        while (j + 1 < statement.size() && statement.get(j + 1) instanceof Token next && next.type() == Type.IDENT
                && !next.isIdent("by")) {
            j++;
        }
        return statement.get(j) instanceof Token t ? t.text() : null;
    }

    private void setCall(List<Node> statement, int parenIndex) {
        if (parenIndex < statement.size() && statement.get(parenIndex) instanceof Group paren && paren.is("(")) {
            List<List<Node>> arguments = split(paren.children());
            if (arguments.size() == 2) {
                Text key = evaluate(arguments.get(0));
                if (key != null && key.complete()) {
                    define(key.value(), arguments.get(1));
                }
            }
        }
    }

    /** Defines a variable; a Groovy map literal or Kotlin {@code mapOf} defines {@code name.key} entries too. */
    private void define(String name, List<Node> value) {
        if (name == null || value.isEmpty()) {
            return;
        }
        variables.putIfAbsent(name, value);
        List<Node> entries = null;
        if (value.size() == 1 && value.get(0) instanceof Group bracket && bracket.is("[")) {
            entries = bracket.children();
        } else if (value.size() == 2 && isIdent(value.get(0), "mapOf") && value.get(1) instanceof Group paren) {
            entries = paren.children();
        }
        if (entries == null) {
            return;
        }
        for (List<Node> entry : split(entries)) {
            int separator = entry.size() >= 3 && (isPunct(entry.get(1), ":") || isIdent(entry.get(1), "to")) ? 1 : -1;
            if (separator < 0) {
                continue;
            }
            String key = entry.get(0) instanceof Token k && k.type() == Type.IDENT ? k.text()
                    : constant(entry.subList(0, 1));
            if (key != null) {
                define(name + "." + key, entry.subList(2, entry.size()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- values

    /** The value of an expression only when every part of it is known. */
    private String constant(List<Node> expression) {
        Text text = evaluate(expression);
        return text != null && text.complete() ? text.value() : null;
    }

    private String constantOrNull(List<Node> expression) {
        String value = constant(expression);
        return value == null || value.isBlank() ? null : value;
    }

    /** A string expression: strings, numbers and variables joined with {@code +}; null when empty. */
    private Text evaluate(List<Node> expression) {
        if (expression.isEmpty()) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        StringBuilder display = new StringBuilder();
        int from = 0;
        for (int j = 0; j <= expression.size(); j++) {
            if (j < expression.size() && !isPunct(expression.get(j), "+")) {
                continue;
            }
            List<Node> operand = expression.subList(from, j);
            from = j + 1;
            if (operand.isEmpty()) {
                return null;
            }
            if (operand.size() == 1 && operand.get(0) instanceof Token t && t.type() == Type.STRING) {
                for (Part part : t.parts()) {
                    if (part.literal() != null) {
                        value.append(part.literal());
                        display.append(part.literal());
                    } else {
                        append(value, display, part.ref(), resolve(part.ref()));
                    }
                }
            } else if (operand.size() == 1 && operand.get(0) instanceof Token t && t.type() == Type.NUMBER) {
                value.append(t.text());
                display.append(t.text());
            } else if (operand.size() == 1 && operand.get(0) instanceof Group g && g.is("(")) {
                Text inner = evaluate(g.children());
                if (inner == null) {
                    return null;
                }
                value.append(inner.value());
                display.append(inner.display());
            } else {
                String source = source(operand);
                append(value, display, source, resolve(source));
            }
        }
        return new Text(value.toString(), display.toString());
    }

    private static void append(StringBuilder value, StringBuilder display, String reference, String resolved) {
        if (resolved != null) {
            value.append(resolved);
            display.append(resolved);
        } else {
            value.append(UNRESOLVED);
            display.append("${").append(reference).append('}');
        }
    }

    private String source(List<Node> nodes) {
        try {
            return file.text().substring(nodes.get(0).first().offset(), nodes.get(nodes.size() - 1).end());
        } catch (ExtractionException e) {
            return "?";
        }
    }

    /** The value of an interpolated expression or variable reference, or null when it cannot be known. */
    private String resolve(String reference) {
        String expression = reference.strip();
        Matcher noise = NOISE_SUFFIX.matcher(expression);
        while (noise.find()) {
            expression = expression.substring(0, noise.start()).strip();
            noise = NOISE_SUFFIX.matcher(expression);
        }
        expression = expression.replaceAll("\\s+", "");
        Matcher m;
        if (expression.startsWith("libs.versions.")) {
            return catalog().version(expression.substring("libs.versions.".length())).orElse(null);
        }
        if ((m = PROPERTY_CALL.matcher(expression)).matches() || (m = PROPERTY_INDEX.matcher(expression)).matches()
                || (m = NAME_PATH.matcher(expression)).matches()) {
            return lookup(m.group(1));
        }
        return null;
    }

    private String lookup(String name) {
        Optional<String> known = resolved.get(name);
        if (known != null) {
            return known.orElse(null);
        }
        if (!resolving.add(name)) {
            return null;
        }
        String value = null;
        List<Node> definition = variables.get(name);
        if (definition != null) {
            Text text = evaluate(definition);
            value = text != null && text.complete() ? text.value() : null;
        } else {
            value = properties().get(name);
        }
        resolving.remove(name);
        resolved.put(name, Optional.ofNullable(value));
        return value;
    }

    /** gradle.properties next to the script and in every folder above it; the nearest wins. */
    private Map<String, String> properties() {
        if (properties == null) {
            properties = new HashMap<>();
            for (int up = 0; up <= MAX_PROPERTY_CLIMB; up++) {
                String relative = "../".repeat(up) + "gradle.properties";
                if (file.treePath(relative).isEmpty()) {
                    break;
                }
                file.resolve(relative).ifPresent(this::loadProperties);
            }
        }
        return properties;
    }

    private void loadProperties(SourceFile propertiesFile) {
        Properties loaded = new Properties();
        try {
            loaded.load(new StringReader(propertiesFile.text()));
        } catch (ExtractionException | IOException | IllegalArgumentException e) {
            return;
        }
        for (String key : loaded.stringPropertyNames()) {
            properties.putIfAbsent(key, loaded.getProperty(key).strip());
        }
    }

    private GradleCatalog catalog() {
        if (catalog == null) {
            catalog = GradleCatalog.find(file);
        }
        return catalog;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** {@code a.b.c} (optionally ending in {@code .get()}) as one path, or null when the nodes are anything else. */
    private static String dottedPath(List<Node> nodes) {
        int size = nodes.size();
        if (size >= 4 && isIdent(nodes.get(size - 2), "get") && isPunct(nodes.get(size - 3), ".")
                && nodes.get(size - 1) instanceof Group call && call.is("(") && call.children().isEmpty()) {
            size -= 3;
        }
        if (size == 0 || size % 2 == 0) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (int j = 0; j < size; j++) {
            Node node = nodes.get(j);
            if (j % 2 == 0) {
                if (!(node instanceof Token t) || t.type() != Type.IDENT) {
                    return null;
                }
                path.append(t.text());
            } else {
                if (!isPunct(node, ".")) {
                    return null;
                }
                path.append('.');
            }
        }
        return path.toString();
    }

    /** The comma-separated arguments of a call. */
    private static List<List<Node>> split(List<Node> nodes) {
        List<List<Node>> arguments = new ArrayList<>();
        int from = 0;
        for (int j = 0; j <= nodes.size(); j++) {
            if (j == nodes.size() || isPunct(nodes.get(j), ",")) {
                if (j > from) {
                    arguments.add(nodes.subList(from, j));
                }
                from = j + 1;
            }
        }
        return arguments;
    }

    private static int indexOfPunct(List<Node> nodes, String punct) {
        for (int j = 0; j < nodes.size(); j++) {
            if (isPunct(nodes.get(j), punct)) {
                return j;
            }
        }
        return -1;
    }

    private static int indexOfIdent(List<Node> nodes, String ident) {
        for (int j = 0; j < nodes.size(); j++) {
            if (isIdent(nodes.get(j), ident)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isPunct(Node node, String punct) {
        return node instanceof Token t && t.isPunct(punct);
    }

    private static boolean isIdent(Node node, String ident) {
        return node instanceof Token t && t.isIdent(ident);
    }
}
