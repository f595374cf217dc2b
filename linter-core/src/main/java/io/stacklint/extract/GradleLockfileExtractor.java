package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a Gradle dependency lock state, {@code gradle.lockfile} or {@code buildscript-gradle.lockfile}, beside its
 * {@code build.gradle} or {@code build.gradle.kts}: every locked module the build script does not declare itself,
 * as maven evidence {@code group:artifact} with its locked version, in scope transitive.
 *
 * <p>Each line is {@code group:artifact:version=configuration,configuration}; {@code #} lines are comments and the
 * {@code empty=} line lists configurations that lock nothing. The direct dependencies are the maven packages
 * {@link GradleBuildExtractor} reads from the build script (including {@code buildscript} classpath entries); when
 * the script cannot be read nothing is reported, since then nothing tells a direct module from a transitive one.
 * The lock state records no edges, so {@code via} is empty. A line of another shape is refused, as Gradle refuses it.
 */
public final class GradleLockfileExtractor implements LockfileExtractor {

    private static final Set<String> FILE_NAMES = Set.of("gradle.lockfile", "buildscript-gradle.lockfile");
    private static final List<String> MANIFESTS = List.of("build.gradle", "build.gradle.kts");
    private static final String ECOSYSTEM = "maven";

    @Override
    public String id() {
        return "gradle-lockfile";
    }

    @Override
    public boolean accepts(String path) {
        return FILE_NAMES.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    @Override
    public List<Evidence> extract(SourceFile file) throws ExtractionException {
        if (!LockGraph.besideManifest(file, MANIFESTS.toArray(String[]::new))) {
            return List.of();
        }
        List<Evidence> locked = new ArrayList<>();
        String text = file.text();
        int lineNumber = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String raw = text.substring(start, end);
            start = end + 1;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String coordinates = equals < 0 ? line : line.substring(0, equals);
            if (equals >= 0 && coordinates.equals("empty")) {
                continue;
            }
            String[] parts = coordinates.split(":", -1);
            if (equals < 0 || parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new ExtractionException(lineNumber, 1 + raw.indexOf(line.charAt(0)),
                        "malformed lockfile line: expected group:artifact:version=configurations");
            }
            String name = parts[0] + ":" + parts[1];
            locked.add(new Evidence(EvidenceKind.PACKAGE, ECOSYSTEM, name, parts[2],
                    file.location(lineNumber, 1 + raw.indexOf(line.charAt(0))), name + "@" + parts[2], Scope.TRANSITIVE,
                    List.of()));
        }
        Set<String> declared = declaredModules(file);
        if (declared == null) {
            return List.of();
        }
        return locked.stream().filter(e -> !declared.contains(e.name())).toList();
    }

    /** The maven modules the build script beside declares; null when it cannot be read. */
    private static Set<String> declaredModules(SourceFile file) {
        Set<String> names = new HashSet<>();
        for (String manifestName : MANIFESTS) {
            SourceFile manifest = file.resolve(manifestName).orElse(null);
            if (manifest == null) {
                continue;
            }
            try {
                new GradleBuildExtractor().extract(manifest).stream()
                        .filter(e -> e.kind() == EvidenceKind.PACKAGE && e.ecosystem().equals(ECOSYSTEM))
                        .forEach(e -> names.add(e.name()));
            } catch (ExtractionException e) {
                return null;
            }
        }
        return names;
    }
}
