package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.report.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stacklint audit URL} against a real git server that wants a login, with the credentials where users keep
 * them: the environment, git's credential store file, ~/.netrc. The home folder is a fake one in every test.
 */
class RemoteAuditTest {

    private static final String USER = "auditor";
    private static final String PASSWORD = "pw-7c1f9e-NEVER-PRINTED";
    private static final String POSTGRES = "services:\n  db:\n    image: postgres:18\n";
    private static final String MYSQL = POSTGRES + "  cache:\n    image: mysql:8.0\n";

    @TempDir
    Path temp;

    private Path home;
    private Path cache;
    private ServedRepository repository;
    private GitHttpServer server;

    @BeforeEach
    void serve() throws Exception {
        home = Files.createDirectories(temp.resolve("home"));
        cache = temp.resolve("cache");
        repository = ServedRepository.create(temp);
        Path bare = repository.bare();
        push("docker-compose.yml", POSTGRES, "2024-01-02T10:00:00Z");
        server = GitHttpServer.http(bare, USER, PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
        repository.close();
    }

    private void push(String path, String text, String date) throws Exception {
        repository.push(path, text, date);
    }

    private CliRun audit(Map<String, String> environment, String... more) {
        return auditUrl(environment, server.url(), more);
    }

    private CliRun auditUrl(Map<String, String> environment, String url, String... more) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.putIfAbsent("HOME", home.toString());
        variables.put("CI", "true");
        Terminal terminal = new Terminal(false, Environment.of(variables), Clock.systemUTC()).on(CliRun.TODAY);
        List<String> args = new ArrayList<>(List.of("audit", "--cache-dir", cache.toString()));
        args.addAll(List.of(more));
        args.add(url);
        return CliRun.withTerminal(terminal, args.toArray(String[]::new));
    }

    private void write(String path, String text) throws IOException {
        Path file = home.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> technologies(CliRun run) throws IOException {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).at("/repositories/0/technologies")
                .forEach(technology -> ids.add(technology.at("/id").asText()));
        return ids;
    }

    /** Neither what was printed nor any file stacklint wrote into its cache holds the password. */
    private void assertPasswordNowhere(CliRun run) throws IOException {
        assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        if (!Files.exists(cache)) {
            return;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void a_token_from_the_environment_logs_in_and_a_second_audit_fetches_what_was_pushed_since() throws Exception {
        Map<String, String> token = Map.of("GIT_USERNAME", USER, "STACKLINT_GIT_TOKEN", PASSWORD);

        CliRun first = audit(token, "--format", "json");
        push("docker-compose.yml", MYSQL, "2024-02-03T10:00:00Z");
        CliRun second = audit(token, "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(technologies(first)).contains("postgresql").doesNotContain("mysql");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(1);
        assertThat(technologies(second)).contains("postgresql", "mysql");
        try (Stream<Path> mirrors = Files.list(cache)) {
            assertThat(mirrors.map(path -> path.getFileName().toString())).singleElement().asString()
                    .startsWith("repo-").endsWith(".git");
        }
        assertPasswordNowhere(first);
        assertPasswordNowhere(second);
    }

    @Test
    void the_store_file_of_git_credential_store_logs_in() throws Exception {
        write(".gitconfig", "[user]\n\tname = Dev\n[credential]\n\thelper = store\n");
        write(".git-credentials", "https://" + USER + ":wrong-host@example.com\n"
                + server.url().replace("http://", "http://" + USER + ":" + PASSWORD + "@").replace("/repo.git", "")
                + "\n");

        CliRun run = audit(Map.of(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(technologies(run)).contains("postgresql");
        assertPasswordNowhere(run);
    }

    @Test
    void a_password_written_into_the_url_logs_in_and_is_kept_nowhere() throws Exception {
        String url = server.url().replace("http://", "http://" + USER + ":" + PASSWORD + "@");

        CliRun first = auditUrl(Map.of(), url, "--format", "json");
        push("docker-compose.yml", MYSQL, "2024-02-03T10:00:00Z");
        CliRun second = auditUrl(Map.of(), url, "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as("the fetch logs in too: " + second.err()).isEqualTo(1);
        assertThat(technologies(second)).contains("postgresql", "mysql");
        assertPasswordNowhere(first);
        assertPasswordNowhere(second);
    }

    @Test
    void netrc_in_the_home_folder_logs_in() throws Exception {
        write(".netrc", "machine 127.0.0.1\n  login " + USER + "\n  password " + PASSWORD + "\n");

        CliRun run = audit(Map.of(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(technologies(run)).contains("postgresql");
        assertPasswordNowhere(run);
    }

    @Test
    void a_wrong_password_is_exit_2_with_one_line_naming_the_url_and_not_the_password() throws Exception {
        CliRun run = audit(Map.of("GIT_USERNAME", USER, "GIT_PASSWORD", "not-" + PASSWORD));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("stacklint: " + server.url() + ": cannot be cloned: not authorized");
        assertThat(server.logins).isNotEmpty();
        assertPasswordNowhere(run);
        assertThat(run.out() + run.err()).doesNotContain("not-" + PASSWORD);
    }

    @Test
    void no_credentials_at_all_is_exit_2_and_a_helper_stacklint_does_not_run_is_named() throws Exception {
        write(".gitconfig", "[credential]\n\thelper = manager\n");

        CliRun run = audit(Map.of());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("stacklint: " + server.url() + ": cannot be cloned: not authorized; credential.helper"
                        + " 'manager' is a program and stacklint runs none; use STACKLINT_GIT_TOKEN,"
                        + " GIT_USERNAME/GIT_PASSWORD, ~/.netrc or a store file (credential.helper=store)");
        assertThat(server.logins).isEmpty();
        assertPasswordNowhere(run);
    }

    /** A key and a self-signed certificate for 127.0.0.1: the server's side, and a client side that trusts it. */
    private record Tls(SSLContext server, SSLContext client) {

        static Tls forLoopback(Path folder) throws Exception {
            // the JDK has no public API that signs a certificate; its keytool does, and is part of every JDK
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Assumptions.assumeTrue(Files.isExecutable(keytool), "a JDK with keytool");
            Path keystore = folder.resolve("127.0.0.1.p12");
            char[] secret = "test-only".toCharArray();
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg",
                    "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass",
                    new String(secret)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(keystore)) {
                keys.load(in, secret);
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, secret);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(keyManagers.getKeyManagers(), null, null);
            SSLContext client = SSLContext.getInstance("TLS");
            client.init(null, trust.getTrustManagers(), null);
            return new Tls(server, client);
        }
    }

    @Test
    void https_with_a_certificate_only_this_test_trusts(@TempDir Path folder) throws Exception {
        Tls tls = Tls.forLoopback(folder);
        SSLSocketFactory before = HttpsURLConnection.getDefaultSSLSocketFactory();
        server.close();
        server = GitHttpServer.https(temp.resolve("server/repo.git"), USER, PASSWORD, tls.server());
        try {
            // trust for this JVM's connections while the test runs; stacklint's code keeps full verification
            HttpsURLConnection.setDefaultSSLSocketFactory(tls.client().getSocketFactory());

            CliRun run = audit(Map.of("GIT_USERNAME", USER, "GIT_PASSWORD", PASSWORD), "--format", "json");

            assertThat(server.url()).startsWith("https://127.0.0.1:");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(technologies(run)).contains("postgresql");
            assertPasswordNowhere(run);
        } finally {
            HttpsURLConnection.setDefaultSSLSocketFactory(before);
        }
    }

    @Test
    void https_with_a_certificate_the_jvm_does_not_trust_is_refused_before_any_login(@TempDir Path folder)
            throws Exception {
        Tls tls = Tls.forLoopback(folder);
        server.close();
        server = GitHttpServer.https(temp.resolve("server/repo.git"), USER, PASSWORD, tls.server());

        CliRun run = audit(Map.of("GIT_USERNAME", USER, "GIT_PASSWORD", PASSWORD));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().startsWith("stacklint: " + server.url() + ": ")
                .contains("could not be established because of SSL problems");
        assertThat(server.logins).isEmpty();
        assertPasswordNowhere(run);
    }
}
