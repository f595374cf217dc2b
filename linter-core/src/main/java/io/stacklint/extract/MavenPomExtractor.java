package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Maven {@code pom.xml}: the parent, the direct dependencies (also those of profiles, marked with the
 * profile) and the build plugins, with versions interpolated from properties and managed versions of the file and
 * of the parents the repository holds (found through {@code relativePath}, as Maven finds them).
 * Managed-only declarations ({@code dependencyManagement}, {@code pluginManagement}) are not usage and give nothing.
 * The file is read with the JDK's StAX parser from bytes, so the declared encoding is honoured, with DTDs and
 * external entities off.
 */
public final class MavenPomExtractor implements Extractor {

    private static final String ECOSYSTEM = "maven";
    private static final String DEFAULT_PLUGIN_GROUP = "org.apache.maven.plugins";
    /** Real hierarchies are a few parents deep; the bound keeps a crafted chain from taking long. */
    private static final int MAX_PARENTS = 16;
    /** Real POMs nest about ten levels; anything far deeper is hostile, not a project. */
    private static final int MAX_DEPTH = 256;

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
        String text = XmlText.decode(file.bytes());
        if (text.isBlank()) {
            return List.of();
        }
        Document document = parse(text);
        Element project = document.root();
        if (!project.name().equals("project")) {
            return List.of();
        }
        return new PomReader(file, document.positions(), project).read();
    }

    // ---------------------------------------------------------------------------------------------------------
    // XML: a small element tree with the end position of each start tag (StAX reports no start positions).

    private record Document(Element root, Positions positions) {
    }

    private static Document parse(String text) throws ExtractionException {
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(text));
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw refuse(reader, "DOCTYPE is not allowed in a POM");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw refuse(reader, "XML nested deeper than " + MAX_DEPTH + " elements");
                        }
                        var location = reader.getLocation();
                        Element element = new Element(reader.getLocalName(), location.getLineNumber(),
                                location.getColumnNumber());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    default -> {
                        // comments and processing instructions are not declarations
                    }
                }
            }
            if (root == null) {
                throw new ExtractionException(1, 1, "invalid XML: no root element");
            }
            return new Document(root, new Positions(text));
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new ExtractionException(location == null ? 1 : location.getLineNumber(),
                    location == null ? 1 : location.getColumnNumber(), "invalid XML: " + parserMessage(e), e);
        } catch (RuntimeException e) {
            // The JDK parser throws runtime exceptions for a few broken inputs; each is an unreadable file.
            throw new ExtractionException(1, 1, "invalid XML: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory newFactory() {
        // newDefaultFactory: always the JDK's parser, whatever StAX implementation the classpath offers.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    private static ExtractionException refuse(XMLStreamReader reader, String message) {
        var location = reader.getLocation();
        return new ExtractionException(location.getLineNumber(), location.getColumnNumber(), message);
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:[l,c]\nMessage: "; the location is ours. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to release: the input is an in-memory string
            }
        }
    }

    /** An element with its local name (so namespaced and namespaceless POMs read alike) and where its tag ends. */
    private static final class Element {

        static final Element NONE = new Element("", 1, 1);

        private final String name;
        private final int endLine;
        private final int endColumn;
        private final List<Element> children = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Element(String name, int endLine, int endColumn) {
            this.name = name;
            this.endLine = endLine;
            this.endColumn = endColumn;
        }

        String name() {
            return name;
        }

        /** The first child of that name, or an empty element, so paths chain without null checks. */
        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return NONE;
        }

        List<Element> children(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).toList();
        }

        List<Element> children() {
            return children;
        }

        /** The trimmed text of a child, or null when the child is absent or blank. */
        String value(String childName) {
            Element child = child(childName);
            String value = child.text.toString().strip();
            return child == NONE || value.isEmpty() ? null : value;
        }

        String text() {
            return text.toString().strip();
        }
    }

    /**
     * Turns the parser's end-of-start-tag positions into start positions in the text the parser read: the tag's
     * '<' is the last one before its end ('<' cannot occur inside attribute values).
     */
    private static final class Positions {

        private final String text;
        private final int[] lineStarts;

        Positions(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // XML line ends: \n, \r\n and a lone \r, as the parser counts them
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        Location start(SourceFile file, Element element) {
            int line = Math.min(Math.max(element.endLine, 1), lineStarts.length);
            int end = Math.min(lineStarts[line - 1] + Math.max(element.endColumn, 1) - 1, text.length());
            int open = end > 0 ? text.lastIndexOf('<', end - 1) : -1;
            if (open < 0) {
                return file.location(line, Math.max(element.endColumn, 1));
            }
            int startLine = lineOf(open);
            return file.location(startLine + 1, open - lineStarts[startLine] + 1);
        }

        private int lineOf(int offset) {
            int low = 0;
            int high = lineStarts.length - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (lineStarts[middle] <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }
    }

    /**
     * Bytes to text as XML 1.0 Appendix F detects the encoding (byte-order mark, UTF-16 without one, else the
     * declaration, else UTF-8). Decoding here rather than in the parser keeps one text for parsing and positions,
     * and keeps the JDK parser from printing "[Fatal Error]" to stderr on malformed bytes.
     */
    private static final class XmlText {

        private static final Pattern DECLARED = Pattern.compile(
                "^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");
        private static final int DECLARATION_WINDOW = 512;

        private XmlText() {
        }

        static String decode(byte[] bytes) throws ExtractionException {
            Charset charset = detect(bytes);
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
            CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
            if (!result.isError()) {
                result = decoder.flush(out);
            }
            if (result.isError()) {
                out.flip();
                int line = 1;
                for (int i = 0; i < out.length(); i++) {
                    if (out.charAt(i) == '\n') {
                        line++;
                    }
                }
                throw new ExtractionException(line, 1, "not valid " + charset.name() + " text");
            }
            out.flip();
            String text = out.toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        private static Charset detect(byte[] bytes) throws ExtractionException {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return StandardCharsets.UTF_8;
            }
            if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x3C, 0x00, 0x3F)) {
                return StandardCharsets.UTF_16BE;
            }
            if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0x3C, 0x00, 0x3F, 0x00)) {
                return StandardCharsets.UTF_16LE;
            }
            String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED.matcher(head);
            if (!declared.find()) {
                return StandardCharsets.UTF_8;
            }
            String name = declared.group(1);
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.startsWith("UTF-16") || upper.startsWith("UTF-32")) {
                // declared as 16/32-bit but written in 8-bit bytes (no BOM, no zero bytes): what editors produce
                return StandardCharsets.UTF_8;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new ExtractionException(1, declared.start(1) + 1, "unsupported encoding: " + name, e);
            }
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The POM model: what counts as usage, and how versions resolve within the one file.

    /** Walks one parsed POM; one instance per extraction. */
    private static final class PomReader {

        private final SourceFile file;
        private final Positions positions;
        private final Element project;
        private final List<Evidence> evidence = new ArrayList<>();

        PomReader(SourceFile file, Positions positions, Element project) {
            this.file = file;
            this.positions = positions;
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
                    Location at = positions.start(file, parent);
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
                Element root = parse(XmlText.decode(pom.bytes())).root();
                return root.name().equals("project") ? Optional.of(root) : Optional.empty();
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
            evidence.add(Evidence.ofPackage(ECOSYSTEM, name, version, positions.start(file, declaration), value,
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
