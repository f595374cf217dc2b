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
        return JsonTrees.readObject(file, FILE_NAME, parser -> sections(file, parser)).orElse(List.of());
    }

    private static List<Evidence> sections(SourceFile file, JsonParser parser) throws IOException {
        List<Evidence> found = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Scope scope = SECTIONS.get(parser.currentName());
            if (parser.nextToken() == JsonToken.START_OBJECT && scope != null) {
                JsonTrees.stringFields(file, parser, (key, constraint, at) -> {
                    Evidence evidence = requirement(key, constraint, at, scope);
                    if (evidence != null) {
                        found.add(evidence);
                    }
                });
            } else {
                parser.skipChildren();
            }
        }
        return List.copyOf(found);
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
