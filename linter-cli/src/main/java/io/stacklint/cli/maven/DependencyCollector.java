package io.stacklint.cli.maven;

import io.stacklint.cli.maven.MavenResolverGraph.Resolved;
import io.stacklint.engine.DependencyGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Model;
import org.eclipse.aether.RequestTrace;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.CollectStepData;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.resolution.ArtifactDescriptorException;

/**
 * Collects an effective model's dependency graph with Maven Resolver: POMs only, never jars. The session's Maven 3
 * rules apply: test and provided dependencies are not transitive, optional ones stop at their first level,
 * exclusions and dependency management hold, the nearest version wins.
 */
final class DependencyCollector {

    private final RepositoryAccess access;

    DependencyCollector(RepositoryAccess access) {
        this.access = access;
    }

    Resolved collect(Model model) {
        CollectRequest request = new CollectRequest();
        request.setRootArtifact(new DefaultArtifact(model.getGroupId(), model.getArtifactId(), "pom",
                model.getVersion()));
        for (org.apache.maven.model.Dependency dependency : model.getDependencies()) {
            if (!"system".equals(dependency.getScope())) {
                request.addDependency(dependency(dependency));
            }
        }
        if (model.getDependencyManagement() != null) {
            for (org.apache.maven.model.Dependency managed : model.getDependencyManagement().getDependencies()) {
                request.addManagedDependency(dependency(managed));
            }
        }
        request.setRepositories(access.repositories(EffectiveModels.repositories(model.getRepositories())));
        request.setRequestContext("project");
        CollectResult result;
        try {
            result = access.system().collectDependencies(access.session(), request);
        } catch (DependencyCollectionException e) {
            result = e.getResult();
        }
        return new Resolved(walk(result.getRoot()), problems(result));
    }

    private Dependency dependency(org.apache.maven.model.Dependency declared) {
        String type = declared.getType() == null ? "jar" : declared.getType();
        ArtifactType stereotype = access.session().getArtifactTypeRegistry().get(type);
        if (stereotype == null) {
            stereotype = new DefaultArtifactType(type);
        }
        String classifier = declared.getClassifier() == null || declared.getClassifier().isEmpty()
                ? stereotype.getClassifier() : declared.getClassifier();
        Artifact artifact = new DefaultArtifact(declared.getGroupId(), declared.getArtifactId(), classifier,
                stereotype.getExtension(), declared.getVersion(), stereotype);
        List<Exclusion> exclusions = declared.getExclusions().stream()
                .map(e -> new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*"))
                .toList();
        return new Dependency(artifact, declared.getScope(), declared.isOptional(), exclusions);
    }

    /** Breadth first from each direct dependency, so each dependency is reported once, by its shortest path. */
    private static List<DependencyGraph.Dependency> walk(DependencyNode root) {
        List<DependencyGraph.Dependency> found = new ArrayList<>();
        if (root == null) {
            return found;
        }
        Set<String> seen = new HashSet<>();
        Deque<List<DependencyNode>> queue = new ArrayDeque<>();
        for (DependencyNode direct : root.getChildren()) {
            seen.add(key(direct.getArtifact()));
            queue.add(List.of(direct));
        }
        while (!queue.isEmpty()) {
            List<DependencyNode> path = queue.poll();
            DependencyNode last = path.get(path.size() - 1);
            if (path.size() > 1) {
                Artifact artifact = last.getArtifact();
                found.add(new DependencyGraph.Dependency(artifact.getGroupId(), artifact.getArtifactId(),
                        artifact.getVersion(), path.stream().map(n -> coordinate(n.getArtifact())).toList()));
            }
            for (DependencyNode child : last.getChildren()) {
                if (child.getArtifact() != null && seen.add(key(child.getArtifact()))) {
                    List<DependencyNode> longer = new ArrayList<>(path);
                    longer.add(child);
                    queue.add(longer);
                }
            }
        }
        return found;
    }

    private static List<DependencyGraph.Problem> problems(CollectResult result) {
        List<DependencyGraph.Problem> problems = new ArrayList<>();
        for (Exception exception : result.getExceptions()) {
            List<String> via = new ArrayList<>();
            if (exception instanceof ArtifactDescriptorException descriptor) {
                via.addAll(pathTo(descriptor.getResult().getRequest().getTrace()));
                via.add(coordinate(descriptor.getResult().getRequest().getArtifact()));
            }
            problems.add(new DependencyGraph.Problem(via, Reasons.of(exception)));
        }
        return problems;
    }

    /** The dependencies above the one whose POM was being read, from the direct dependency down. */
    private static List<String> pathTo(RequestTrace trace) {
        for (RequestTrace step = trace; step != null; step = step.getParent()) {
            if (step.getData() instanceof CollectStepData data) {
                return data.getPath().stream()
                        .filter(node -> node.getDependency() != null)
                        .map(node -> coordinate(node.getArtifact()))
                        .toList();
            }
        }
        return List.of();
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }

    private static String coordinate(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getVersion();
    }
}
