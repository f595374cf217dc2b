package io.stacklint.maven;

import io.stacklint.engine.DependencyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;

/**
 * The {@link DependencyGraph} of one project, read from the graph Maven already resolved for it
 * ({@code project.getArtifacts()} and their dependency trails). Never a second resolver: Maven hides its own from
 * plugins, and the project's graph is the one the build really uses (mediation, exclusions, management applied).
 */
final class MavenDependencyGraph implements DependencyGraph {

    private final List<Dependency> transitive;

    private MavenDependencyGraph(List<Dependency> transitive) {
        this.transitive = List.copyOf(transitive);
    }

    /** The transitive part of a project's resolved artifacts: those whose trail passes through another. */
    static MavenDependencyGraph of(Set<Artifact> artifacts) {
        List<Dependency> transitive = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            List<String> trail = artifact.getDependencyTrail();
            // The trail starts with the project itself and ends with the artifact: three or more is transitive.
            if (trail == null || trail.size() < 3) {
                continue;
            }
            List<String> via = trail.subList(1, trail.size()).stream().map(MavenDependencyGraph::gav).toList();
            transitive.add(new Dependency(artifact.getGroupId(), artifact.getArtifactId(), artifact.getVersion(),
                    via));
        }
        return new MavenDependencyGraph(transitive);
    }

    /** Only the project's own POM, at the root of its scan, has this graph. */
    @Override
    public List<Dependency> transitive(String pom) {
        return pom.equals("pom.xml") ? transitive : List.of();
    }

    /** {@code g:a:type[:classifier]:v} as a trail writes it, to {@code g:a:v}. */
    static String gav(String trailEntry) {
        String[] parts = trailEntry.split(":");
        if (parts.length < 4) {
            return trailEntry;
        }
        return parts[0] + ":" + parts[1] + ":" + parts[parts.length - 1];
    }
}
