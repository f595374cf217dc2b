package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Bundler lockfile ({@code Gemfile.lock} beside a {@code Gemfile}, {@code gems.locked} beside a
 * {@code gems.rb}): every gem the project gets through another one, as gem evidence in scope transitive with its
 * path from a direct dependency.
 *
 * <p>The {@code specs:} of the {@code GEM}, {@code GIT}, {@code PATH} and {@code PLUGIN SOURCE} sections give the
 * locked gems ({@code name (version)} at four spaces, a platform suffix such as {@code 1.16.3-x86_64-linux} kept as
 * part of the version) and their dependencies (a name at six spaces); {@code DEPENDENCIES} names the direct ones.
 * Gems of a {@code PATH} source are the project's own and never reported; what they depend on is reached through
 * them. Other sections ({@code PLATFORMS}, {@code CHECKSUMS}, {@code RUBY VERSION}, {@code BUNDLED WITH}) are
 * skipped. Locations are those of the gem's name on its {@code name (version)} line.
 */
public final class GemfileLockExtractor implements LockfileExtractor {

    private static final Set<String> SOURCE_SECTIONS = Set.of("GEM", "GIT", "PATH", "PLUGIN SOURCE");
    private static final String SPEC_INDENT = "    ";
    private static final String DEPENDENCY_INDENT = "      ";

    @Override
    public String id() {
        return "gemfile-lock";
    }

    @Override
    public boolean accepts(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("Gemfile.lock") || name.equals("gems.locked");
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        boolean locked = file.name().equals("gems.locked");
        String[] manifests = locked ? new String[] {"gems.rb", "Gemfile"} : new String[] {"Gemfile", "gems.rb"};
        if (!LockGraph.besideManifest(file, manifests)) {
            return List.of();
        }
        try {
            return read(file).evidence();
        } catch (RuntimeException e) {
            throw new ExtractionException(1, 1, "cannot read " + file.name() + ": " + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** One {@code name (version)} entry of a {@code specs:} block and the names it depends on. */
    private record Spec(String name, String version, Location at, boolean own, List<String> dependencies) {
    }

    private static LockGraph read(SourceFile file) throws ExtractionException {
        String text = file.text();
        List<Spec> specs = new ArrayList<>();
        List<String> direct = new ArrayList<>();
        String section = null;
        boolean inSpecs = false;
        Spec current = null;
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("<<<<<<<") || line.startsWith("=======") || line.startsWith(">>>>>>>")) {
                throw new ExtractionException(lineNumber, 1, "merge conflict marker in " + file.name());
            }
            int indent = indentOf(line);
            if (line.charAt(indent) == '\t') {
                throw new ExtractionException(lineNumber, indent + 1, "tab in indentation; Bundler indents with spaces");
            }
            if (indent == 0) {
                if (!isSectionName(line)) {
                    throw new ExtractionException(lineNumber, 1, "expected a section name such as GEM or DEPENDENCIES");
                }
                section = line;
                inSpecs = false;
                current = null;
                continue;
            }
            if (section == null) {
                throw new ExtractionException(lineNumber, indent + 1, "indented line before any section");
            }
            if (SOURCE_SECTIONS.contains(section)) {
                if (indent == 2) {
                    inSpecs = line.strip().equals("specs:");
                    current = null;
                } else if (inSpecs && indent == SPEC_INDENT.length()) {
                    current = spec(file, line, lineNumber, section.equals("PATH"));
                    specs.add(current);
                } else if (inSpecs && indent == DEPENDENCY_INDENT.length() && current != null) {
                    current.dependencies().add(name(line.strip(), lineNumber, indent + 1));
                } else if (inSpecs) {
                    throw new ExtractionException(lineNumber, indent + 1,
                            "unexpected indentation in specs: (a gem at 4 spaces, its dependencies at 6)");
                }
            } else if (section.equals("DEPENDENCIES") && indent == 2) {
                String entry = line.strip();
                if (entry.endsWith("!")) {
                    entry = entry.substring(0, entry.length() - 1);
                }
                direct.add(name(entry, lineNumber, indent + 1));
            }
        }
        return graph(specs, direct);
    }

    private static Spec spec(SourceFile file, String line, int lineNumber, boolean own) throws ExtractionException {
        String entry = line.strip();
        int open = entry.indexOf(" (");
        if (open <= 0 || !entry.endsWith(")") || open + 2 >= entry.length() - 1) {
            throw new ExtractionException(lineNumber, SPEC_INDENT.length() + 1,
                    "expected a locked gem as `name (version)`");
        }
        String name = entry.substring(0, open);
        String version = entry.substring(open + 2, entry.length() - 1);
        if (name.contains(" ") || version.contains(" ") || version.contains("(")) {
            throw new ExtractionException(lineNumber, SPEC_INDENT.length() + 1,
                    "expected a locked gem as `name (version)`");
        }
        return new Spec(name, version, file.location(lineNumber, SPEC_INDENT.length() + 1), own, new ArrayList<>());
    }

    /** The gem name of a dependency line {@code name} or {@code name (requirement)}. */
    private static String name(String entry, int lineNumber, int column) throws ExtractionException {
        int space = entry.indexOf(' ');
        String name = space < 0 ? entry : entry.substring(0, space);
        if (space >= 0 && !(entry.startsWith(" (", space) && entry.endsWith(")"))) {
            throw new ExtractionException(lineNumber, column, "expected a gem as `name` or `name (requirement)`");
        }
        return name;
    }

    private static LockGraph graph(List<Spec> specs, List<String> direct) {
        LockGraph graph = new LockGraph("gem");
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (Spec spec : specs) {
            int index = graph.add(spec.name(), spec.version(), spec.at(), !spec.own());
            byName.computeIfAbsent(spec.name(), k -> new ArrayList<>()).add(index);
        }
        for (int i = 0; i < specs.size(); i++) {
            for (String dependency : specs.get(i).dependencies()) {
                for (int target : byName.getOrDefault(dependency, List.of())) {
                    graph.edge(i, target);
                }
            }
        }
        for (String name : direct) {
            byName.getOrDefault(name, List.of()).forEach(graph::direct);
        }
        return graph;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    private static boolean isSectionName(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != ' ' && c != '_') {
                return false;
            }
        }
        return true;
    }
}
