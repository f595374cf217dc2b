package io.stacklint.cli.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.DefaultModelBuilder;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Effective models of POMs as Maven builds them: parents through {@code relativePath} in the tree, else from the
 * repositories; BOM imports; properties and inheritance. Parents and BOMs already in the local repository are read
 * from there directly, so the repository session is opened only for what is missing.
 */
final class EffectiveModels {

    private final DefaultModelBuilder builder = new DefaultModelBuilderFactory().newInstance();
    private final Path localRepository;
    private final Supplier<RepositoryAccess> access;

    EffectiveModels(Path localRepository, Supplier<RepositoryAccess> access) {
        this.localRepository = localRepository;
        this.access = access;
    }

    /** A POM's effective model could not be built; the message lists Maven's problems. */
    static final class ModelException extends Exception {

        ModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Model build(Path pom) throws ModelException {
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setPomFile(pom.toFile());
        request.setModelResolver(new PomResolver(new ArrayList<>()));
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        request.setProcessPlugins(false);
        request.setTwoPhaseBuilding(false);
        request.setLocationTracking(false);
        request.setSystemProperties(System.getProperties());
        try {
            return builder.build(request).getEffectiveModel();
        } catch (ModelBuildingException e) {
            String problems = e.getProblems().stream()
                    .filter(p -> p.getSeverity() != org.apache.maven.model.building.ModelProblem.Severity.WARNING)
                    .map(p -> p.getMessage().strip())
                    .distinct()
                    .collect(Collectors.joining("; "));
            throw new ModelException(problems.isEmpty() ? e.getMessage() : problems, e);
        }
    }

    /** The POM repositories as the resolver sees them. */
    static List<RemoteRepository> repositories(List<Repository> declared) {
        List<RemoteRepository> repositories = new ArrayList<>();
        for (Repository repository : declared) {
            repositories.add(RepositoryAccess.remote(repository.getId(), repository.getUrl(),
                    repository.getReleases() == null || repository.getReleases().isEnabled(),
                    repository.getSnapshots() != null && repository.getSnapshots().isEnabled()));
        }
        return repositories;
    }

    /** Finds parents and imported BOMs: the local repository first, then the resolver. */
    private final class PomResolver implements ModelResolver {

        private final List<Repository> declared;

        PomResolver(List<Repository> declared) {
            this.declared = declared;
        }

        @Override
        public ModelSource resolveModel(String groupId, String artifactId, String version)
                throws UnresolvableModelException {
            if (!version.endsWith("SNAPSHOT")) {
                Path local = localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
                        .resolve(artifactId + "-" + version + ".pom");
                if (Files.isRegularFile(local)) {
                    return new FileModelSource(local.toFile());
                }
            }
            RepositoryAccess repositories = access.get();
            ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(groupId, artifactId, "", "pom", version),
                    repositories.repositories(repositories(declared)), "project");
            try {
                Path file = repositories.system().resolveArtifact(repositories.session(), request).getArtifact()
                        .getPath();
                return new FileModelSource(file.toFile());
            } catch (ArtifactResolutionException | RuntimeException e) {
                throw new UnresolvableModelException(Reasons.of(e), groupId, artifactId, version, e);
            }
        }

        @Override
        public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
            return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
        }

        @Override
        public ModelSource resolveModel(Dependency dependency) throws UnresolvableModelException {
            return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
        }

        @Override
        public void addRepository(Repository repository) {
            addRepository(repository, false);
        }

        @Override
        public void addRepository(Repository repository, boolean replace) {
            if (replace) {
                declared.removeIf(r -> r.getId().equals(repository.getId()));
            } else if (declared.stream().anyMatch(r -> r.getId().equals(repository.getId()))) {
                return;
            }
            declared.add(repository);
        }

        @Override
        public ModelResolver newCopy() {
            return new PomResolver(new ArrayList<>(declared));
        }
    }
}
