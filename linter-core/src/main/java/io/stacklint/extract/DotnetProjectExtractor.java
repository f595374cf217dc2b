package io.stacklint.extract;

import io.stacklint.extract.XmlTrees.Element;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads .NET project files: SDK-style and old-style {@code *.csproj}, {@code *.fsproj}, {@code *.vbproj},
 * {@code Directory.Build.props}, {@code Directory.Packages.props} (central package management) and
 * {@code packages.config}.
 *
 * <ul>
 *   <li>{@code <PackageReference Include>} (and {@code <GlobalPackageReference>}) items are nuget packages; the
 *       version is {@code VersionOverride}, else {@code Version} (attribute or child), else the
 *       {@code <PackageVersion>} of the nearest {@code Directory.Packages.props} up the folders. Private assets
 *       ({@code PrivateAssets="all"}: analyzers, build tools) and global references are DEVELOPMENT. {@code Update=}
 *       items and {@code <PackageVersion>} alone only set versions and are not usage.</li>
 *   <li>{@code <TargetFramework(s)>}: {@code net5.0}+ and {@code netcoreappX.Y} give runtime {@code dotnet},
 *       {@code net48}-style monikers and {@code <TargetFrameworkVersion>v4.6.1} give runtime
 *       {@code dotnet-framework}; {@code netstandard} targets no runtime and gives nothing.</li>
 *   <li>{@code $(Property)} references resolve from the same file's unconditional {@code <PropertyGroup>}s.</li>
 * </ul>
 * XML is read through {@link XmlTrees}: its declared encoding is honoured (a UTF-16 project file reads), DTDs are
 * refused.
 */
public final class DotnetProjectExtractor implements Extractor {

    private static final String NUGET = "nuget";
    private static final String CENTRAL_FILE = "Directory.Packages.props";
    // bounded digits: a hostile net5000000000000000000000.0 must not overflow the major version's parse
    private static final Pattern NET_CORE = Pattern.compile("net(\\d{1,4})\\.(\\d{1,4})(-[a-z0-9.]+)?");
    private static final Pattern NET_CORE_APP = Pattern.compile("netcoreapp(\\d+\\.\\d+)");
    private static final Pattern NET_FRAMEWORK = Pattern.compile("net([1-4])(\\d)(\\d)?");
    private static final Pattern FRAMEWORK_VERSION = Pattern.compile("v?(\\d+(?:\\.\\d+){1,3})");
    /** The .NET Framework releases; other v-numbers of old-style projects are Xamarin or Silverlight versions. */
    private static final Set<String> FRAMEWORK_VERSIONS = Set.of("1.0", "1.1", "2.0", "3.0", "3.5", "4.0", "4.0.3",
            "4.5", "4.5.1", "4.5.2", "4.6", "4.6.1", "4.6.2", "4.7", "4.7.1", "4.7.2", "4.8", "4.8.1");
    private static final Pattern OTHER_PLATFORM_TARGETS = Pattern.compile(
            "xamarin|monoandroid|monotouch|silverlight|portable", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPERTY = Pattern.compile("\\$\\(\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\)");

    @Override
    public String id() {
        return "dotnet-project";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".csproj") || name.endsWith(".fsproj") || name.endsWith(".vbproj")
                || name.equals("directory.packages.props") || name.equals("directory.build.props")
                || name.equals("packages.config");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        Optional<Element> parsed = XmlTrees.read(file);
        if (parsed.isEmpty()) {
            return List.of();
        }
        Element root = parsed.get();
        List<Evidence> evidence = new ArrayList<>();
        if (file.name().equalsIgnoreCase("packages.config")) {
            if (is(root, "packages")) {
                packagesConfig(file, root, evidence);
            }
        } else if (is(root, "Project")) {
            new ProjectReader(file, root, evidence).read();
        }
        return List.copyOf(evidence);
    }

    // ---------------------------------------------------------------------------------------------------------
    // packages.config: the pre-PackageReference list of a .NET Framework project's packages.

    private static void packagesConfig(SourceFile file, Element packages, List<Evidence> evidence) {
        for (Element item : packages.children()) {
            String id = is(item, "package") ? attribute(item, "id") : null;
            if (id == null) {
                continue;
            }
            String version = attribute(item, "version");
            Scope scope = "true".equalsIgnoreCase(attribute(item, "developmentDependency"))
                    ? Scope.DEVELOPMENT : Scope.RUNTIME;
            evidence.add(nuget(file, item, id, version, scope));
        }
    }

    private static Evidence nuget(SourceFile file, Element element, String id, String version, Scope scope) {
        return Evidence.ofPackage(NUGET, id, version, element.location(),
                version == null ? id : id + " " + version, scope);
    }

    // ---------------------------------------------------------------------------------------------------------
    // MSBuild project files.

    /** Walks one MSBuild file; one instance per extraction. */
    private static final class ProjectReader {

        private final SourceFile file;
        private final Element project;
        private final List<Evidence> evidence;
        private final Properties properties;
        private Map<String, String> centralVersions;

        ProjectReader(SourceFile file, Element project, List<Evidence> evidence) {
            this.file = file;
            this.project = project;
            this.evidence = evidence;
            this.properties = Properties.of(project);
        }

        void read() {
            walk(project);
        }

        private void walk(Element element) {
            for (Element child : element.children()) {
                if (is(child, "PropertyGroup")) {
                    propertyGroup(child);
                } else if (is(child, "ItemGroup")) {
                    itemGroup(child);
                } else if (!is(child, "Target") && !is(child, "ProjectExtensions")) {
                    // Choose/When/Otherwise nest groups; a Target's items are made at build time, not restored,
                    // and ProjectExtensions holds any tool's XML.
                    walk(child);
                }
            }
        }

        private void propertyGroup(Element group) {
            for (Element property : group.children()) {
                if (is(property, "TargetFramework") || is(property, "TargetFrameworks")) {
                    for (String moniker : properties.resolve(property.text()).split(";")) {
                        targetFramework(property, moniker.strip());
                    }
                } else if (is(property, "TargetFrameworkVersion") && targetsNetFramework()) {
                    Matcher version = FRAMEWORK_VERSION.matcher(properties.resolve(property.text()).strip());
                    if (version.matches() && FRAMEWORK_VERSIONS.contains(version.group(1))) {
                        runtime(property, "dotnet-framework", version.group(1), property.text());
                    }
                }
            }
        }

        /**
         * Old-style projects for Xamarin, Silverlight or portable libraries also write TargetFrameworkVersion (v9.0
         * is an Android API level there); only a .NET Framework project's means the framework.
         */
        private boolean targetsNetFramework() {
            String identifier = properties.value("TargetFrameworkIdentifier");
            if (identifier != null && !identifier.strip().equalsIgnoreCase(".NETFramework")) {
                return false;
            }
            for (Element child : project.children()) {
                String imported = is(child, "Import") ? attribute(child, "Project") : null;
                if (imported != null && OTHER_PLATFORM_TARGETS.matcher(imported).find()) {
                    return false;
                }
            }
            return true;
        }

        private void targetFramework(Element property, String moniker) {
            String tfm = moniker.toLowerCase(Locale.ROOT);
            Matcher core = NET_CORE.matcher(tfm);
            Matcher coreApp = NET_CORE_APP.matcher(tfm);
            Matcher framework = NET_FRAMEWORK.matcher(tfm);
            if (core.matches() && Integer.parseInt(core.group(1)) >= 5) {
                runtime(property, "dotnet", core.group(1) + "." + core.group(2), moniker);
            } else if (coreApp.matches()) {
                runtime(property, "dotnet", coreApp.group(1), moniker);
            } else if (framework.matches()) {
                String version = framework.group(1) + "." + framework.group(2)
                        + (framework.group(3) == null ? "" : "." + framework.group(3));
                if (FRAMEWORK_VERSIONS.contains(version)) {
                    runtime(property, "dotnet-framework", version, moniker);
                }
            }
            // netstandard2.0, net5.0 written as net50, uap10.0, ...: no runtime of their own or ambiguous
        }

        private void runtime(Element property, String name, String version, String value) {
            evidence.add(new Evidence(EvidenceKind.RUNTIME, "runtime", name, version, property.location(),
                    value, Scope.RUNTIME, List.of()));
        }

        private void itemGroup(Element group) {
            for (Element item : group.children()) {
                boolean global = is(item, "GlobalPackageReference");
                if (!is(item, "PackageReference") && !global) {
                    continue;
                }
                // Update= and Remove= change items declared elsewhere; only Include declares a dependency.
                String include = attribute(item, "Include");
                if (include == null) {
                    continue;
                }
                String version = metadata(item, "VersionOverride");
                if (version == null) {
                    version = metadata(item, "Version");
                }
                boolean privateAssets = global || "all".equalsIgnoreCase(metadata(item, "PrivateAssets"));
                Scope scope = privateAssets ? Scope.DEVELOPMENT : Scope.RUNTIME;
                for (String id : properties.resolve(include).split(";")) {
                    String name = id.strip();
                    if (name.isEmpty() || name.contains("$(") || name.contains("@(") || name.contains("%(")
                            || name.contains("*")) {
                        continue;
                    }
                    String resolved = version != null ? version : centralVersion(item, name);
                    evidence.add(nuget(file, item, name, resolved, scope));
                }
            }
        }

        /** Item metadata as an attribute or a child element, with properties resolved; null when absent. */
        private String metadata(Element item, String name) {
            String value = attribute(item, name);
            if (value == null) {
                Element child = child(item, name);
                value = child == null ? null : child.text();
            }
            if (value == null || value.isBlank()) {
                return null;
            }
            return properties.resolve(value.strip());
        }

        /** The version central package management gives the package, or null. */
        private String centralVersion(Element reference, String id) {
            if (centralVersions == null) {
                centralVersions = loadCentralVersions(reference);
            }
            return centralVersions.get(id.toLowerCase(Locale.ROOT));
        }

        /**
         * The {@code PackageVersion}s of the nearest {@code Directory.Packages.props} up the folders, as MSBuild
         * imports it; a farther one too when the nearer imports it ({@code GetPathOfFileAbove}). Nearer wins.
         */
        private Map<String, String> loadCentralVersions(Element reference) {
            Map<String, String> versions = new HashMap<>();
            Set<String> visited = new HashSet<>();
            String relative = CENTRAL_FILE;
            while (true) {
                Optional<String> target = file.treePath(relative);
                if (target.isEmpty() || !visited.add(target.get())) {
                    return versions;
                }
                Element central = null;
                Properties centralProperties = null;
                if (target.get().equals(file.path())) {
                    central = project;
                    centralProperties = properties;
                } else {
                    Optional<SourceFile> found = file.resolve(relative);
                    if (found.isPresent()) {
                        try {
                            central = XmlTrees.read(found.get())
                                    .orElseThrow(() -> new ExtractionException(1, 1, "no root element"));
                            centralProperties = Properties.of(central);
                        } catch (ExtractionException e) {
                            Location at = reference.location();
                            file.note(at.line(), at.column(), target.get() + " cannot be read (" + e.line() + ":"
                                    + e.column() + "), so the versions it manages are unknown");
                            return versions;
                        }
                    }
                }
                if (central != null) {
                    collectPackageVersions(central, centralProperties, versions);
                    if (!importsParentCentralFile(central)) {
                        return versions;
                    }
                }
                relative = "../" + relative;
            }
        }

        private static void collectPackageVersions(Element element, Properties resolver, Map<String, String> into) {
            for (Element child : element.children()) {
                if (is(child, "PackageVersion")) {
                    String include = attribute(child, "Include");
                    String version = attribute(child, "Version");
                    if (version == null && child(child, "Version") != null) {
                        version = child(child, "Version").text();
                    }
                    if (include != null && version != null && !version.isBlank()) {
                        into.putIfAbsent(resolver.resolve(include.strip()).toLowerCase(Locale.ROOT),
                                resolver.resolve(version.strip()));
                    }
                } else if (!is(child, "Target") && !is(child, "ProjectExtensions")) {
                    collectPackageVersions(child, resolver, into);
                }
            }
        }

        private static boolean importsParentCentralFile(Element central) {
            for (Element child : central.children()) {
                String imported = is(child, "Import") ? attribute(child, "Project") : null;
                if (imported != null && imported.contains(CENTRAL_FILE)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * MSBuild properties of one file: the unconditional definitions of its property groups, the last one winning
     * as MSBuild evaluates them in order. Conditional ones (per configuration or target) may not apply, so a
     * reference only they define stays as written; so do property functions and unknown names. Names are
     * case-insensitive. Expansion is bounded.
     */
    private static final class Properties {

        private static final int MAX_EXPANSIONS = 64;
        private static final int MAX_LENGTH = 4096;

        private final Map<String, String> values;

        private Properties(Map<String, String> values) {
            this.values = values;
        }

        static Properties of(Element project) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element group : project.children()) {
                if (is(group, "PropertyGroup") && attribute(group, "Condition") == null) {
                    for (Element property : group.children()) {
                        if (attribute(property, "Condition") == null) {
                            values.put(property.name().toLowerCase(Locale.ROOT), property.text());
                        }
                    }
                }
            }
            return new Properties(values);
        }

        /** The unconditional value of a property, or null. */
        String value(String name) {
            return values.get(name.toLowerCase(Locale.ROOT));
        }

        String resolve(String raw) {
            if (!raw.contains("$(")) {
                return raw;
            }
            int[] budget = {MAX_EXPANSIONS};
            String result = expand(raw, new HashSet<>(), budget);
            return result == null ? raw : result;
        }

        /** Null when the budget runs out. */
        private String expand(String raw, Set<String> active, int[] budget) {
            Matcher reference = PROPERTY.matcher(raw);
            StringBuilder out = new StringBuilder();
            int from = 0;
            while (reference.find()) {
                out.append(raw, from, reference.start());
                String key = reference.group(1).toLowerCase(Locale.ROOT);
                String value = values.get(key);
                if (value != null && active.add(key)) {
                    if (--budget[0] < 0) {
                        return null;
                    }
                    String expanded = expand(value, active, budget);
                    if (expanded == null) {
                        return null;
                    }
                    out.append(expanded);
                    active.remove(key);
                } else {
                    out.append(reference.group());
                }
                if (out.length() > MAX_LENGTH) {
                    return null;
                }
                from = reference.end();
            }
            return out.append(raw, from, raw.length()).toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // MSBuild item types, property names, metadata and attributes are case-insensitive.

    private static boolean is(Element element, String name) {
        return element.name().equalsIgnoreCase(name);
    }

    /** The first child of that name, or null. */
    private static Element child(Element element, String name) {
        for (Element child : element.children()) {
            if (is(child, name)) {
                return child;
            }
        }
        return null;
    }

    private static String attribute(Element element, String name) {
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            if (attribute.getKey().equalsIgnoreCase(name)) {
                return attribute.getValue();
            }
        }
        return null;
    }
}
