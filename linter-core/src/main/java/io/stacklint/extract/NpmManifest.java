package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a package.json beside a JavaScript lockfile declares, for telling direct dependencies from transitive ones. */
final class NpmManifest {

    private NpmManifest() {
    }

    /**
     * The dependency names and specs of a package.json, all four sections ({@code dependencies},
     * {@code devDependencies}, {@code optionalDependencies}, {@code peerDependencies}) in file order; empty when the
     * manifest cannot be read (its own extractor reports why).
     */
    static Map<String, List<String>> dependencies(SourceFile manifest) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try {
            JsonTrees.readObject(manifest, "package.json", parser -> {
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String section = parser.currentName();
                    com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
                    if (value == com.fasterxml.jackson.core.JsonToken.START_OBJECT && MANIFEST_SECTIONS.contains(section)) {
                        JsonTrees.stringFields(manifest, parser,
                                (key, spec, at) -> found.computeIfAbsent(key, k -> new ArrayList<>()).add(spec));
                    } else {
                        parser.skipChildren();
                    }
                }
                return null;
            });
        } catch (ExtractionException e) {
            return Map.of();
        }
        return found;
    }

    private static final Set<String> MANIFEST_SECTIONS =
            Set.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies");
}
