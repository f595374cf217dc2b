package io.stacklint.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a NuGet {@code packages.lock.json}: every package a project gets through another one, as nuget evidence in
 * scope transitive with its path from a direct dependency.
 *
 * <p>The lockfile ({@code version} 1 or 2) lists under {@code dependencies} one object per target framework (and
 * runtime, {@code net8.0/linux-x64}), each package keyed by its id with a {@code type}: {@code Direct} packages (the
 * project file's references) and {@code Project} references are where paths start and are not reported;
 * {@code Transitive} and {@code CentralTransitive} packages are reported with their {@code resolved} version, once
 * per id and version, at their first key. Edges are each package's {@code dependencies}, matched by id (case
 * insensitive) within the same target.
 *
 * <p>The lockfile lies in its project's folder, but a folder cannot be listed: it is read when the project file
 * named after the folder resolves ({@code Api/Api.csproj}, {@code .fsproj}, {@code .vbproj}), and otherwise too,
 * unless it lies under a test fixtures folder ({@code fixtures}, {@code __fixtures__}, {@code testdata}), where it is
 * taken for sample data and left with a note.
 */
public final class NugetLockExtractor implements LockfileExtractor {

    private static final String ECOSYSTEM = "nuget";
    private static final String FILE_NAME = "packages.lock.json";
    private static final List<String> PROJECT_EXTENSIONS = List.of(".csproj", ".fsproj", ".vbproj");
    private static final Set<String> FIXTURE_FOLDERS = Set.of("fixtures", "__fixtures__", "testdata", "test-data");
    private static final Set<String> REPORTED_TYPES = Set.of("transitive", "centraltransitive");
    private static final Set<String> ROOT_TYPES = Set.of("direct", "project");

    @Override
    public String id() {
        return "nuget-lock";
    }

    @Override
    public boolean accepts(String path) {
        return path.equals(FILE_NAME) || path.endsWith("/" + FILE_NAME);
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!besideProject(file)) {
            return List.of();
        }
        List<List<Locked>> targets = JsonTrees.readObject(file, FILE_NAME, parser -> read(file, parser))
                .orElse(List.of());
        LockGraph graph = new LockGraph(ECOSYSTEM);
        for (List<Locked> target : targets) {
            Map<String, Integer> byId = new HashMap<>();
            int first = graph.size();
            for (Locked locked : target) {
                String type = locked.type() == null ? "" : locked.type().toLowerCase(Locale.ROOT);
                int index = graph.add(locked.id(), locked.version(), locked.at(), REPORTED_TYPES.contains(type));
                byId.putIfAbsent(key(locked.id()), index);
                if (ROOT_TYPES.contains(type)) {
                    graph.direct(index);
                }
            }
            for (int i = 0; i < target.size(); i++) {
                for (String dependency : target.get(i).dependencies()) {
                    Integer to = byId.get(key(dependency));
                    if (to != null) {
                        graph.edge(first + i, to);
                    }
                }
            }
        }
        return graph.evidence();
    }

    /** One package of one target, where its key is, and the ids it depends on. */
    private record Locked(String id, String type, String version, Location at, List<String> dependencies) {
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    /** Whether the lockfile is taken for a project's: see the class comment; a note when it is not. */
    private static boolean besideProject(SourceFile file) {
        String[] folders = file.path().split("/");
        if (folders.length >= 2) {
            String folder = folders[folders.length - 2];
            for (String extension : PROJECT_EXTENSIONS) {
                if (file.resolve(folder + extension).isPresent()) {
                    return true;
                }
            }
        }
        for (int i = 0; i < folders.length - 1; i++) {
            if (FIXTURE_FOLDERS.contains(folders[i].toLowerCase(Locale.ROOT))) {
                file.note(1, 1, "no project file named after its folder beside this lockfile under a fixtures"
                        + " folder; it is not read");
                return false;
            }
        }
        return true;
    }

    private static List<List<Locked>> read(SourceFile file, JsonParser parser) throws IOException {
        List<List<Locked>> targets = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("dependencies") && value == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        targets.add(target(file, parser));
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return targets;
    }

    /** Reads the packages of the target object the parser has just opened. */
    private static List<Locked> target(SourceFile file, JsonParser parser) throws IOException {
        List<Locked> found = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            Location at = JsonTrees.location(file, parser);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            String type = null;
            String version = null;
            List<String> dependencies = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("type") && value == JsonToken.VALUE_STRING) {
                    type = parser.getText();
                } else if (field.equals("resolved") && value == JsonToken.VALUE_STRING) {
                    version = parser.getText();
                } else if (field.equals("dependencies") && value == JsonToken.START_OBJECT) {
                    JsonTrees.stringFields(file, parser, (name, range, where) -> dependencies.add(name));
                } else {
                    parser.skipChildren();
                }
            }
            if (!id.isBlank()) {
                found.add(new Locked(id, type, version, at, dependencies));
            }
        }
        return found;
    }
}
