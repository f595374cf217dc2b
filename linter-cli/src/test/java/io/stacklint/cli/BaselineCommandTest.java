package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

    private static final String TWO_DATABASES = """
            services:
              db:
                image: mysql:8.4
              legacy:
                image: mysql:8.0
            """;

    @TempDir
    Path repo;

    @Test
    void a_baseline_accepts_todays_findings_and_later_checks_report_only_new_ones() throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: mysql:8.4\n");

        CliRun baseline = CliRun.of("baseline", repo.toString());
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();
        assertThat(baseline.out()).contains(".stacklint-baseline.json: 1 finding accepted");
        assertThat(Files.readString(repo.resolve(".stacklint-baseline.json"))).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "findings": [
                    {"technology": "mysql", "path": "docker-compose.yml", "value": "mysql:8.4"}
                  ]
                }
                """);

        CliRun accepted = CliRun.of("check", repo.toString());
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.out()).contains("1 finding is accepted in the baseline and not reported");

        // a line added above moves the declaration: still accepted; a second database is new
        Files.writeString(repo.resolve("docker-compose.yml"),
                "services:\n  cache:\n    image: redis:7.4\n  db:\n    image: mysql:8.4\n  legacy:\n    image: mysql:8.0\n");
        CliRun changed = CliRun.of("check", repo.toString());
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).containsPattern("docker-compose.yml:7:12\\s+mysql:8.0")
                .doesNotContainPattern("docker-compose.yml:5:12\\s+mysql:8.4");
    }

    @Test
    void prune_removes_what_no_longer_matches_and_accepts_nothing_new() throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), TWO_DATABASES);
        assertThat(CliRun.of("baseline", repo.toString()).exitCode()).isZero();
        // the legacy database goes, a new one comes
        Files.writeString(repo.resolve("docker-compose.yml"),
                "services:\n  db:\n    image: mysql:8.4\n  reports:\n    image: mysql:9.1\n");

        CliRun prune = CliRun.of("baseline", "--prune", repo.toString());

        assertThat(prune.exitCode()).as(prune.err()).isZero();
        assertThat(prune.out()).contains(".stacklint-baseline.json: 1 entry no longer matched and removed;"
                + " 1 finding still accepted");
        assertThat(Files.readString(repo.resolve(".stacklint-baseline.json")))
                .contains("\"value\": \"mysql:8.4\"").doesNotContain("mysql:8.0").doesNotContain("mysql:9.1");
        CliRun check = CliRun.of("check", repo.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).containsPattern("docker-compose.yml:5:12\\s+mysql:9.1");
    }

    @Test
    void prune_without_a_baseline_is_an_error() {
        CliRun prune = CliRun.of("baseline", "--prune", repo.toString());

        assertThat(prune.exitCode()).isEqualTo(2);
        assertThat(prune.err()).startsWith("stacklint: no baseline to prune: .stacklint-baseline.json or"
                + " .stacklint-baseline.yml does not exist");
    }

    @Test
    void the_yaml_baseline_of_earlier_versions_is_still_read_and_pruned_in_place() throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: mysql:8.4\n");
        Files.writeString(repo.resolve(".stacklint-baseline.yml"), """
                findings:
                  - technology: "mysql"
                    path: "docker-compose.yml"
                    value: "mysql:8.4"
                  - technology: "mysql"
                    path: "reports/docker-compose.yml"
                    value: "mysql:5.7"
                """);

        assertThat(CliRun.of("check", repo.toString()).exitCode()).isZero();
        CliRun prune = CliRun.of("baseline", "--prune", repo.toString());

        assertThat(prune.out()).contains(".stacklint-baseline.yml: 1 entry no longer matched and removed");
        assertThat(Files.readString(repo.resolve(".stacklint-baseline.yml"))).doesNotContain("mysql:5.7")
                .contains("value: \"mysql:8.4\"");
        assertThat(repo.resolve(".stacklint-baseline.json")).doesNotExist();
    }

    @Test
    void a_malformed_baseline_is_an_input_error_with_its_position() throws IOException {
        Files.writeString(repo.resolve(".stacklint-baseline.json"),
                "{\n  \"findings\": [\n    {\"technology\": \"mysql\", \"line\": 4}\n  ]\n}\n");

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: .stacklint-baseline.json:3:29: unknown key 'line'");
    }
}
