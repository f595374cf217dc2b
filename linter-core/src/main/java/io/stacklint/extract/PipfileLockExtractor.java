package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a Pipenv {@code Pipfile.lock} beside its {@code Pipfile}: every locked package the Pipfile does not declare,
 * as pypi evidence in scope transitive. Pipfile.lock records no edges, so {@code via} is empty.
 *
 * <p>The {@code default} and {@code develop} objects map package names to their pins; the version is the pin
 * without its {@code ==} ({@code null} for a git or path entry). The direct dependencies are the Pipfile's
 * {@code packages} and {@code dev-packages}, read through {@link PipfileExtractor} and compared after PEP 503
 * normalisation. A package locked in both sections is reported once, at its first key.
 */
public final class PipfileLockExtractor implements LockfileExtractor {

    private static final Set<String> SECTIONS = Set.of("default", "develop");

    @Override
    public String id() {
        return "pipfile-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.substring(path.lastIndexOf('/') + 1).equals("Pipfile.lock");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, "Pipfile")) {
            return List.of();
        }
        Set<String> direct = PyLocks.directNames(file.resolve("Pipfile"), new PipfileExtractor()).orElse(Set.of());
        return JsonTrees.readObject(file, "Pipfile.lock", parser -> read(file, parser, direct)).orElse(List.of());
    }

    private static List<Evidence> read(SourceFile file, JsonParser parser, Set<String> direct) throws IOException {
        List<Evidence> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(direct);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String section = parser.currentName();
            if (parser.nextToken() != JsonToken.START_OBJECT || !SECTIONS.contains(section)) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Location at = JsonTrees.location(file, parser);
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                String version = version(parser);
                if (seen.add(PyLocks.normalize(name))) {
                    String value = version == null ? name : name + "@" + version;
                    found.add(new Evidence(EvidenceKind.PACKAGE, "pypi", name, version, at, value,
                            Scope.TRANSITIVE, List.of()));
                }
            }
        }
        return found;
    }

    /** The pin of one entry, without {@code ==}; null when it has none (git, path, editable). */
    private static String version(JsonParser parser) throws IOException {
        String version = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("version") && value == JsonToken.VALUE_STRING) {
                String pin = parser.getText().strip();
                version = pin.startsWith("===") ? pin.substring(3) : pin.startsWith("==") ? pin.substring(2) : pin;
                version = version.isBlank() || version.equals("*") ? null : version.strip();
            } else {
                parser.skipChildren();
            }
        }
        return version;
    }
}
