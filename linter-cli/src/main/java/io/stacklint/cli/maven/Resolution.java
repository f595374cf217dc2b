package io.stacklint.cli.maven;

import io.stacklint.cli.maven.MavenResolverGraph.Resolved;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.model.Model;
import org.apache.maven.settings.Settings;

/**
 * One run's resolution: the settings, the effective models, the cache, and the repository session, the last opened
 * only when a POM's graph is not in the cache or a parent or BOM is not in the local repository.
 */
final class Resolution implements AutoCloseable {

    private final MavenResolverGraph.Options options;
    private final Settings settings;
    private final Path localRepository;
    private final GraphCache cache;
    private final EffectiveModels models;
    private RepositoryAccess access;

    Resolution(MavenResolverGraph.Options options) {
        this.options = options;
        this.settings = MavenSettings.load(options.settings(), options.userHome());
        this.localRepository = MavenSettings.localRepository(settings, options.userHome());
        this.cache = new GraphCache(options.cacheDir());
        this.models = new EffectiveModels(localRepository, this::access);
    }

    Resolved resolve(Path pom) {
        Model model;
        try {
            model = models.build(pom);
        } catch (EffectiveModels.ModelException e) {
            return Resolved.failed("no effective model: " + e.getMessage());
        } catch (RuntimeException e) {
            return Resolved.failed("no effective model: " + Reasons.of(e));
        }
        String key = GraphCache.key(model);
        Optional<Resolved> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Resolved resolved;
        try {
            resolved = new DependencyCollector(access()).collect(model);
        } catch (RuntimeException e) {
            return Resolved.failed(Reasons.of(e));
        }
        if (resolved.problems().isEmpty()) {
            cache.put(key, resolved);
        }
        return resolved;
    }

    private RepositoryAccess access() {
        if (access == null) {
            access = RepositoryAccess.open(settings, localRepository, options.offline());
        }
        return access;
    }

    @Override
    public void close() {
        if (access != null) {
            access.close();
        }
    }
}
