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

class NpmLockTransitiveTest {

    private static final Linter LINTER = Linter.withDefaults(
            Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path root;

    @Test
    void a_mysql_driver_only_in_the_lockfile_is_found_with_its_path_only_when_asked() throws IOException {
        Files.writeString(root.resolve("package.json"), """
                {"name": "orders", "dependencies": {"@acme/orders-store": "^1.3.0"}}
                """);
        Files.writeString(root.resolve("pnpm-lock.yaml"), """
                lockfileVersion: '9.0'

                importers:

                  .:
                    dependencies:
                      '@acme/orders-store':
                        specifier: ^1.3.0
                        version: 1.3.2

                packages:

                  '@acme/orders-store@1.3.2':
                    resolution: {integrity: sha512-AAAA}

                  mysql2@3.9.7:
                    resolution: {integrity: sha512-BBBB}

                snapshots:

                  '@acme/orders-store@1.3.2':
                    dependencies:
                      mysql2: 3.9.7

                  mysql2@3.9.7: {}
                """);

        Report off = LINTER.run(LintRequest.check(root));
        Report on = LINTER.run(LintRequest.check(root).withTransitive(true));

        assertThat(off.technologies()).extracting(Detection::id).doesNotContain("mysql");
        Detection mysql = on.technologies().stream().filter(d -> d.id().equals("mysql")).findFirst().orElseThrow();
        Evidence evidence = mysql.evidence().get(0);
        assertThat(evidence.scope()).isEqualTo(Scope.TRANSITIVE);
        assertThat(evidence.location().toString()).isEqualTo("pnpm-lock.yaml:16:3");
        assertThat(evidence.via()).containsExactly("@acme/orders-store@1.3.2", "mysql2@3.9.7");
        assertThat(on.failed()).isTrue();
    }

    @Test
    void a_lockfile_of_several_megabytes_is_read_where_a_build_file_that_size_is_skipped() throws IOException {
        Files.writeString(root.resolve("package.json"), """
                {"name": "orders", "dependencies": {"@acme/orders-store": "^1.3.0"}}
                """);
        String padding = " ".repeat(6 * 1024 * 1024); // a big monorepo's lockfile, in bytes
        Files.writeString(root.resolve("package-lock.json"), """
                {
                  "name": "orders",
                  "lockfileVersion": 3,
                  "packages": {
                    "": {"name": "orders", "dependencies": {"@acme/orders-store": "^1.3.0"}},
                    "node_modules/@acme/orders-store": {"version": "1.3.2", "dependencies": {"mysql2": "^3.9.0"}},
                    "node_modules/mysql2": {"version": "3.9.7"}
                  }
                """ + padding + "}\n");
        Files.writeString(root.resolve("Gemfile"), "gem 'mysql2'\n" + "#" + padding + "\n");

        Report report = LINTER.run(LintRequest.check(root).withTransitive(true));

        Detection mysql = report.technologies().stream().filter(d -> d.id().equals("mysql")).findFirst()
                .orElseThrow();
        assertThat(mysql.evidence()).extracting(e -> e.location().path()).containsOnly("package-lock.json");
        assertThat(report.diagnostics()).extracting(d -> d.location().path() + ": " + d.message())
                .contains("Gemfile: skipped: 6.0 MiB is above the 4 MiB size cap for this kind of file (maxFileSize)");
    }

    @Test
    void max_file_size_in_the_configuration_moves_the_cap_of_build_files() throws IOException {
        Files.writeString(root.resolve("Gemfile"), "gem 'mysql2'\n" + "#" + " ".repeat(5 * 1024 * 1024) + "\n");
        Files.writeString(root.resolve(".stacklint.yml"), "maxFileSize: 8MiB\n");

        Report raised = LINTER.run(LintRequest.check(root));
        Files.writeString(root.resolve(".stacklint.yml"), "maxFileSize: 1MiB\n");
        Report lowered = LINTER.run(LintRequest.check(root));

        assertThat(raised.technologies()).extracting(Detection::id).contains("mysql");
        assertThat(lowered.technologies()).extracting(Detection::id).doesNotContain("mysql");
        assertThat(lowered.diagnostics()).extracting(d -> d.location().path() + ": " + d.message())
                .contains("Gemfile: skipped: 5.0 MiB is above the 1 MiB size cap for this kind of file"
                        + " (maxFileSize)");
    }
}
