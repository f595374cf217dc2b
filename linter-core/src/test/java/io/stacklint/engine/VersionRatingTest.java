package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A radar's version ranges rate each declaration by the version it names, beside end-of-life facts. */
class VersionRatingTest {

    private static final Linter LINTER = Linter.withDefaults(
            Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

    private static final String COMPOSE = """
            services:
              reports-db:
                image: postgres:11.22-bookworm
              orders-db:
                image: postgres:16.4
            """;

    @TempDir
    Path root;

    @Test
    void onlyTheDeclarationInTheAvoidedRangeFails() throws IOException {
        Files.writeString(root.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(root.resolve("radar.yml"), """
                ratings:
                  postgresql:
                    ring: recommended
                    versions:
                      "<13": {ring: avoid, reason: PostgreSQL before 13 lacks the partitioning we rely on}
                """);
        Files.writeString(root.resolve(".stacklint.yml"), "radars: [embedded, ./radar.yml]\neol: off\n");

        Report report = LINTER.run(LintRequest.check(root));

        assertThat(report.findings()).filteredOn(f -> f.technology().equals("postgresql"))
                .extracting(Finding::ring, f -> f.location().toString(), Finding::value)
                .containsExactly(tuple(Ring.AVOID, "docker-compose.yml:3:12", "postgres:11.22-bookworm"));
        assertThat(report.findings()).filteredOn(f -> f.technology().equals("postgresql")).singleElement()
                .extracting(Finding::message).asString()
                .contains("PostgreSQL before 13 lacks the partitioning we rely on");
        assertThat(report.failed()).isTrue();
    }

    @Test
    void endOfLifeStillRatesAVersionTheRangesLeaveAlone() throws IOException {
        Files.writeString(root.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(root.resolve("radar.yml"), """
                ratings:
                  postgresql:
                    ring: recommended
                    versions:
                      ">=16": recommended
                """);
        Files.writeString(root.resolve(".stacklint.yml"), "radars: [embedded, ./radar.yml]\n");

        Report report = LINTER.run(LintRequest.check(root));

        assertThat(report.findings()).filteredOn(f -> f.technology().equals("postgresql"))
                .extracting(Finding::ring, f -> f.location().toString())
                .containsExactly(tuple(Ring.AVOID, "docker-compose.yml:3:12"));
    }
}
