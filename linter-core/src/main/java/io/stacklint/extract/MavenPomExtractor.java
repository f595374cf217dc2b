package io.stacklint.extract;

import io.stacklint.extract.XmlTrees.Element;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Maven {@code pom.xml}: the parent, the direct dependencies (also those of profiles, marked with the
 * profile) and the build plugins, with versions interpolated from properties and managed versions of the file and
 * of the parents the repository holds (found through {@code relativePath}, as Maven finds them).
 * Managed-only declarations ({@code dependencyManagement}, {@code pluginManagement}) are not usage and give nothing.
 * The file is read through {@link XmlTrees}, from bytes, so the declared encoding is honoured.
 */
public final class MavenPomExtractor implements Extractor {

    private static final String ECOSYSTEM = "maven";
    private static final String DEFAULT_PLUGIN_GROUP = "org.apache.maven.plugins";
    /** Real hierarchies are a few parents deep; the bound keeps a crafted chain from taking long. */
    private static final int MAX_PARENTS = 16;

    @Override
    public String id() {
        return "maven-pom";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals("pom.xml") || path.endsWith("/pom.xml");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Element> project = XmlTrees.read(file).filter(root -> root.name().equals("project"));
        return project.isEmpty() ? List.of() : new PomReader(file, project.get()).read();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The POM model: what counts as usage, and how versions resolve within the one file.

    /** Walks one parsed POM; one instance per extraction. */
    private static final class PomReader {

        private final SourceFile file;
        private final Element project;
        private final List<Evidence> evidence = new ArrayList<>();

        PomReader(SourceFile file, Element project) {
            this.file = file;
            this.project = project;
        }

        List<Evidence> read() {
            List<Element> ancestors = ancestors();
            Map<String, String> inherited = new LinkedHashMap<>();
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                inherited.putAll(properties(ancestors.get(i)));
            }
            Map<String, String> own = new LinkedHashMap<>(inherited);
            own.putAll(properties(project));
            // Maven inherits first and interpolates after, so a parent's management sees the child's properties.
            Interpolation interpolation = Interpolation.of(project, own, Map.of());
            Managed inheritedDependencies = Managed.NONE;
            Managed inheritedPlugins = Managed.NONE;
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                Element ancestor = ancestors.get(i);
                inheritedDependencies = Managed.dependencies(ancestor.child("dependencyManagement"), interpolation,
                        inheritedDependencies);
                inheritedPlugins = Managed.plugins(ancestor.child("build").child("pluginManagement"), interpolation,
                        inheritedPlugins);
            }
            Managed managedDependencies = Managed.dependencies(project.child("dependencyManagement"),
                    interpolation, inheritedDependencies);
            Managed managedPlugins = Managed.plugins(project.child("build").child("pluginManagement"),
                    interpolation, inheritedPlugins);

            parent(interpolation);
            javaVersion(interpolation);
            section(project, interpolation, managedDependencies, managedPlugins, "");
            for (Element profile : project.child("profiles").children("profile")) {
                // A profile's own properties and management apply to its declarations (when it is active).
                Interpolation inProfile = Interpolation.of(project, own, properties(profile));
                String id = profile.value("id");
                boolean byDefault = "true".equals(profile.child("activation").value("activeByDefault"));
                String label = " (profile " + (id == null ? "without id" : id)
                        + (byDefault ? ", active by default)" : ")");
                section(profile, inProfile,
                        Managed.dependencies(profile.child("dependencyManagement"), inProfile, managedDependencies),
                        Managed.plugins(profile.child("build").child("pluginManagement"), inProfile, managedPlugins),
                        label);
            }
            evidence.sort(Comparator.comparing(Evidence::location));
            return List.copyOf(evidence);
        }

        /**
         * The parent POMs this repository holds, nearest first, found as Maven finds them: through the parent's
         * {@code relativePath} (default {@code ../pom.xml}) when the file there has the declared coordinates. The
         * chain stops, with a note, at the first parent that is not in the repository.
         */
        private List<Element> ancestors() {
            List<Element> ancestors = new ArrayList<>();
            Set<String> visited = new HashSet<>(List.of(file.path()));
            SourceFile current = file;
            Element child = project;
            while (ancestors.size() < MAX_PARENTS) {
                Element parent = child.child("parent");
                String groupId = parent.value("groupId");
                String artifactId = parent.value("artifactId");
                if (parent == Element.NONE || groupId == null || artifactId == null) {
                    break;
                }
                String coordinates = groupId + ":" + artifactId
                        + (parent.value("version") == null ? "" : ":" + parent.value("version"));
                Element relative = parent.child("relativePath");
                String path = relative == Element.NONE ? "../pom.xml" : relative.text();
                if (!path.isEmpty() && !path.endsWith(".xml")) {
                    path = path.endsWith("/") ? path + "pom.xml" : path + "/pom.xml";
                }
                // an empty relativePath asks Maven to take the parent from a repository, never from the tree
                Optional<SourceFile> found = path.isEmpty() ? Optional.empty() : current.resolve(path);
                Optional<Element> read = found.filter(candidate -> visited.add(candidate.path()))
                        .flatMap(PomReader::project)
                        .filter(candidate -> groupId.equals(Interpolation.firstNonNull(candidate.value("groupId"),
                                candidate.child("parent").value("groupId")))
                                && artifactId.equals(candidate.value("artifactId")));
                if (read.isEmpty()) {
                    Location at = parent.location();
                    if (child == project) {
                        file.note(at.line(), at.column(), "parent " + coordinates
                                + " is not in the repository: the properties and versions it manages are unknown");
                    }
                    break;
                }
                ancestors.add(read.get());
                current = found.get();
                child = read.get();
            }
            return ancestors;
        }

        private static Optional<Element> project(SourceFile pom) {
            try {
                return XmlTrees.read(pom).filter(root -> root.name().equals("project"));
            } catch (ExtractionException e) {
                return Optional.empty(); // the parent is scanned on its own and reports its error there
            }
        }

        private void parent(Interpolation interpolation) {
            Element parent = project.child("parent");
            String groupId = interpolation.resolve(parent.value("groupId"));
            String artifactId = interpolation.resolve(parent.value("artifactId"));
            if (parent != Element.NONE && groupId != null && artifactId != null) {
                add(parent, groupId, artifactId, interpolation.resolve(parent.value("version")), Scope.BUILD, "");
            }
        }

        /**
         * The Java version the project compiles for, where this file sets it: the compiler plugin's
         * {@code release}, else the {@code maven.compiler.release}, {@code java.version} (Spring Boot's) or
         * {@code maven.compiler.source} property.
         */
        private void javaVersion(Interpolation interpolation) {
            Element compiler = project.child("build").child("plugins").children("plugin").stream()
                    .filter(plugin -> "maven-compiler-plugin".equals(plugin.value("artifactId")))
                    .findFirst().orElse(Element.NONE);
            Element declared = compiler.child("configuration").child("release");
            if (declared == Element.NONE || declared.text().isEmpty()) {
                Element properties = project.child("properties");
                for (String name : List.of("maven.compiler.release", "java.version", "maven.compiler.source")) {
                    declared = properties.child(name);
                    if (declared != Element.NONE && !declared.text().isEmpty()) {
                        break;
                    }
                }
            }
            String version = interpolation.resolve(declared.text());
            if (declared == Element.NONE || version == null || version.isEmpty() || version.contains("${")) {
                return;
            }
            evidence.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "java", version,
                    declared.location(), "java " + version, Scope.RUNTIME, List.of()));
        }

        /** The dependencies and build plugins of the project or of one profile. */
        private void section(Element owner, Interpolation interpolation, Managed managedDependencies,
                Managed managedPlugins, String label) {
            for (Element dependency : owner.child("dependencies").children("dependency")) {
                dependency(dependency, interpolation, managedDependencies, null, label);
            }
            for (Element plugin : owner.child("build").child("plugins").children("plugin")) {
                plugin(plugin, interpolation, managedPlugins, label);
            }
        }

        private void dependency(Element dependency, Interpolation interpolation, Managed managed, Scope fixed,
                String label) {
            String groupId = interpolation.resolve(dependency.value("groupId"));
            String artifactId = interpolation.resolve(dependency.value("artifactId"));
            if (groupId == null || artifactId == null) {
                return;
            }
            String name = groupId + ":" + artifactId;
            String version = interpolation.resolve(dependency.value("version"));
            if (version == null) {
                version = managed.version(name);
            }
            Scope scope = fixed;
            if (scope == null) {
                String declared = interpolation.resolve(dependency.value("scope"));
                scope = scopeOf(declared != null ? declared : managed.scope(name));
            }
            add(dependency, groupId, artifactId, version, scope, label);
        }

        private void plugin(Element plugin, Interpolation interpolation, Managed managed, String label) {
            String groupId = interpolation.resolve(plugin.value("groupId"));
            String artifactId = interpolation.resolve(plugin.value("artifactId"));
            if (artifactId == null) {
                return;
            }
            if (groupId == null) {
                groupId = DEFAULT_PLUGIN_GROUP;
            }
            String version = interpolation.resolve(plugin.value("version"));
            if (version == null) {
                version = managed.version(groupId + ":" + artifactId);
            }
            add(plugin, groupId, artifactId, version, Scope.BUILD, label);
            // A plugin's own dependencies are on the build's classpath, not the project's: a JDBC driver added to
            // flyway-maven-plugin or jooq-codegen-maven means the build talks to that database, so it is real usage
            // and reported, but as BUILD. The project's dependencyManagement does not manage them (nor does Maven).
            for (Element dependency : plugin.child("dependencies").children("dependency")) {
                dependency(dependency, interpolation, Managed.NONE, Scope.BUILD, label);
            }
        }

        private void add(Element declaration, String groupId, String artifactId, String version, Scope scope,
                String label) {
            String name = groupId + ":" + artifactId;
            String value = (version == null ? name : name + ":" + version) + label;
            evidence.add(Evidence.ofPackage(ECOSYSTEM, name, version, declaration.location(), value,
                    scope));
        }

        private static Map<String, String> properties(Element owner) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (Element property : owner.child("properties").children()) {
                properties.putIfAbsent(property.name(), property.text());
            }
            return properties;
        }

        private static Scope scopeOf(String declared) {
            if (declared == null) {
                return Scope.RUNTIME;
            }
            return switch (declared.strip().toLowerCase(Locale.ROOT)) {
                case "provided", "system", "compile-only" -> Scope.PROVIDED;
                case "test", "test-only", "test-runtime" -> Scope.TEST;
                // compile, runtime, and anything Maven would reject: still declared, so reported as runtime
                default -> Scope.RUNTIME;
            };
        }
    }

    /** Versions and scopes a management section declares, by {@code groupId:artifactId}, falling back to outer. */
    private static final class Managed {

        static final Managed NONE = new Managed(Map.of(), Map.of(), null);

        private final Map<String, String> versions;
        private final Map<String, String> scopes;
        private final Managed outer;

        private Managed(Map<String, String> versions, Map<String, String> scopes, Managed outer) {
            this.versions = versions;
            this.scopes = scopes;
            this.outer = outer;
        }

        static Managed dependencies(Element management, Interpolation interpolation, Managed outer) {
            Map<String, String> versions = new HashMap<>();
            Map<String, String> scopes = new HashMap<>();
            for (Element dependency : management.child("dependencies").children("dependency")) {
                String groupId = interpolation.resolve(dependency.value("groupId"));
                String artifactId = interpolation.resolve(dependency.value("artifactId"));
                String scope = interpolation.resolve(dependency.value("scope"));
                if (groupId == null || artifactId == null || "import".equals(scope)) {
                    // an imported BOM manages other artifacts, and those are not declared in this file
                    continue;
                }
                String key = groupId + ":" + artifactId;
                String version = interpolation.resolve(dependency.value("version"));
                if (version != null) {
                    versions.putIfAbsent(key, version);
                }
                if (scope != null) {
                    scopes.putIfAbsent(key, scope);
                }
            }
            return new Managed(versions, scopes, outer);
        }

        static Managed plugins(Element management, Interpolation interpolation, Managed outer) {
            Map<String, String> versions = new HashMap<>();
            for (Element plugin : management.child("plugins").children("plugin")) {
                String groupId = interpolation.resolve(plugin.value("groupId"));
                String artifactId = interpolation.resolve(plugin.value("artifactId"));
                String version = interpolation.resolve(plugin.value("version"));
                if (artifactId != null && version != null) {
                    versions.putIfAbsent((groupId == null ? DEFAULT_PLUGIN_GROUP : groupId) + ":" + artifactId,
                            version);
                }
            }
            return new Managed(versions, Map.of(), outer);
        }

        String version(String key) {
            String version = versions.get(key);
            return version != null || outer == null ? version : outer.version(key);
        }

        String scope(String key) {
            String scope = scopes.get(key);
            return scope != null || outer == null ? scope : outer.scope(key);
        }
    }

    /**
     * {@code ${...}} expressions of one POM: its properties (nested ones too) and the model values a POM may refer
     * to. What cannot be resolved in this file alone (a property from a parent, {@code ${env.X}}, a cycle) stays
     * as written. Expansion is bounded, so properties built to double at each level cannot blow up.
     */
    private static final class Interpolation {

        private static final int MAX_EXPANSIONS = 256;
        private static final int MAX_LENGTH = 4096;

        private final Map<String, String> model;
        private final Map<String, String> properties;
        private final Map<String, String> aliases;

        private Interpolation(Map<String, String> model, Map<String, String> properties, Map<String, String> aliases) {
            this.model = model;
            this.properties = properties;
            this.aliases = aliases;
        }

        static Interpolation of(Element project, Map<String, String> properties, Map<String, String> overrides) {
            Element parent = project.child("parent");
            String groupId = firstNonNull(project.value("groupId"), parent.value("groupId"));
            String artifactId = project.value("artifactId");
            String version = firstNonNull(project.value("version"), parent.value("version"));
            Map<String, String> model = new HashMap<>();
            Map<String, String> aliases = new HashMap<>();
            for (String prefix : List.of("project.", "pom.")) {
                putIfNotNull(model, prefix + "groupId", groupId);
                putIfNotNull(model, prefix + "artifactId", artifactId);
                putIfNotNull(model, prefix + "version", version);
                putIfNotNull(model, prefix + "parent.groupId", parent.value("groupId"));
                putIfNotNull(model, prefix + "parent.artifactId", parent.value("artifactId"));
                putIfNotNull(model, prefix + "parent.version", parent.value("version"));
            }
            // Maven 2's bare ${version} and friends, used by old POMs; a property of that name wins over them.
            putIfNotNull(aliases, "groupId", groupId);
            putIfNotNull(aliases, "artifactId", artifactId);
            putIfNotNull(aliases, "version", version);
            putIfNotNull(aliases, "parent.groupId", parent.value("groupId"));
            putIfNotNull(aliases, "parent.artifactId", parent.value("artifactId"));
            putIfNotNull(aliases, "parent.version", parent.value("version"));
            Map<String, String> merged = new HashMap<>(properties);
            merged.putAll(overrides);
            return new Interpolation(model, merged, aliases);
        }

        /** The value with every resolvable expression replaced; null stays null. */
        String resolve(String raw) {
            if (raw == null || !raw.contains("${")) {
                return raw;
            }
            try {
                return expand(raw, new HashSet<>(), new int[] {0});
            } catch (TooLarge e) {
                return raw;
            }
        }

        private String expand(String raw, Set<String> active, int[] expansions) {
            StringBuilder out = new StringBuilder();
            int from = 0;
            while (true) {
                int start = raw.indexOf("${", from);
                int end = start < 0 ? -1 : raw.indexOf('}', start + 2);
                if (end < 0) {
                    break;
                }
                out.append(raw, from, start);
                String key = raw.substring(start + 2, end).strip();
                String value = lookup(key);
                if (value != null && active.add(key)) {
                    if (++expansions[0] > MAX_EXPANSIONS) {
                        throw new TooLarge();
                    }
                    out.append(expand(value, active, expansions));
                    active.remove(key);
                } else {
                    out.append(raw, start, end + 1);
                }
                if (out.length() > MAX_LENGTH) {
                    throw new TooLarge();
                }
                from = end + 1;
            }
            return out.append(raw, from, raw.length()).toString();
        }

        private String lookup(String key) {
            String value = model.get(key);
            if (value == null) {
                value = properties.get(key);
            }
            return value != null ? value : aliases.get(key);
        }

        private static String firstNonNull(String first, String second) {
            return first != null ? first : second;
        }

        private static void putIfNotNull(Map<String, String> map, String key, String value) {
            if (value != null) {
                map.put(key, value);
            }
        }

        /** Expansion budget spent: the expression is left as written. */
        private static final class TooLarge extends RuntimeException {
            private static final long serialVersionUID = 1L;

            TooLarge() {
                super(null, null, false, false);
            }
        }
    }
}
