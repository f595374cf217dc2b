package io.stacklint.source;

import java.nio.file.Path;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * The ssh side of one clone or fetch: keys, {@code config} and {@code known_hosts} from {@code HOME/.ssh} of the
 * home folder {@link GitCredentials} carries. JGit's default session factory takes the JVM's {@code user.home}
 * instead, so a {@code HOME} given in the command's environment (honoured for {@code .netrc} and git's
 * configuration) would be ignored for ssh, and tests could not keep away from the developer's real {@code ~/.ssh}.
 * Setting the factory on the transport also keeps JGit from running the program named by {@code GIT_SSH}:
 * stacklint runs no programs. The ssh agent is used as JGit uses it by default.
 *
 * <p>The factory is built on the first ssh transport only, so https and file:// targets never load the ssh classes
 * (the Maven plugin does not ship them).
 */
final class SshSessions implements TransportConfigCallback, AutoCloseable {

    private final Path home;
    private SshdSessionFactory factory;

    SshSessions(Path home) {
        this.home = home;
    }

    @Override
    public void configure(Transport transport) {
        if (transport instanceof SshTransport ssh) {
            ssh.setSshSessionFactory(factory());
        }
    }

    private synchronized SshdSessionFactory factory() {
        if (factory == null) {
            factory = new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile())
                    .setSshDirectory(home.resolve(".ssh").toFile()).withDefaultConnectorFactory()
                    .build(new JGitKeyCache());
        }
        return factory;
    }

    /** Ends the factory's sessions and forgets the keys it decrypted. */
    @Override
    public synchronized void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
