package io.stacklint.engine;

import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import io.stacklint.model.Severity;
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
        List<Evidence> transitive = new ArrayList<>();
        for (String pom : poms(scanned)) {
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

    /**
     * The graph's resolution problems as warnings at the line of the direct dependency they concern (the POM's first
     * line when the POM as a whole failed). Asked after {@link #of}, as the port promises.
     */
    static List<Diagnostic> problems(List<Evidence> scanned, DependencyGraph graph) {
        if (graph == DependencyGraph.NONE) {
            return List.of();
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (String pom : poms(scanned)) {
            for (DependencyGraph.Problem problem : graph.problems(pom)) {
                List<String> via = problem.via();
                Location where = via.isEmpty() ? Location.fileStart(pom)
                        : declaration(scanned, pom, groupAndArtifact(via.get(0))).orElse(Location.fileStart(pom));
                String subject = via.isEmpty() ? "transitive dependencies not resolved"
                        : via.get(via.size() - 1) + " not resolved"
                                + (via.size() > 1 ? " (" + String.join(" -> ", via) + ")" : "");
                problems.add(new Diagnostic(Severity.WARNING, where, subject + ": " + problem.reason()));
            }
        }
        return problems;
    }

    private static Set<String> poms(List<Evidence> scanned) {
        Set<String> poms = new LinkedHashSet<>();
        for (Evidence evidence : scanned) {
            String path = evidence.location().path();
            if (MAVEN.equals(evidence.ecosystem()) && (path.equals("pom.xml") || path.endsWith("/pom.xml"))) {
                poms.add(path);
            }
        }
        return poms;
    }

    private static String groupAndArtifact(String coordinate) {
        int second = coordinate.indexOf(':', coordinate.indexOf(':') + 1);
        return second < 0 ? coordinate : coordinate.substring(0, second);
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
