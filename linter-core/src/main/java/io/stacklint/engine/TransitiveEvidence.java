package io.stacklint.engine;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link DependencyGraph} into evidence: each transitive Maven dependency of a scanned POM points at the
 * line of the direct dependency that brings it (the line a developer edits to get rid of it), with the path down.
 */
final class TransitiveEvidence {

    private static final String MAVEN = "maven";

    private TransitiveEvidence() {
    }

    static List<Evidence> of(List<Evidence> scanned, DependencyGraph graph) {
        if (graph == DependencyGraph.NONE) {
            return List.of();
        }
        Set<String> poms = new LinkedHashSet<>();
        for (Evidence evidence : scanned) {
            String path = evidence.location().path();
            if (MAVEN.equals(evidence.ecosystem()) && (path.equals("pom.xml") || path.endsWith("/pom.xml"))) {
                poms.add(path);
            }
        }
        List<Evidence> transitive = new ArrayList<>();
        for (String pom : poms) {
            for (DependencyGraph.Dependency dependency : graph.transitive(pom)) {
                Location where = declaration(scanned, pom, dependency.direct())
                        .orElse(Location.fileStart(pom));
                transitive.add(new Evidence(EvidenceKind.PACKAGE, MAVEN, dependency.coordinates(),
                        dependency.version(), where, String.join(" -> ", dependency.via()), Scope.TRANSITIVE,
                        dependency.via()));
            }
        }
        return transitive;
    }

    /** Where the POM declares the direct dependency: a real dependency before a managed one or a plugin's. */
    private static Optional<Location> declaration(List<Evidence> scanned, String pom, String coordinates) {
        return scanned.stream()
                .filter(e -> MAVEN.equals(e.ecosystem()) && e.location().path().equals(pom)
                        && e.name().equals(coordinates))
                .min(Comparator.comparing((Evidence e) -> e.scope() == Scope.BUILD).thenComparing(Evidence::location))
                .map(Evidence::location);
    }
}
