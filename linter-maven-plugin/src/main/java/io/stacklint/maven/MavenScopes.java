package io.stacklint.maven;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * {@code stack.includeScopes}: the Maven scopes whose dependencies count, read from the scope Maven resolved for
 * each artifact of the project (a transitive artifact has the scope it reaches the project with). Evidence that is
 * not one of the project's resolved artifacts (plugins, other files) always counts.
 */
final class MavenScopes {

    static final String DEFAULT = "compile,runtime,provided,test";
    private static final Set<String> KNOWN = Set.of("compile", "runtime", "provided", "test", "system");

    private final Set<String> included;
    private final Map<String, String> scopeByCoordinates;

    private MavenScopes(Set<String> included, Map<String, String> scopeByCoordinates) {
        this.included = included;
        this.scopeByCoordinates = scopeByCoordinates;
    }

    static MavenScopes of(String includeScopes, Set<Artifact> artifacts) throws MojoExecutionException {
        Set<String> included = new LinkedHashSet<>();
        for (String name : (includeScopes == null ? DEFAULT : includeScopes).split(",")) {
            String scope = name.trim().toLowerCase(Locale.ROOT);
            if (scope.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(scope)) {
                throw new MojoExecutionException("stack.includeScopes: unknown scope '" + scope
                        + "'; scopes are compile, runtime, provided, test, system");
            }
            included.add(scope);
        }
        Map<String, String> scopes = new HashMap<>();
        for (Artifact artifact : artifacts) {
            if (artifact.getScope() != null) {
                scopes.put(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getScope());
            }
        }
        return new MavenScopes(included, scopes);
    }

    /** The Maven scope of the project's dependency this evidence is, or null when it is none of them. */
    String scopeOf(Evidence evidence) {
        if (!"maven".equals(evidence.ecosystem()) || !evidence.location().path().equals("pom.xml")) {
            return null;
        }
        String resolved = scopeByCoordinates.get(evidence.name());
        if (resolved == null && evidence.scope() == Scope.TEST) {
            return "test";
        }
        return resolved;
    }

    private boolean counts(Evidence evidence) {
        String scope = scopeOf(evidence);
        return scope == null || included.contains(scope);
    }

    /** True when every piece of evidence behind the finding is a test-scoped dependency. */
    boolean testOnly(Report report, Finding finding) {
        List<Evidence> behind = behind(report, finding);
        return !behind.isEmpty() && behind.stream().allMatch(e -> "test".equals(scopeOf(e)));
    }

    /** The report without the dependencies of excluded scopes: their evidence, findings and emptied detections. */
    Report filter(Report report) {
        if (included.containsAll(KNOWN)) {
            return report;
        }
        List<Detection> technologies = new ArrayList<>();
        for (Detection detection : report.technologies()) {
            List<Evidence> kept = detection.evidence().stream().filter(this::counts).toList();
            if (!kept.isEmpty()) {
                technologies.add(new Detection(detection.technology(), detection.rating(), detection.versions(),
                        kept, detection.ratingsAt()));
            }
        }
        List<Finding> findings = report.findings().stream()
                .filter(f -> {
                    // a finding with no evidence behind it (an expired waiver) is no dependency's
                    List<Evidence> behind = behind(report, f);
                    return behind.isEmpty() || behind.stream().anyMatch(this::counts);
                })
                .toList();
        return new Report(report.kind(), report.toolVersion(), report.target(), report.failOn(), technologies,
                findings, report.diagnostics());
    }

    private static List<Evidence> behind(Report report, Finding finding) {
        return report.technologies().stream()
                .filter(d -> d.id().equals(finding.technology()))
                .flatMap(d -> d.evidence().stream())
                .filter(e -> e.location().equals(finding.location()))
                .toList();
    }
}
