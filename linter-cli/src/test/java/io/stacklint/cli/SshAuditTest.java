package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.report.Environment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stacklint audit ssh://...} and {@code git@host:path} against a real ssh git server ({@link GitSshServer}),
 * with the key, {@code known_hosts} and {@code config} in the {@code .ssh} folder of a fake home folder given as
 * {@code HOME}: the developer's own {@code ~/.ssh} is never read.
 */
class SshAuditTest {

    private static final String POSTGRES = "services:\n  db:\n    image: postgres:18\n";
    private static final String MYSQL = POSTGRES + "  cache:\n    image: mysql:8.0\n";

    @TempDir
    Path temp;

    private Path home;
    private Path cache;
    private KeyPair clientKey;
    private ServedRepository repository;
    private GitSshServer server;

    @BeforeEach
    void serve() throws Exception {
        home = Files.createDirectories(temp.resolve("home"));
        cache = temp.resolve("cache");
        repository = ServedRepository.create(temp);
        Path bare = repository.bare();
        push("docker-compose.yml", POSTGRES, "2024-01-02T10:00:00Z");
        clientKey = ecKey();
        server = GitSshServer.start(bare, Files.createDirectories(temp.resolve("server-keys")).resolve("host.ser"),
                clientKey);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        repository.close();
    }

    private static KeyPair ecKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private void push(String path, String text, String date) throws Exception {
        repository.push(path, text, date);
    }

    /** {@code ~/.ssh/id_ecdsa}, one of the default identities ssh and JGit try, in OpenSSH's format, mode 600. */
    private void identity(KeyPair key) throws Exception {
        identity(key, null);
    }

    /** The same, encrypted with {@code passphrase} as {@code ssh-keygen -p} does (AES-256-CTR, bcrypt). */
    private void identity(KeyPair key, String passphrase) throws Exception {
        Path file = Files.createDirectories(home.resolve(".ssh")).resolve("id_ecdsa");
        OpenSSHKeyEncryptionContext encryption = null;
        if (passphrase != null) {
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setPassword(passphrase);
            encryption.setCipherName("AES");
            encryption.setCipherMode("CTR");
            encryption.setCipherType("256");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "stacklint-test", encryption, out);
        }
        restrict(file);
    }

    private void sshFile(String name, String text) throws IOException {
        Path file = Files.createDirectories(home.resolve(".ssh")).resolve(name);
        Files.writeString(file, text);
        restrict(file);
    }

    private static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private CliRun audit(String url, String... more) {
        return audit(Map.of(), url, more);
    }

    private CliRun audit(Map<String, String> environment, String url, String... more) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("HOME", home.toString());
        variables.put("CI", "true");
        Terminal terminal = new Terminal(false, Environment.of(variables), Clock.systemUTC()).on(CliRun.TODAY);
        List<String> args = new ArrayList<>(List.of("audit", "--cache-dir", cache.toString()));
        args.addAll(List.of(more));
        args.add(url);
        return CliRun.withTerminal(terminal, args.toArray(String[]::new));
    }

    private static List<String> technologies(CliRun run) throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).at("/repositories/0/technologies")
                .forEach(technology -> ids.add(technology.at("/id").asText()));
        return ids;
    }

    private List<String> mirrors() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(cache)) {
            return folders.map(path -> path.getFileName().toString()).toList();
        }
    }

    @Test
    void the_key_in_home_ssh_logs_in_and_a_second_audit_fetches_what_was_pushed_since() throws Exception {
        identity(clientKey);
        sshFile("known_hosts", server.knownHostsLine() + "\n");

        CliRun first = audit(server.url(), "--format", "json");
        push("docker-compose.yml", MYSQL, "2024-02-03T10:00:00Z");
        CliRun second = audit(server.url(), "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(technologies(first)).contains("postgresql").doesNotContain("mysql");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
        assertThat(technologies(second)).contains("postgresql", "mysql");
        assertThat(server.commands).hasSize(2).allSatisfy(command -> assertThat(command)
                .isEqualTo("git-upload-pack '/repo.git'"));
        assertThat(mirrors()).singleElement().asString().startsWith("repo-").endsWith(".git");
    }

    @Test
    void the_scp_like_form_reaches_a_host_named_in_home_ssh_config() throws Exception {
        identity(clientKey);
        sshFile("known_hosts", server.knownHostsLine() + "\n");
        // the scp-like form has no port: ~/.ssh/config gives it, as users do for a server on another port
        sshFile("config", "Host gitserver\n  HostName 127.0.0.1\n  Port " + server.port() + "\n");

        CliRun run = audit("git@gitserver:repo.git", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(technologies(run)).contains("postgresql");
        assertThat(server.commands).containsExactly("git-upload-pack 'repo.git'");
    }

    @Test
    void an_unknown_or_changed_host_key_is_exit_2_with_one_line_before_any_key_is_offered() throws Exception {
        identity(clientKey);
        String someKey = PublicKeyEntry.toString(ecKey().getPublic());
        String otherKey = "[127.0.0.1]:" + server.port() + " " + someKey + "\n";

        CliRun absent = audit(server.url());
        boolean knownHostsWritten = Files.exists(home.resolve(".ssh/known_hosts"));
        sshFile("known_hosts", "github.com " + someKey + "\n");
        CliRun unlisted = audit(server.url());
        sshFile("known_hosts", otherKey);
        CliRun changed = audit(server.url());

        for (CliRun run : List.of(absent, unlisted, changed)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err().lines()).as(run.err()).singleElement().asString()
                    .isEqualTo("stacklint: " + server.url() + ": cannot be cloned: server key did not validate;"
                            + " the server's host key must be listed in ~/.ssh/known_hosts, and stacklint adds none");
        }
        assertThat(server.offeredKeys).isEmpty();
        assertThat(server.commands).isEmpty();
        assertThat(mirrors()).isEmpty();
        assertThat(knownHostsWritten).as("no known_hosts is created").isFalse();
        assertThat(Files.readString(home.resolve(".ssh/known_hosts"))).as("nor changed").isEqualTo(otherKey);
    }

    @Test
    void a_key_the_server_refuses_is_exit_2_with_one_line_and_no_https_password_is_tried_over_ssh() throws Exception {
        identity(ecKey());
        sshFile("known_hosts", server.knownHostsLine() + "\n");
        sshFile("../.netrc", "machine 127.0.0.1 login git password netrc-password\n");

        CliRun run = audit(Map.of("GIT_USERNAME", "git", "GIT_PASSWORD", "env-password"), server.url());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).singleElement().asString()
                .startsWith("stacklint: " + server.url() + ": cannot be cloned: cannot log in at 127.0.0.1:"
                        + server.port() + "; ")
                .contains("server refused ecdsa-sha2-nistp256 key ~/.ssh/id_ecdsa");
        assertThat(server.offeredKeys).isNotEmpty();
        assertThat(server.passwords).isEmpty();
        assertThat(server.commands).isEmpty();
        assertThat(mirrors()).isEmpty();
    }

    @Test
    void the_https_password_is_never_tried_as_the_passphrase_of_an_ssh_key() throws Exception {
        identity(clientKey, "shared-secret");
        sshFile("known_hosts", server.knownHostsLine() + "\n");

        CliRun run = audit(Map.of("GIT_USERNAME", "git", "GIT_PASSWORD", "shared-secret"), server.url());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).singleElement().asString()
                .isEqualTo("stacklint: " + server.url() + ": cannot be cloned: SSH authentication canceled: no password"
                        + " given");
        assertThat(server.offeredKeys).isEmpty();
        assertThat(server.commands).isEmpty();
    }
}
