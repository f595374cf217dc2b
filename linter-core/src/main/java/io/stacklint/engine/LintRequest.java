package io.stacklint.engine;

import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a front end asks the engine for. Options left empty come from the repository's configuration, then the
 * defaults.
 *
 * @param kind     the command being answered
 * @param root     the folder to scan
 * @param config   a configuration file named explicitly ({@code --config}); else {@code .stacklint.yml} in the root
 * @param failOn   a fail threshold that overrides the configuration ({@code --fail-on})
 * @param radars   radars named on the command line ({@code --radar}, later wins); when any is given they replace
 *                 the configuration's {@code radars}
 * @param offline  radars at URLs come from the cache only
 * @param revision a git revision of the repository at or above {@code root} to read instead of the folder
 *                 ({@code --rev}); the working folder is then never read
 * @param exclude  paths (.gitignore syntax) the front end leaves to another run, on top of the configuration's:
 *                 the Maven plugin leaves each module's folder to that module's own execution
 * @param graph    what the build tool resolved for the POMs scanned; {@link DependencyGraph#NONE} for none
 * @param transitive whether technologies reached only through other dependencies are reported
 *                 ({@code --transitive}); empty leaves it to the configuration, which defaults to no
 */
public record LintRequest(ReportKind kind, Path root, Optional<Path> config, Optional<Ring> failOn,
        List<String> radars, boolean offline, Optional<String> revision, List<String> exclude,
        DependencyGraph graph, Optional<Boolean> transitive) {

    public LintRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(transitive, "transitive");
        radars = List.copyOf(radars);
        exclude = List.copyOf(exclude);
    }

    /** A request for the folder itself, with the configuration's radars, no dependency graph. */
    public LintRequest(ReportKind kind, Path root, Optional<Path> config, Optional<Ring> failOn) {
        this(kind, root, config, failOn, List.of(), false, Optional.empty(), List.of(), DependencyGraph.NONE,
                Optional.empty());
    }

    /** A request with the command line's radars and revision. */
    public LintRequest(ReportKind kind, Path root, Optional<Path> config, Optional<Ring> failOn,
            List<String> radars, boolean offline, Optional<String> revision) {
        this(kind, root, config, failOn, radars, offline, revision, List.of(), DependencyGraph.NONE,
                Optional.empty());
    }

    /** A check of {@code root} with everything else from its configuration. */
    public static LintRequest check(Path root) {
        return new LintRequest(ReportKind.CHECK, root, Optional.empty(), Optional.empty());
    }

    public LintRequest withConfig(Path file) {
        return new LintRequest(kind, root, Optional.of(file), failOn, radars, offline, revision, exclude,
                graph, transitive);
    }

    public LintRequest withFailOn(Ring ring) {
        return new LintRequest(kind, root, config, Optional.of(ring), radars, offline, revision, exclude,
                graph, transitive);
    }

    public LintRequest withRadars(List<String> references, boolean offlineOnly) {
        return new LintRequest(kind, root, config, failOn, references, offlineOnly, revision, exclude,
                graph, transitive);
    }

    public LintRequest withRevision(String rev) {
        return new LintRequest(kind, root, config, failOn, radars, offline, Optional.of(rev), exclude,
                graph, transitive);
    }

    public LintRequest withExclude(List<String> patterns) {
        return new LintRequest(kind, root, config, failOn, radars, offline, revision, patterns,
                graph, transitive);
    }

    public LintRequest withTransitive(boolean reported) {
        return new LintRequest(kind, root, config, failOn, radars, offline, revision, exclude, graph,
                Optional.of(reported));
    }

    public LintRequest withGraph(DependencyGraph dependencies) {
        return new LintRequest(kind, root, config, failOn, radars, offline, revision, exclude,
                dependencies, transitive);
    }
}
