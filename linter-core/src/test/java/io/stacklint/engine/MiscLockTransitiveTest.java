package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Report;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cargo.lock, composer.lock, go.sum, gradle.lockfile and packages.lock.json through the whole engine. */
class MiscLockTransitiveTest {

    private static final Linter LINTER = Linter.withDefaults(
            Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path root;

    @Test
    void cargo_lock() throws IOException {
        write("Cargo.toml", """
                [package]
                name = "ledger"
                version = "0.1.0"

                [dependencies]
                orders-store = "1.2"
                """);
        write("Cargo.lock", """
                version = 3

                [[package]]
                name = "ledger"
                version = "0.1.0"
                dependencies = [
                 "orders-store",
                ]

                [[package]]
                name = "mysql_async"
                version = "0.34.1"
                source = "registry+https://github.com/rust-lang/crates.io-index"

                [[package]]
                name = "orders-store"
                version = "1.2.5"
                source = "registry+https://github.com/rust-lang/crates.io-index"
                dependencies = [
                 "mysql_async",
                ]
                """);
        assertTransitiveMysql("Cargo.lock:11:1", "orders-store@1.2.5", "mysql_async@0.34.1");
    }

    @Test
    void composer_lock() throws IOException {
        write("composer.json", """
                {"require": {"php": "^8.1", "acme/orders-bundle": "^2.3"}}
                """);
        write("composer.lock", """
                {
                    "packages": [
                        {
                            "name": "acme/orders-bundle",
                            "version": "2.3.4",
                            "require": {
                                "ext-pdo_mysql": "*",
                                "php": ">=8.1"
                            }
                        }
                    ],
                    "packages-dev": []
                }
                """);
        assertTransitiveMysql("composer.lock:7:17", "acme/orders-bundle@2.3.4", "ext-pdo_mysql@*");
    }

    @Test
    void go_sum() throws IOException {
        write("go.mod", """
                module example.com/ledger

                go 1.16

                require github.com/acme/orders v1.4.0
                """);
        write("go.sum", """
                github.com/acme/orders v1.4.0 h1:q3Zx9YcW1kR0mVbN4tLpE8sHdJf2uA7gT6yXoC5iB1w=
                github.com/acme/orders v1.4.0/go.mod h1:Pn8Wk2dHf0sLr3aQyX7vE1cJb9mT4uG6oZ5iN2tR8xk=
                github.com/go-sql-driver/mysql v1.6.0 h1:BCTh4TKNUYmOmMUcQ3IipzF5prigylS7XXjEkfCHuOE=
                github.com/go-sql-driver/mysql v1.6.0/go.mod h1:DCzpHaOWr8IXmIStZouvnhqoel9Qv2LBy8hT2VhHyBg=
                """);
        assertTransitiveMysql("go.sum:3:1");
    }

    @Test
    void gradle_lockfile() throws IOException {
        write("build.gradle.kts", """
                plugins { java }
                dependencies { implementation("com.acme:orders-client:2.1.0") }
                """);
        write("gradle.lockfile", """
                # This is a Gradle generated file for dependency locking.
                com.acme:orders-client:2.1.0=compileClasspath,runtimeClasspath
                com.mysql:mysql-connector-j:8.3.0=runtimeClasspath
                empty=annotationProcessor
                """);
        assertTransitiveMysql("gradle.lockfile:3:1");
    }

    @Test
    void nuget_packages_lock() throws IOException {
        Files.createDirectories(root.resolve("Acme.Api"));
        write("Acme.Api/Acme.Api.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <ItemGroup><PackageReference Include="Acme.Orders.Client" Version="3.1.0" /></ItemGroup>
                </Project>
                """);
        write("Acme.Api/packages.lock.json", """
                {
                  "version": 1,
                  "dependencies": {
                    "net8.0": {
                      "Acme.Orders.Client": {
                        "type": "Direct",
                        "requested": "[3.1.0, )",
                        "resolved": "3.1.0",
                        "dependencies": {"MySqlConnector": "2.3.7"}
                      },
                      "MySqlConnector": {"type": "Transitive", "resolved": "2.3.7"}
                    }
                  }
                }
                """);
        assertTransitiveMysql("Acme.Api/packages.lock.json:11:7", "Acme.Orders.Client@3.1.0", "MySqlConnector@2.3.7");
    }

    private void write(String path, String content) throws IOException {
        Files.writeString(root.resolve(path), content);
    }

    private void assertTransitiveMysql(String location, String... via) {
        Report off = LINTER.run(LintRequest.check(root));
        Report on = LINTER.run(LintRequest.check(root).withTransitive(true));

        assertThat(off.technologies()).extracting(Detection::id).doesNotContain("mysql");
        Detection mysql = on.technologies().stream().filter(d -> d.id().equals("mysql")).findFirst().orElseThrow();
        assertThat(mysql.evidence()).hasSize(1);
        Evidence evidence = mysql.evidence().get(0);
        assertThat(evidence.scope()).isEqualTo(Scope.TRANSITIVE);
        assertThat(evidence.location().toString()).isEqualTo(location);
        assertThat(evidence.via()).containsExactly(via);
        assertThat(on.failed()).isTrue();
    }
}
