package io.stacklint.cli;

import io.stacklint.cli.maven.MavenResolverGraph;
import io.stacklint.engine.DependencyGraph;
import io.stacklint.radar.HttpsRadarFetcher;
import io.stacklint.report.Environment;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Maven dependency graph a scan gets, closed when the scan ends. This class names the resolver's graph but none
 * of Maven Resolver's types, so a scan that never asks for transitive dependencies never loads them.
 */
final class MavenGraphs implements AutoCloseable {

    private final DependencyGraph graph;
    private final AutoCloseable resources;

    private MavenGraphs(DependencyGraph graph, AutoCloseable resources) {
        this.graph = graph;
        this.resources = resources;
    }

    static MavenGraphs none() {
        return new MavenGraphs(DependencyGraph.NONE, () -> { });
    }

    /** Under --rev the POMs are git objects the resolver cannot read: each scanned POM gets a warning instead. */
    static MavenGraphs notAtRevision() {
        DependencyGraph graph = new DependencyGraph() {
            @Override
            public List<Dependency> transitive(String pom) {
                return List.of();
            }

            @Override
            public List<Problem> problems(String pom) {
                return List.of(new Problem(List.of(), "Maven dependencies are not resolved at a --rev revision;"
                        + " scan a checkout of it"));
            }
        };
        return new MavenGraphs(graph, () -> { });
    }

    static MavenGraphs resolver(Path root, Optional<Path> settings, boolean offline, Environment environment) {
        Path home = Path.of(System.getProperty("user.home", "."));
        Map<String, String> variables = new HashMap<>();
        for (String name : List.of("XDG_CACHE_HOME", "LOCALAPPDATA")) {
            environment.get(name).ifPresent(value -> variables.put(name, value));
        }
        // beside the radar cache: <cache>/stacklint/maven
        Path cache = HttpsRadarFetcher.defaultCacheDir(variables, System.getProperty("os.name", ""), home)
                .resolveSibling("maven");
        MavenResolverGraph graph = new MavenResolverGraph(root,
                new MavenResolverGraph.Options(settings, offline, cache, home));
        return new MavenGraphs(graph, graph);
    }

    DependencyGraph graph() {
        return graph;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            // releasing the resolver's session at exit: nothing the report depends on
        }
    }
}
