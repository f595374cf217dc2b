package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Radars, waivers and inline suppressions, end to end through {@code stacklint check} (today is 2026-11-23). */
class ConfigurationFilesTest {

    private static final String COMPOSE = """
            services:
              db:
                image: mysql:8.4
              cache:
                image: redis:7
            """;

    @Test
    void an_organisation_radar_extended_by_repository_overrides_rates_the_scan(@TempDir Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("shop"));
        Files.writeString(repo.resolve("docker-compose.yml"), COMPOSE);
        Path platform = Files.createDirectories(dir.resolve("platform"));
        Files.writeString(platform.resolve("radar.yml"), """
                ratings:
                  mysql: {ring: sunsetting, reason: being retired}
                  redis: avoid
                """);
        Files.writeString(repo.resolve("radar-overrides.yml"), """
                extends: ../platform/radar.yml
                ratings:
                  redis: {ring: good, reason: our cache of choice}
                """);
        Files.writeString(repo.resolve(".stacklint.yml"), "radars: [embedded, radar-overrides.yml]\n");

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("MySQL is rated sunsetting: being retired.").doesNotContain("Redis");
    }

    @Test
    void radars_on_the_command_line_replace_the_configured_ones_and_the_later_wins(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(dir.resolve("a.yml"), "ratings:\n  redis: avoid\n");
        Files.writeString(dir.resolve("b.yml"), "ratings:\n  redis: sunsetting\n");

        CliRun run = CliRun.of("check", dir.toString(), "--radar", dir.resolve("a.yml").toString(),
                "--radar", dir.resolve("b.yml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Redis is rated sunsetting").doesNotContain("MySQL");
    }

    @Test
    void a_radar_that_cannot_be_read_is_reported_where_it_is_named(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(repo.resolve(".stacklint.yml"), "failOn: avoid\nradars:\n  - embedded\n  - missing.yml\n");

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: " + repo.resolve(".stacklint.yml") + ":4:5: radar 'missing.yml'"
                + " no such radar file (" + repo.toAbsolutePath().resolve("missing.yml") + ")");
    }

    @Test
    void a_url_radar_not_in_the_cache_fails_offline_with_its_position(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(repo.resolve(".stacklint.yml"), "radars: [https://radar.invalid/never-cached-abc.yml]\n");

        CliRun run = CliRun.of("check", repo.toString(), "--offline");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".stacklint.yml:1:10: radar 'https://radar.invalid/never-cached-abc.yml'"
                + " cannot be read: not in the radar cache");
    }

    @Test
    void a_waived_finding_is_reported_as_waived_and_does_not_fail(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(repo.resolve(".stacklint.yml"), """
                waivers:
                  - technology: mysql
                    paths: ["docker-compose.yml"]
                    reason: migration to PostgreSQL planned for Q3
                    until: 2027-03-31
                """);

        CliRun run = CliRun.of("check", repo.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"waived\" : true")
                .contains("waived until 2027-03-31: migration to PostgreSQL planned for Q3");
    }

    @Test
    void an_expired_waiver_is_an_error_at_its_line_and_waives_nothing(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(repo.resolve(".stacklint.yml"), """
                waivers:
                  - technology: mysql
                    reason: migration planned
                    until: 2026-11-22
                """);

        CliRun run = CliRun.of("check", repo.toString());
        CliRun json = CliRun.of("check", repo.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("\\.stacklint\\.yml:2:5\\s+waiver until 2026-11-22")
                .containsPattern("docker-compose.yml:3:12\\s+mysql:8.4");
        assertThat(json.out()).contains("The waiver of mysql expired on 2026-11-22 (migration planned)")
                .doesNotContain("\"waived\" : true");
    }

    @Test
    void a_waiver_naming_an_unknown_technology_is_exit_2_with_the_nearest_id(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve(".stacklint.yml"), """
                waivers:
                  - technology: mysq
                    reason: r
                    until: 2027-01-01
                """);

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".stacklint.yml:2:17: unknown technology id 'mysq'; did you mean 'mysql'?");
    }

    @Test
    void an_inline_suppression_on_the_line_before_waives_that_line_only(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), """
                services:
                  db:
                    # stacklint-disable-next-line mysql -- read replica of the legacy shop, removed with it
                    image: mysql:8.0
                  other:
                    image: mysql:8.0
                """);

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("docker-compose.yml:4:12\\s+mysql:8.0\\s+\\(waived\\)")
                .contains("suppressed at docker-compose.yml:3:5: read replica of the legacy shop, removed with it");
    }

    @Test
    void a_suppression_without_a_reason_is_exit_2_at_its_comment(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("pom.xml"), """
                <project>
                  <dependencies>
                    <!-- stacklint-disable-next-line mysql -->
                    <dependency><groupId>mysql</groupId><artifactId>mysql-connector-java</artifactId></dependency>
                  </dependencies>
                </project>
                """);

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("pom.xml:3:5: a suppression needs a reason after '--'");
    }
}
