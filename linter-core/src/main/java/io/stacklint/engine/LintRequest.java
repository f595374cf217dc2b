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
 * @param kind   the command being answered
 * @param root   the folder to scan
 * @param config a configuration file named explicitly ({@code --config}); else {@code .stacklint.yml} in the root
 * @param failOn a fail threshold that overrides the configuration ({@code --fail-on})
 * @param exclude paths (.gitignore syntax) the front end leaves to another run, on top of the configuration's:
 *                the Maven plugin leaves each module's folder to that module's own execution
 * @param graph   what the build tool resolved for the POMs scanned; {@link DependencyGraph#NONE} for none
 */
public record LintRequest(ReportKind kind, Path root, Optional<Path> config, Optional<Ring> failOn,
        List<String> exclude, DependencyGraph graph) {

    public LintRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(failOn, "failOn");
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(graph, "graph");
    }

    /** A request of files only: nothing excluded beyond the configuration, no dependency graph. */
    public LintRequest(ReportKind kind, Path root, Optional<Path> config, Optional<Ring> failOn) {
        this(kind, root, config, failOn, List.of(), DependencyGraph.NONE);
    }

    /** A check of {@code root} with everything else from its configuration. */
    public static LintRequest check(Path root) {
        return new LintRequest(ReportKind.CHECK, root, Optional.empty(), Optional.empty());
    }

    public LintRequest withConfig(Path file) {
        return new LintRequest(kind, root, Optional.of(file), failOn, exclude, graph);
    }

    public LintRequest withFailOn(Ring ring) {
        return new LintRequest(kind, root, config, Optional.of(ring), exclude, graph);
    }

    public LintRequest withExclude(List<String> patterns) {
        return new LintRequest(kind, root, config, failOn, patterns, graph);
    }

    public LintRequest withGraph(DependencyGraph dependencies) {
        return new LintRequest(kind, root, config, failOn, exclude, dependencies);
    }
}
