package io.stacklint.engine;

import java.util.List;
import java.util.Objects;

/**
 * The port for "the resolved dependency graph of this pom": what a build tool already knows about the Maven
 * dependencies a POM brings in only through other dependencies. The Maven plugin implements it with the graph
 * Maven resolved for the project; the engine turns each entry into transitive evidence at the line of the direct
 * dependency that brings it.
 */
@FunctionalInterface
public interface DependencyGraph {

    /** No graph: only what the files declare. */
    DependencyGraph NONE = pom -> List.of();

    /**
     * The dependencies the POM brings in transitively.
     *
     * @param pom the POM's path relative to the scanned root, with {@code /} separators ({@code pom.xml})
     * @return its transitive dependencies, none for a POM the graph does not know
     */
    List<Dependency> transitive(String pom);

    /**
     * One dependency reached through others.
     *
     * @param groupId    its group
     * @param artifactId its artifact
     * @param version    the version resolved for it
     * @param via        the path from the direct dependency down to this one, each {@code groupId:artifactId:version};
     *                   the first is the direct dependency, the last this one
     */
    record Dependency(String groupId, String artifactId, String version, List<String> via) {

        public Dependency {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
            via = List.copyOf(via);
            if (via.size() < 2) {
                throw new IllegalArgumentException("a transitive dependency is reached through another: " + via);
            }
        }

        /** {@code groupId:artifactId}, the name Maven evidence carries. */
        public String coordinates() {
            return groupId + ":" + artifactId;
        }

        /** {@code groupId:artifactId} of the direct dependency that brings it in. */
        String direct() {
            String first = via.get(0);
            int second = first.indexOf(':', first.indexOf(':') + 1);
            return second < 0 ? first : first.substring(0, second);
        }
    }
}
