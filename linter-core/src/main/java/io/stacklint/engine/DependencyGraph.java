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
     * What could not be resolved for the POM (a missing artifact, no network): each becomes a warning, and the rest
     * of the graph is still reported. Asked after {@link #transitive(String)} for the same POM.
     *
     * @param pom the POM's path relative to the scanned root, with {@code /} separators
     * @return its resolution problems, none by default
     */
    default List<Problem> problems(String pom) {
        return List.of();
    }

    /**
     * A dependency that could not be resolved.
     *
     * @param via    the path from the direct dependency down to the one that failed, each
     *               {@code groupId:artifactId:version}; the first is the direct dependency, the last the one that failed
     *               (a single entry when the direct dependency itself failed); empty when the POM as a whole failed
     * @param reason why, in the resolver's words
     */
    record Problem(List<String> via, String reason) {

        public Problem {
            via = List.copyOf(via);
            Objects.requireNonNull(reason, "reason");
        }
    }

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
