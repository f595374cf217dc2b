package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final Path REPOS = Path.of("src/test/resources/repos");
    static final String LEGACY = REPOS.resolve("legacy-shop").toString();
    static final String PHOENIX = REPOS.resolve("phoenix-clean").toString();

    @Test
    void an_avoid_rated_database_in_a_compose_file_fails_the_check_and_names_the_file_and_line() {
        CliRun run = CliRun.of("check", LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("Errors (rated avoid or worse: the check fails)")
                .contains("MySQL  avoid  database")
                .containsPattern("docker-compose.yml:5:12\\s+mysql:8.0")
                .containsPattern(".github/workflows/ci.yml:13:16\\s+mysql:8.0")
                .containsPattern("web/package.json:13:5\\s+mysql2@\\^3.6.5")
                .contains("Use PostgreSQL or MariaDB instead.")
                .contains("✖ 4 errors, 1 warning");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_version_past_its_end_of_life_is_rated_avoid_with_the_date(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), """
                services:
                  db:
                    image: postgres:9.6
                  reports:
                    image: postgres:17-alpine
                """);

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("docker-compose.yml:3:12\\s+postgres:9.6")
                .contains("PostgreSQL is rated avoid: PostgreSQL 9.6 reached end of life on 2021-11-11; upgrade to 18.")
                .doesNotContain("postgres:17-alpine")
                .contains("✖ 1 error, 0 warnings");
    }

    @Test
    void end_of_life_ratings_can_be_softened_or_turned_off(@TempDir Path repo) throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: postgres:9.6\n");

        Files.writeString(repo.resolve(".stacklint.yml"), "eol: sunsetting\n");
        CliRun softened = CliRun.of("check", repo.toString());
        assertThat(softened.exitCode()).isZero();
        assertThat(softened.out()).contains("PostgreSQL  sunsetting").contains("0 errors, 1 warning");

        Files.writeString(repo.resolve(".stacklint.yml"), "eol: off\n");
        assertThat(CliRun.of("check", repo.toString()).out()).contains("0 errors, 0 warnings");

        Files.writeString(repo.resolve(".stacklint.yml"), "eol: never\n");
        CliRun refused = CliRun.of("check", repo.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(".stacklint.yml:1:6: unknown eol mode 'never'; modes are avoid, sunsetting, off");
    }

    @Test
    void prose_comments_and_commented_out_services_are_not_findings() {
        CliRun run = CliRun.of("check", LEGACY);

        assertThat(run.out()).doesNotContain("README").doesNotContain("MariaDB  ").doesNotContain("PostgreSQL  ");
    }

    @Test
    void sunsetting_technologies_are_warnings_that_do_not_fail_the_check() {
        CliRun run = CliRun.of("check", LEGACY);

        assertThat(run.out()).contains("Warnings")
                .contains("Node.js as a backend  sunsetting")
                .containsPattern("web/package.json:12:5\\s+express@\\^4.18.2");
    }

    @Test
    void a_clean_phoenix_and_postgresql_repository_passes() {
        CliRun run = CliRun.of("check", PHOENIX);

        assertThat(run.exitCode()).as(run.out()).isEqualTo(0);
        assertThat(run.out()).contains("✔ 0 errors, 0 warnings, 0 notes").doesNotContain("MySQL");
    }

    @Test
    void fail_on_moves_the_threshold() {
        CliRun run = CliRun.of("check", "--fail-on", "recommended", PHOENIX);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Errors (rated recommended or worse: the check fails)")
                .contains("PostgreSQL  recommended");
    }

    @Test
    void fail_on_rejects_a_ring_that_does_not_exist_with_exit_2() {
        CliRun run = CliRun.of("check", "--fail-on", "hold", PHOENIX);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: ").contains("unknown ring 'hold'")
                .contains("experimental, recommended, good, sunsetting, avoid");
    }

    @Test
    void a_missing_path_is_one_line_and_exit_2() {
        CliRun run = CliRun.of("check", "no/such/repository");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("stacklint: no/such/repository: no such directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_malformed_configuration_names_file_line_and_column_without_a_stack_trace() {
        CliRun run = CliRun.of("check", REPOS.resolve("bad-config").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("stacklint: " + REPOS.resolve("bad-config/.stacklint.yml")
                + ":2:9: unknown ring 'sunseting' for failOn; rings are experimental, recommended, good,"
                + " sunsetting, avoid");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void debug_adds_the_stack_trace() {
        CliRun run = CliRun.of("check", "--debug", REPOS.resolve("bad-config").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ConfigurationException").contains("\tat ");
    }

    @Test
    void an_explicit_config_file_is_used_and_a_missing_one_is_an_error(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("strict.yml");
        Files.writeString(config, "failOn: sunsetting\n");

        assertThat(CliRun.of("check", "--config", config.toString(), LEGACY).out())
                .contains("Node.js as a backend  sunsetting").contains("✖ 5 errors");
        CliRun missing = CliRun.of("check", "--config", dir.resolve("absent.yml").toString(), LEGACY);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("absent.yml: configuration file not found");
    }

    @Test
    void quiet_prints_only_errors() {
        CliRun run = CliRun.of("check", "--quiet", LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("MySQL").doesNotContain("Warnings").doesNotContain("Node.js as a backend");
    }

    @Test
    void colour_only_on_a_terminal_and_never_with_no_color() {
        assertThat(CliRun.of("check", LEGACY).out()).doesNotContain("\u001B[");
        assertThat(CliRun.withTerminal(new Terminal(true).on(CliRun.TODAY), "check", LEGACY).out()).contains("\u001B[31m");
        assertThat(CliRun.withTerminal(new Terminal(true).on(CliRun.TODAY), "check", "--no-color", LEGACY).out())
                .doesNotContain("\u001B[");
    }

    @Test
    void json_can_be_written_to_a_file_next_to_text_on_standard_output(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("reports/stacklint.json");

        CliRun run = CliRun.of("check", "--format", "text", "--format", "json:" + report, LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("MySQL  avoid");
        assertThat(Files.readString(report)).startsWith("{\n  \"schemaVersion\" : 1");
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(report);
        }
    }

    @Test
    void an_unknown_format_and_two_formats_on_standard_output_are_usage_errors() {
        CliRun unknown = CliRun.of("check", "--format", "yaml", LEGACY);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'yaml'; formats are text, json");

        CliRun twice = CliRun.of("check", "--format", "text", "--format", "json", LEGACY);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("only one --format can write to standard output");
    }

    @Test
    void scanning_never_writes_into_the_repository(@TempDir Path dir) throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: mysql:8\n");
        long before = Files.getLastModifiedTime(repo).toMillis();

        CliRun.of("check", "--format", "json", repo.toString());

        try (Stream<Path> files = Files.list(repo)) {
            assertThat(files).containsExactly(repo.resolve("docker-compose.yml"));
        }
        assertThat(Files.getLastModifiedTime(repo).toMillis()).isEqualTo(before);
    }
}
