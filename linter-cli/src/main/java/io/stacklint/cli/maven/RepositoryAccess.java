package io.stacklint.cli.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.Authentication;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactDescriptorPolicy;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;

/**
 * Maven Resolver set up as Maven sets it up from the settings: the local repository, mirrors, proxies, servers'
 * credentials, the active profiles' repositories, and offline mode.
 */
final class RepositoryAccess implements AutoCloseable {

    static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

    private final RepositorySystem system;
    private final RepositorySystemSession.CloseableSession session;
    private final List<RemoteRepository> settingsRepositories;

    private RepositoryAccess(RepositorySystem system, RepositorySystemSession.CloseableSession session,
            List<RemoteRepository> settingsRepositories) {
        this.system = system;
        this.session = session;
        this.settingsRepositories = settingsRepositories;
    }

    static RepositoryAccess open(Settings settings, Path localRepository, boolean offline) {
        RepositorySystem system = new RepositorySystemSupplier().get();
        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror mirror : settings.getMirrors()) {
            mirrors.add(mirror.getId(), mirror.getUrl(), mirror.getLayout(), false, mirror.isBlocked(),
                    mirror.getMirrorOf(), mirror.getMirrorOfLayouts());
        }
        DefaultProxySelector proxies = new DefaultProxySelector();
        for (org.apache.maven.settings.Proxy proxy : settings.getProxies()) {
            if (proxy.isActive()) {
                Authentication authentication = proxy.getUsername() == null ? null : new AuthenticationBuilder()
                        .addUsername(proxy.getUsername()).addPassword(proxy.getPassword()).build();
                proxies.add(new Proxy(proxy.getProtocol(), proxy.getHost(), proxy.getPort(), authentication),
                        proxy.getNonProxyHosts());
            }
        }
        DefaultAuthenticationSelector credentials = new DefaultAuthenticationSelector();
        for (Server server : settings.getServers()) {
            credentials.add(server.getId(), new AuthenticationBuilder().addUsername(server.getUsername())
                    .addPassword(server.getPassword()).addPrivateKey(server.getPrivateKey(), server.getPassphrase())
                    .build());
        }
        RepositorySystemSession.CloseableSession session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(localRepository)
                .setOffline(offline)
                // a file:// repository is no network: offline runs may still read one
                .setConfigProperty("aether.offline.protocols", "file")
                .setMirrorSelector(mirrors)
                .setProxySelector(proxies)
                .setAuthenticationSelector(credentials)
                // Maven ignores a missing or broken POM; stacklint reports each one as a warning instead
                .setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(false, false))
                .setSystemProperties(System.getProperties())
                .build();
        List<RemoteRepository> repositories = new ArrayList<>();
        for (org.apache.maven.settings.Repository repository : MavenSettings.repositories(settings)) {
            repositories.add(remote(repository.getId(), repository.getUrl(),
                    repository.getReleases() == null || repository.getReleases().isEnabled(),
                    repository.getSnapshots() != null && repository.getSnapshots().isEnabled()));
        }
        return new RepositoryAccess(system, session, repositories);
    }

    static RemoteRepository remote(String id, String url, boolean releases, boolean snapshots) {
        return new RemoteRepository.Builder(id, "default", url)
                .setReleasePolicy(new RepositoryPolicy(releases, RepositoryPolicy.UPDATE_POLICY_NEVER,
                        RepositoryPolicy.CHECKSUM_POLICY_WARN))
                .setSnapshotPolicy(new RepositoryPolicy(snapshots, RepositoryPolicy.UPDATE_POLICY_DAILY,
                        RepositoryPolicy.CHECKSUM_POLICY_WARN))
                .build();
    }

    RepositorySystem system() {
        return system;
    }

    RepositorySystemSession session() {
        return session;
    }

    /**
     * The repositories to read from, with mirrors, proxies and credentials applied: the settings' active profiles'
     * repositories first, then {@code declared} (the POM's, which end with Maven Central from the super POM).
     */
    List<RemoteRepository> repositories(List<RemoteRepository> declared) {
        Map<String, RemoteRepository> byId = new LinkedHashMap<>();
        for (RemoteRepository repository : settingsRepositories) {
            byId.putIfAbsent(repository.getId(), repository);
        }
        for (RemoteRepository repository : declared) {
            byId.putIfAbsent(repository.getId(), repository);
        }
        if (byId.isEmpty()) {
            byId.put("central", remote("central", CENTRAL, true, false));
        }
        return system.newResolutionRepositories(session, new ArrayList<>(byId.values()));
    }

    @Override
    public void close() {
        session.close();
        system.shutdown();
    }
}
