package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code composer.lock} beside its {@code composer.json}: every package the project gets through another
 * one, as composer evidence in scope transitive with its path from a direct dependency.
 *
 * <p>Packages come from {@code packages} and {@code packages-dev}, each located at its {@code name} key; their
 * {@code require} entries are the edges (a name another package {@code replace}s or {@code provide}s leads to that
 * package). The direct dependencies are those {@link ComposerJsonExtractor} reads from the manifest. {@code php} and
 * other platform requirements are not packages; a PHP extension a locked package requires ({@code ext-pdo_mysql})
 * is reported as a composer package named as written, with the constraint as version, at its key in that
 * {@code require}, unless the manifest requires it itself. When composer.json cannot be read nothing is reported:
 * its own extractor says why.
 */
public final class ComposerLockExtractor implements LockfileExtractor {

    private static final String ECOSYSTEM = "composer";
    private static final String FILE_NAME = "composer.lock";
    private static final String MANIFEST = "composer.json";
    private static final Set<String> SECTIONS = Set.of("packages", "packages-dev");
    private static final String EXTENSION = "ext-";

    @Override
    public String id() {
        return "composer-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, MANIFEST)) {
            return List.of();
        }
        List<Locked> packages = JsonTrees.readObject(file, FILE_NAME, parser -> read(file, parser))
                .orElse(List.of());
        Set<String> direct = directNames(file);
        if (direct == null) {
            return List.of();
        }
        LockGraph graph = new LockGraph(ECOSYSTEM);
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> byAlias = new HashMap<>();
        for (Locked locked : packages) {
            int index = graph.add(locked.name(), locked.version(), locked.at(), true);
            byName.putIfAbsent(key(locked.name()), index);
            locked.aliases().forEach(alias -> byAlias.putIfAbsent(key(alias), index));
            if (direct.contains(key(locked.name()))) {
                graph.direct(index);
            }
        }
        for (int i = 0; i < packages.size(); i++) {
            for (Requirement requirement : packages.get(i).requires()) {
                String name = key(requirement.name());
                if (name.startsWith(EXTENSION)) {
                    int extension = graph.add(requirement.name(), requirement.constraint(), requirement.at(),
                            !direct.contains(name));
                    graph.edge(i, extension);
                    continue;
                }
                Integer target = byName.containsKey(name) ? byName.get(name) : byAlias.get(name);
                if (target != null) {
                    graph.edge(i, target);
                }
            }
        }
        return graph.evidence();
    }

    /** One locked package: where its name is, its requirements, and the names it replaces or provides. */
    private record Locked(String name, String version, Location at, List<Requirement> requires,
            List<String> aliases) {
    }

    private record Requirement(String name, String constraint, Location at) {
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The manifest's require and require-dev names, lowercased; null when it cannot be read (its own extractor
     * reports why), since then nothing tells a direct package from a transitive one.
     */
    private static Set<String> directNames(SourceFile file) {
        SourceFile manifest = file.resolve(MANIFEST).orElse(null);
        if (manifest == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        try {
            new ComposerJsonExtractor().extract(manifest).forEach(e -> names.add(key(e.name())));
        } catch (ExtractionException e) {
            return null;
        }
        return names;
    }

    private static List<Locked> read(SourceFile file, JsonParser parser) throws IOException, ExtractionException {
        List<Locked> found = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (SECTIONS.contains(field) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == JsonToken.START_OBJECT) {
                        Locked locked = lockedPackage(file, parser);
                        if (locked != null) {
                            found.add(locked);
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    /** Reads the package object the parser has just opened; null when it names no package. */
    private static Locked lockedPackage(SourceFile file, JsonParser parser) throws IOException {
        String name = null;
        String version = null;
        Location at = null;
        List<Requirement> requires = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            Location fieldAt = JsonTrees.location(file, parser);
            JsonToken value = parser.nextToken();
            switch (field) {
                case "name" -> {
                    if (value == JsonToken.VALUE_STRING && name == null) {
                        name = parser.getText();
                        at = fieldAt;
                    }
                }
                case "version" -> version = value == JsonToken.VALUE_STRING ? parser.getText() : version;
                case "require" -> {
                    if (value == JsonToken.START_OBJECT) {
                        JsonTrees.stringFields(file, parser,
                                (key, constraint, keyAt) -> requires.add(new Requirement(key, constraint, keyAt)));
                    } else {
                        parser.skipChildren();
                    }
                }
                case "replace", "provide" -> {
                    if (value == JsonToken.START_OBJECT) {
                        JsonTrees.stringFields(file, parser, (key, constraint, keyAt) -> aliases.add(key));
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return name == null || name.isBlank() ? null : new Locked(name, version, at, requires, aliases);
    }
}
