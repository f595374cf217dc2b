package io.stacklint.cli.maven;

import io.stacklint.engine.DependencyGraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CLI's {@link DependencyGraph}: each scanned {@code pom.xml}'s effective model, then its dependency graph
 * collected with Maven Resolver (POMs only, never jars), as Maven would for the project. Nothing is loaded or read
 * until the engine asks for a POM, so a scan without transitive reporting never loads the resolver; what was resolved
 * is cached per effective POM, so a second run does not touch the resolver either.
 */
public final class MavenResolverGraph implements DependencyGraph, AutoCloseable {

    private final Path root;
    private final Options options;
    private final Map<String, Resolved> resolved = new HashMap<>();
    private Resolution resolution;

    /**
     * How to reach repositories.
     *
     * @param settings  a settings.xml named explicitly ({@code --maven-settings}); else {@code ~/.m2/settings.xml}
     * @param offline   only the local repository (and file:// repositories) are read
     * @param cacheDir  where resolved graphs are kept between runs
     * @param userHome  the home folder holding {@code .m2}
     */
    public record Options(Optional<Path> settings, boolean offline, Path cacheDir, Path userHome) {
    }

    /** A graph of the POMs under {@code root}, the scanned folder. */
    public MavenResolverGraph(Path root, Options options) {
        this.root = root;
        this.options = options;
    }

    @Override
    public synchronized List<Dependency> transitive(String pom) {
        return resolve(pom).dependencies();
    }

    @Override
    public synchronized List<Problem> problems(String pom) {
        return resolve(pom).problems();
    }

    private Resolved resolve(String pom) {
        return resolved.computeIfAbsent(pom, path -> {
            if (resolution == null) {
                resolution = new Resolution(options);
            }
            return resolution.resolve(root.resolve(path));
        });
    }

    @Override
    public synchronized void close() {
        if (resolution != null) {
            resolution.close();
        }
    }

    /** What one POM brings in, and what could not be resolved. */
    record Resolved(List<Dependency> dependencies, List<Problem> problems) {

        Resolved {
            dependencies = List.copyOf(dependencies);
            problems = List.copyOf(problems);
        }

        static Resolved failed(String reason) {
            return new Resolved(List.of(), List.of(new Problem(List.of(), reason)));
        }
    }
}
