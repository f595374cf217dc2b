package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an npm {@code package.json}: every entry of {@code dependencies}, {@code devDependencies},
 * {@code peerDependencies} and {@code optionalDependencies} as an npm package ({@code peerDependencies} in scope
 * provided: the host application brings them, as Maven's provided scope says), and {@code engines.node} as the
 * node runtime. Nothing else in the file is evidence (scripts, description, keywords, overrides, resolutions,
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

    static final int MAX_NESTING_DEPTH = 200;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NAME_LENGTH = 10_000;

    private static final String FILE_NAME = "package.json";
    private static final String ALIAS_PREFIX = "npm:";

    private static final Map<String, Scope> DEPENDENCY_SECTIONS = Map.of(
            "dependencies", Scope.RUNTIME,
            "devDependencies", Scope.DEVELOPMENT,
            "peerDependencies", Scope.PROVIDED,
            "optionalDependencies", Scope.RUNTIME);

    // Immutable once built and thread-safe: sharing it keeps the extractor stateless in every way that matters.
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // No shared symbol table: hostile key sets cannot grow or collide in it.
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

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
        String text = file.text();
        if (text.isBlank()) {
            return List.of();
        }
        JsonParser parser;
        try {
            parser = JSON.createParser(text);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read package.json: " + e.getClass().getSimpleName(), e);
        }
        try (parser) {
            return new Reader(file, parser).read();
        } catch (StreamConstraintsException e) {
            // The exception carries no location; the token being opened (or named) when the limit hit is the place.
            throw limitExceeded(e, e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation());
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read package.json: " + e.getClass().getSimpleName(), e);
        }
    }

    private static ExtractionException invalid(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        String shortMessage = message == null ? "parse error" : newline < 0 ? message : message.substring(0, newline);
        if (shortMessage.contains("ALLOW_COMMENTS")) {
            shortMessage = "comments are not allowed in JSON";
        }
        return new ExtractionException(line(where), column(where), "invalid JSON: " + shortMessage.strip(), e);
    }

    private static ExtractionException limitExceeded(StreamConstraintsException e, JsonLocation where) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String limit;
        if (message.contains("nesting depth")) {
            limit = "nested deeper than " + MAX_NESTING_DEPTH + " levels";
        } else if (message.contains("Name length")) {
            limit = "a key longer than " + MAX_NAME_LENGTH + " characters";
        } else if (message.contains("String value length")) {
            limit = "a string longer than " + MAX_STRING_LENGTH + " characters";
        } else {
            limit = "too large";
        }
        return new ExtractionException(line(where), column(where), "package.json refused: " + limit, e);
    }

    private static int line(JsonLocation where) {
        return where == null ? 1 : where.getLineNr();
    }

    private static int column(JsonLocation where) {
        return where == null ? 1 : where.getColumnNr();
    }

    /** One pass over one file's tokens; holds the parser and the evidence found so far. */
    private static final class Reader {

        private final SourceFile file;
        private final JsonParser parser;
        private final List<Evidence> found = new ArrayList<>();

        Reader(SourceFile file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        List<Evidence> read() throws IOException, ExtractionException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return List.of();
            }
            if (first != JsonToken.START_OBJECT) {
                throw refuse("package.json must be a JSON object, found " + describe(first));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                JsonToken value = parser.nextToken();
                Scope scope = DEPENDENCY_SECTIONS.get(section);
                if (value == JsonToken.START_OBJECT && scope != null) {
                    readDependencies(scope);
                } else if (value == JsonToken.START_OBJECT && section.equals("engines")) {
                    readEngines();
                } else {
                    parser.skipChildren();
                }
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw refuse("unexpected content after the top-level object: " + describe(trailing));
            }
            return List.copyOf(found);
        }

        private void readDependencies(Scope scope) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location at = keyLocation();
                if (parser.nextToken() != JsonToken.VALUE_STRING || key.isBlank()) {
                    parser.skipChildren();
                    continue;
                }
                found.add(dependency(key, parser.getText(), at, scope));
            }
        }

        private void readEngines() throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location at = keyLocation();
                if (parser.nextToken() != JsonToken.VALUE_STRING || !key.equals("node")) {
                    parser.skipChildren();
                    continue;
                }
                String range = parser.getText();
                String version = range.isBlank() ? null : range;
                found.add(new Evidence(EvidenceKind.RUNTIME, "runtime", "node", version, at,
                        version == null ? "node" : "node " + version, Scope.RUNTIME, List.of()));
            }
        }

        private Location keyLocation() {
            JsonLocation where = parser.currentTokenLocation();
            return file.location(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
        }

        private ExtractionException refuse(String message) {
            JsonLocation where = parser.currentTokenLocation();
            return new ExtractionException(line(where), column(where), message);
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.name().toLowerCase(Locale.ROOT);
            };
        }
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
