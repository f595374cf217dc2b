package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an npm {@code package.json}: every entry of {@code dependencies}, {@code devDependencies},
 * {@code peerDependencies} and {@code optionalDependencies} as an npm package ({@code peerDependencies} in scope
 * provided: the host application brings them, as Maven's provided scope says; {@code optionalDependencies} in scope
 * optional: an install goes on without them), and {@code engines.node} as the node runtime. Nothing else in the file is evidence (scripts, description, keywords, overrides, resolutions,
 * bundledDependencies).
 *
 * <p>Decisions: locations are those of the entry's key token, columns in UTF-16 code units (the parser reads the
 * decoded text, so a tab or an accented letter counts one). A key that appears twice (a dependency or a whole
 * section) is reported twice, each where it is written, although npm keeps only the last. An empty or
 * whitespace-only file declares nothing and gives no evidence; a file whose top level is not an object, comments,
 * trailing content and any other invalid JSON are refused with the parser's line and column. Entries whose value is
 * not a string, and sections that are not objects, are skipped.
 */
public final class PackageJsonExtractor implements Extractor {

    private static final String FILE_NAME = "package.json";
    private static final String ALIAS_PREFIX = "npm:";

    private static final Map<String, Scope> DEPENDENCY_SECTIONS = Map.of(
            "dependencies", Scope.RUNTIME,
            "devDependencies", Scope.DEVELOPMENT,
            "peerDependencies", Scope.PROVIDED,
            "optionalDependencies", Scope.OPTIONAL);

    @Override
    public String id() {
        return "package-json";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        return JsonTrees.readObject(file, FILE_NAME, parser -> sections(file, parser)).orElse(List.of());
    }

    private static List<Evidence> sections(SourceFile file, JsonParser parser) throws IOException {
        List<Evidence> found = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String section = parser.currentName();
            JsonToken value = parser.nextToken();
            Scope scope = DEPENDENCY_SECTIONS.get(section);
            if (value == JsonToken.START_OBJECT && scope != null) {
                JsonTrees.stringFields(file, parser, (key, spec, at) -> {
                    if (!key.isBlank()) {
                        found.add(dependency(key, spec, at, scope));
                    }
                });
            } else if (value == JsonToken.START_OBJECT && section.equals("engines")) {
                JsonTrees.stringFields(file, parser, (key, range, at) -> {
                    if (key.equals("node")) {
                        String version = range.isBlank() ? null : range;
                        found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "node", version, at,
                                version == null ? "node" : "node " + version, Scope.RUNTIME, List.of()));
                    }
                });
            } else {
                parser.skipChildren();
            }
        }
        return List.copyOf(found);
    }

    /**
     * One dependency entry. An alias {@code "mysql": "npm:mysql2@^3.6.0"} installs mysql2, so the evidence names
     * mysql2 with range ^3.6.0; the value keeps the entry as written.
     */
    static Evidence dependency(String key, String spec, Location at, Scope scope) {
        String name = key;
        String version = spec.isBlank() ? null : spec;
        if (spec.startsWith(ALIAS_PREFIX)) {
            String target = spec.substring(ALIAS_PREFIX.length());
            // The name/version '@' is the first one after position 0, so a scope's leading '@' is not mistaken.
            int at1 = target.indexOf('@', 1);
            String aliasName = at1 < 0 ? target : target.substring(0, at1);
            if (isPackageName(aliasName)) {
                name = aliasName;
                String range = at1 < 0 ? "" : target.substring(at1 + 1);
                version = range.isBlank() ? null : range;
            }
        }
        String value = spec.isBlank() ? key : key + "@" + spec;
        return Evidence.ofPackage("npm", name, version, at, value, scope);
    }

    /** Loose check of an alias target: {@code name} or {@code @scope/name}, no spaces, no path separators beyond. */
    private static boolean isPackageName(String candidate) {
        if (candidate.isEmpty() || candidate.chars().anyMatch(c -> Character.isWhitespace(c) || c == ':')) {
            return false;
        }
        if (candidate.startsWith("@")) {
            int slash = candidate.indexOf('/');
            return slash > 1 && slash < candidate.length() - 1 && candidate.indexOf('/', slash + 1) < 0;
        }
        return candidate.indexOf('/') < 0;
    }
}
