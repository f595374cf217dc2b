package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

    @TempDir
    Path repo;

    @Test
    void a_baseline_accepts_todays_findings_and_later_checks_report_only_new_ones() throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: mysql:8.4\n");

        CliRun baseline = CliRun.of("baseline", repo.toString());
        assertThat(baseline.exitCode()).as(baseline.err()).isZero();
        assertThat(baseline.out()).contains(".stacklint-baseline.yml: 1 finding accepted");
        assertThat(Files.readString(repo.resolve(".stacklint-baseline.yml")))
                .contains("technology: \"mysql\"").contains("path: \"docker-compose.yml\"")
                .contains("value: \"mysql:8.4\"");

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
    void a_malformed_baseline_is_an_input_error_with_its_position() throws IOException {
        Files.writeString(repo.resolve(".stacklint-baseline.yml"), "findings:\n  - technology: mysql\n    line: 4\n");

        CliRun run = CliRun.of("check", repo.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: .stacklint-baseline.yml:3:5: unknown key 'line'");
    }
}
