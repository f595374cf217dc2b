package io.stacklint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An ssh git server for one bare repository, {@code repo.git}, on 127.0.0.1 and an ephemeral port: Apache MINA sshd
 * with a host key generated into a folder of the test, public-key authentication of the user {@code git} with one
 * key (passwords are asked for, recorded and refused), and {@code git-upload-pack 'PATH'} (in the spellings git
 * clients send) served by JGit's UploadPack on the channel's streams. What GitHub or GitLab look like to a client
 * fetching over ssh; nothing else is served.
 */
final class GitSshServer implements AutoCloseable {

    /** {@code git-upload-pack '/repo.git'}, {@code git upload-pack "repo.git"}, {@code git-upload-pack ~/repo.git}. */
    private static final Pattern UPLOAD_PACK = Pattern.compile("git[- ]upload-pack +(['\"]?)(.+)\\1");

    private final SshServer server;
    private final Path bare;
    private final PublicKey hostKey;
    /** Every public key a client offered, accepted or not. */
    final List<PublicKey> offeredKeys = new CopyOnWriteArrayList<>();
    /** Every password a client tried: none is accepted, GitHub and GitLab take keys only. */
    final List<String> passwords = new CopyOnWriteArrayList<>();
    /** Every command a client ran after logging in. */
    final List<String> commands = new CopyOnWriteArrayList<>();

    private GitSshServer(Path bare, Path hostKeyFile, PublicKey clientKey) throws IOException {
        this.bare = bare;
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(hostKeyFile);
        hostKeys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        hostKeys.setKeySize(256);
        this.hostKey = hostKeys.loadKeys(null).iterator().next().getPublic();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(hostKeys);
        server.setPasswordAuthenticator((user, password, session) -> passwords.add(password) && false);
        server.setPublickeyAuthenticator((user, key, session) -> {
            offeredKeys.add(key);
            return user.equals("git") && KeyUtils.compareKeys(key, clientKey);
        });
        server.setCommandFactory((channel, command) -> {
            commands.add(command);
            Matcher matcher = UPLOAD_PACK.matcher(command.strip());
            String path = matcher.matches() ? matcher.group(2).replaceFirst("^(~/|/)", "") : "";
            return new UploadPackCommand(path.equals("repo.git") ? this.bare : null);
        });
        server.start();
    }

    /** Serves {@code bare} to the user {@code git} logging in with {@code clientKey}. */
    static GitSshServer start(Path bare, Path hostKeyFile, KeyPair clientKey) throws IOException {
        return new GitSshServer(bare, hostKeyFile, clientKey.getPublic());
    }

    int port() {
        return server.getPort();
    }

    String url() {
        return "ssh://git@127.0.0.1:" + port() + "/repo.git";
    }

    /** This server's line of an OpenSSH {@code known_hosts} file. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** One {@code git-upload-pack}, or a refusal as git's servers give it for a repository that does not exist. */
    private static final class UploadPackCommand implements Command {

        private final Path repository;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        UploadPackCommand(Path repository) {
            this.repository = repository;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment environment) {
            // the channel's streams block: UploadPack runs beside sshd's threads, as a forked git would
            Thread thread = new Thread(this::run, "upload-pack");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            int status = 0;
            try {
                if (repository == null) {
                    err.write("fatal: '.' does not appear to be a git repository\n".getBytes());
                    err.flush();
                    status = 128;
                } else {
                    try (Repository git = new FileRepositoryBuilder().setGitDir(repository.toFile())
                            .setMustExist(true).build()) {
                        new UploadPack(git).upload(in, out, err);
                    }
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                status = 1;
            } finally {
                exit.onExit(status);
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the upload ends with its streams
        }
    }
}
