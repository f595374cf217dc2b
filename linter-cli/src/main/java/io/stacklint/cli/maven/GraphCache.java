package io.stacklint.cli.maven;

import io.stacklint.cli.maven.MavenResolverGraph.Resolved;
import io.stacklint.engine.DependencyGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;

/**
 * Resolved graphs kept between runs, one small file per effective POM checksum: what decides the graph (the
 * project's coordinates, dependencies with their scopes and exclusions, dependency management, repositories)
 * hashed, so an edit that changes none of it keeps the entry. Graphs with problems are not kept: the next run tries
 * again. A cache that cannot be read or written only costs a resolution.
 */
final class GraphCache {

    private static final String FORMAT = "stacklint-maven-graph 1";

    private final Path folder;

    GraphCache(Path folder) {
        this.folder = folder;
    }

    static String key(Model model) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        text.append(model.getGroupId()).append(':').append(model.getArtifactId()).append(':')
                .append(model.getVersion()).append('\n');
        for (Dependency dependency : model.getDependencies()) {
            text.append("D ").append(describe(dependency)).append('\n');
        }
        if (model.getDependencyManagement() != null) {
            for (Dependency managed : model.getDependencyManagement().getDependencies()) {
                text.append("M ").append(describe(managed)).append('\n');
            }
        }
        for (Repository repository : model.getRepositories()) {
            text.append("R ").append(repository.getId()).append(' ').append(repository.getUrl()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String describe(Dependency dependency) {
        StringBuilder text = new StringBuilder(dependency.getManagementKey()).append(':')
                .append(dependency.getVersion()).append(':').append(dependency.getScope()).append(':')
                .append(dependency.isOptional());
        for (Exclusion exclusion : dependency.getExclusions()) {
            text.append(" -").append(exclusion.getGroupId()).append(':').append(exclusion.getArtifactId());
        }
        return text.toString();
    }

    Optional<Resolved> get(String key) {
        Path file = folder.resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
                return Optional.empty();
            }
            List<DependencyGraph.Dependency> dependencies = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> via = Arrays.asList(line.split(" "));
                String[] last = via.get(via.size() - 1).split(":");
                dependencies.add(new DependencyGraph.Dependency(last[0], last[1], last[2], via));
            }
            return Optional.of(new Resolved(dependencies, List.of()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(String key, Resolved resolved) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        for (DependencyGraph.Dependency dependency : resolved.dependencies()) {
            text.append(String.join(" ", dependency.via())).append('\n');
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs the next run a resolution, nothing more
        }
    }
}
