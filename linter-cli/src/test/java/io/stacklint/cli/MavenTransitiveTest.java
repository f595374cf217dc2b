package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.report.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --transitive} on Maven projects: a file:// repository built here holds a library that brings in the MySQL
 * driver, a parent and a BOM; the app names only the library. No network, no real local repository.
 */
class MavenTransitiveTest {

    @TempDir
    Path temp;

    Path remote;
    Path local;
    Path settings;
    Path cache;
    Path app;

    @BeforeEach
    void repositories() throws IOException {
        remote = temp.resolve("remote");
        local = temp.resolve("local");
        cache = temp.resolve("cache");
        settings = temp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror>
                      <id>company</id>
                      <url>%s</url>
                      <mirrorOf>*</mirrorOf>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(local, remote.toUri()));
        publish("com.example", "toy-parent", "1.0", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>toy-parent</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <mysql.version>8.4.0</mysql.version>
                  </properties>
                </project>
                """);
        publish("com.example", "toy-bom", "1.0", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>toy-bom</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>com.example</groupId>
                        <artifactId>toy-lib</artifactId>
                        <version>2.1</version>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                </project>
                """);
        publish("com.example", "toy-lib", "2.1", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>com.example</groupId>
                    <artifactId>toy-parent</artifactId>
                    <version>1.0</version>
                  </parent>
                  <artifactId>toy-lib</artifactId>
                  <version>2.1</version>
                  <dependencies>
                    <dependency>
                      <groupId>com.mysql</groupId>
                      <artifactId>mysql-connector-j</artifactId>
                      <version>${mysql.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>org.hsqldb</groupId>
                      <artifactId>hsqldb</artifactId>
                      <version>2.7.4</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """);
        publish("com.mysql", "mysql-connector-j", "8.4.0", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.mysql</groupId>
                  <artifactId>mysql-connector-j</artifactId>
                  <version>8.4.0</version>
                </project>
                """);
        app = temp.resolve("app");
        Files.createDirectories(app);
        writeApp("");
    }

    @Test
    void a_library_that_brings_in_mysql_fails_the_check_at_the_library_line_with_the_path() {
        CliRun run = check("--transitive", app.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("MySQL  avoid")
                .containsPattern("pom.xml:23:5\\s+com.example:toy-lib:2.1 -> com.mysql:mysql-connector-j:8.4.0");
        assertThat(local.resolve("com/mysql/mysql-connector-j/8.4.0/mysql-connector-j-8.4.0.pom")).exists();
        assertThat(local.resolve("com/example/toy-lib/2.1/toy-lib-2.1.jar")).doesNotExist();
    }

    @Test
    void without_transitive_the_library_alone_passes_and_nothing_is_resolved() {
        CliRun run = check(app.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("mysql");
        assertThat(local).doesNotExist();
    }

    @Test
    void after_one_resolution_offline_runs_need_only_the_local_repository() throws IOException {
        assertThat(check("--transitive", app.toString()).exitCode()).isEqualTo(1);
        delete(remote);
        delete(cache);

        CliRun offline = check("--transitive", "--offline", app.toString());

        assertThat(offline.exitCode()).as(offline.out() + offline.err()).isEqualTo(1);
        assertThat(offline.out()).contains("com.example:toy-lib:2.1 -> com.mysql:mysql-connector-j:8.4.0");
    }

    @Test
    void a_second_run_takes_the_graph_from_the_cache_without_the_resolver() throws IOException {
        assertThat(check("--transitive", app.toString()).exitCode()).isEqualTo(1);
        delete(remote);
        delete(local.resolve("com/mysql"));
        delete(local.resolve("com/example/toy-lib"));

        CliRun second = check("--transitive", app.toString());

        assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(1);
        assertThat(second.out()).contains("com.example:toy-lib:2.1 -> com.mysql:mysql-connector-j:8.4.0");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void a_missing_artifact_is_a_warning_naming_it_and_the_rest_is_still_reported() throws IOException {
        writeApp("""
                    <dependency>
                      <groupId>com.example</groupId>
                      <artifactId>toy-missing</artifactId>
                      <version>0.9</version>
                    </dependency>
                """);

        CliRun run = check("--transitive", app.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("pom.xml:27:5\\s+com.example:toy-missing:0.9 not resolved: .*toy-missing.*")
                .contains("com.example:toy-lib:2.1 -> com.mysql:mysql-connector-j:8.4.0");
    }

    @Test
    void exclusions_and_test_scope_are_honoured() throws IOException {
        Files.writeString(app.resolve("pom.xml"), Files.readString(app.resolve("pom.xml")).replace(
                "<artifactId>toy-lib</artifactId>\n", """
                <artifactId>toy-lib</artifactId>
                      <exclusions>
                        <exclusion>
                          <groupId>com.mysql</groupId>
                          <artifactId>mysql-connector-j</artifactId>
                        </exclusion>
                      </exclusions>
                """));

        CliRun run = check("--transitive", "--format", "json", app.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("mysql").doesNotContain("hsqldb");
    }

    private CliRun check(String... args) {
        String[] full = Stream.concat(Stream.of("check", "--maven-settings", settings.toString()), Stream.of(args))
                .toArray(String[]::new);
        Terminal terminal = new Terminal(false, Environment.of(Map.of("XDG_CACHE_HOME", cache.toString())),
                Clock.systemUTC()).on(CliRun.TODAY);
        return CliRun.withTerminal(terminal, full);
    }

    private void writeApp(String moreDependencies) throws IOException {
        Files.writeString(app.resolve("pom.xml"), """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>com.example</groupId>
                    <artifactId>toy-parent</artifactId>
                    <version>1.0</version>
                    <relativePath/>
                  </parent>
                  <artifactId>app</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>com.example</groupId>
                        <artifactId>toy-bom</artifactId>
                        <version>1.0</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>com.example</groupId>
                      <artifactId>toy-lib</artifactId>
                    </dependency>
                %s  </dependencies>
                </project>
                """.formatted(moreDependencies));
    }

    private void publish(String groupId, String artifactId, String version, String pom) throws IOException {
        Path folder = remote.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(artifactId + "-" + version + ".pom"), pom);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
