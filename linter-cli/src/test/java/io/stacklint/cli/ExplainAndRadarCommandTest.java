package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainAndRadarCommandTest {

    @Test
    void explain_names_the_reason_the_replacements_the_signatures_and_the_end_of_life_cycles() {
        CliRun run = CliRun.of("explain", "mysql");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("MySQL (mysql), database")
                .contains("ring          avoid (source: seed 000_8f8a9cd4fe7cef57.txt)")
                .contains("reason        Avoid MySQL unless absolutely necessary.")
                .contains("replacements  PostgreSQL (postgresql), MariaDB (mariadb)")
                .contains("package maven com.mysql:mysql-connector-j (client)")
                .contains("container-image docker mysql")
                .containsPattern("5\\.7\\s+2023-10-31  ended")
                .containsPattern("8\\.4\\s+2032-04-30\\n");
    }

    @Test
    void explain_as_json_carries_the_same_facts() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("explain", "--format", "json", "postgresql").out());

        assertThat(json.get("ring").asText()).isEqualTo("recommended");
        assertThat(json.get("signatures").toString()).contains("container-image docker postgres");
        assertThat(json.get("endOfLife").get("cycles").get(0).get("cycle").asText()).isEqualTo("18");
    }

    @Test
    void an_unknown_id_is_a_usage_error_that_suggests_the_nearest() {
        CliRun run = CliRun.of("explain", "postgres");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("stacklint: unknown technology id 'postgres'; did you mean 'postgresql'?\n");
    }

    @Test
    void radar_validate_accepts_a_good_radar_and_points_at_the_first_problem_of_a_bad_one(@TempDir Path dir)
            throws IOException {
        Path good = dir.resolve("radar.yml");
        Files.writeString(good, "ratings:\n  mysql: avoid\n  postgresql:\n    ring: recommended\n");
        CliRun valid = CliRun.of("radar", "validate", good.toString());
        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEqualTo(good + ": valid, 2 ratings\n");

        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, "ratings:\n  mysql: avoid\n  mongodb:\n    ring: deprecated\n");
        CliRun invalid = CliRun.of("radar", "validate", bad.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).startsWith("stacklint: " + bad + ":4:11: unknown ring 'deprecated'");
        assertThat(CliRun.of("radar", "validate", dir.resolve("absent.yml").toString()).exitCode()).isEqualTo(2);
    }
}
