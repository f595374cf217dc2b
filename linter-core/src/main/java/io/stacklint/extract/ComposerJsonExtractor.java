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
 * Reads a Composer {@code composer.json}: the entries of {@code require} (RUNTIME) and {@code require-dev}
 * (DEVELOPMENT). {@code php} is the php runtime with its constraint as version; a PHP extension
 * ({@code ext-mysqli}) is a composer package named as written; any other {@code vendor/package} is a composer
 * package with its constraint. Other platform packages ({@code lib-*}, {@code php-64bit} and the other
 * {@code php-*} variants, {@code hhvm}, {@code composer}, {@code composer-plugin-api},
 * {@code composer-runtime-api}) and keys that are not package names give nothing; so do {@code conflict},
 * {@code replace}, {@code provide}, {@code suggest}, {@code config.platform}, scripts and everything else.
 *
 * <p>As in {@link PackageJsonExtractor}: locations are the key tokens', a repeated key is reported each time it is
 * written, an empty file gives nothing, invalid JSON or a top level that is not an object is refused at the parser's
 * line and column, and non-string entries and non-object sections are skipped.
 */
public final class ComposerJsonExtractor implements Extractor {

    private static final String FILE_NAME = "composer.json";

    private static final Map<String, Scope> SECTIONS = Map.of(
            "require", Scope.RUNTIME,
            "require-dev", Scope.DEVELOPMENT);

    // Same limits and factory settings as package.json's reader (see PackageJsonExtractor for why).
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(PackageJsonExtractor.MAX_NESTING_DEPTH)
                    .maxStringLength(PackageJsonExtractor.MAX_STRING_LENGTH)
                    .maxNameLength(PackageJsonExtractor.MAX_NAME_LENGTH)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    @Override
    public String id() {
        return "composer-json";
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
        JsonParser parser = null;
        try {
            parser = JSON.createParser(text);
            try (JsonParser open = parser) {
                return new Reader(file, open).read();
            }
        } catch (StreamConstraintsException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation()
                    : parser == null ? null : parser.currentTokenLocation();
            throw new ExtractionException(line(where), column(where), "composer.json refused: " + limit(e), e);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read composer.json: " + e.getClass().getSimpleName(), e);
        }
    }

    private static ExtractionException invalid(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String message = e.getOriginalMessage();
        String first = message == null ? "parse error" : message.lines().findFirst().orElse("parse error");
        if (first.contains("ALLOW_COMMENTS")) {
            first = "comments are not allowed in JSON";
        }
        return new ExtractionException(line(where), column(where), "invalid JSON: " + first.strip(), e);
    }

    private static String limit(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("nesting depth")) {
            return "nested deeper than " + PackageJsonExtractor.MAX_NESTING_DEPTH + " levels";
        } else if (message.contains("Name length")) {
            return "a key longer than " + PackageJsonExtractor.MAX_NAME_LENGTH + " characters";
        } else if (message.contains("String value length")) {
            return "a string longer than " + PackageJsonExtractor.MAX_STRING_LENGTH + " characters";
        }
        return "too large";
    }

    private static int line(JsonLocation where) {
        return where == null ? 1 : where.getLineNr();
    }

    private static int column(JsonLocation where) {
        return where == null ? 1 : where.getColumnNr();
    }

    /** One pass over one file's tokens. */
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
                throw refuse("composer.json must be a JSON object, found " + describe(first));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Scope scope = SECTIONS.get(parser.currentName());
                if (parser.nextToken() == JsonToken.START_OBJECT && scope != null) {
                    readRequirements(scope);
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

        private void readRequirements(Scope scope) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation where = parser.currentTokenLocation();
                Location at = file.location(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    parser.skipChildren();
                    continue;
                }
                Evidence evidence = requirement(key, parser.getText(), at, scope);
                if (evidence != null) {
                    found.add(evidence);
                }
            }
        }

        private ExtractionException refuse(String message) {
            JsonLocation where = parser.currentTokenLocation();
            return new ExtractionException(line(where), column(where), message);
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.name().toLowerCase(Locale.ROOT);
            };
        }
    }

    /** One require entry, or null for a platform package that is not evidence or a key that names no package. */
    static Evidence requirement(String key, String constraint, Location at, Scope scope) {
        String version = constraint.isBlank() ? null : constraint;
        String value = version == null ? key : key + " " + version;
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.equals("php")) {
            return new Evidence(EvidenceKind.RUNTIME, "runtime", "php", version, at, value, scope, List.of());
        }
        if (lower.startsWith("ext-") && lower.length() > 4 && isToken(lower)) {
            return Evidence.ofPackage("composer", key, version, at, value, scope);
        }
        int slash = key.indexOf('/');
        boolean vendorPackage = slash > 0 && slash < key.length() - 1 && key.indexOf('/', slash + 1) < 0
                && isToken(key);
        return vendorPackage ? Evidence.ofPackage("composer", key, version, at, value, scope) : null;
    }

    /** No spaces or control characters: Composer names are [a-z0-9_.-] words (and one slash). */
    private static boolean isToken(String name) {
        return name.chars().allMatch(c -> c > ' ' && c != 0x7f && c != '"' && c != '\\' && c != ':' && c != '@');
    }
}
