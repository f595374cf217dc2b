package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadarImportTest {

    @TempDir
    Path dir;

    @Test
    void a_build_your_own_radar_csv_becomes_a_radar_that_validates() throws IOException {
        Path csv = dir.resolve("radar.csv");
        Files.writeString(csv, """
                name,ring,quadrant,isNew,description
                PostgreSQL,adopt,platforms,FALSE,"Our default database; ""boring"" in the best way"
                mysql,hold,platforms,FALSE,"Legacy only.
                Migrate to PostgreSQL."
                Node.js,trial,languages-and-frameworks,TRUE,
                Quantum Sprockets,assess,techniques,TRUE,Not a technology stacklint knows
                """);

        CliRun run = CliRun.of("radar", "import", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("  postgresql:\n    ring: recommended\n")
                .contains("reason: \"Our default database; \\\"boring\\\" in the best way\"")
                .contains("  mysql:\n    ring: avoid\n")
                .contains("reason: \"Legacy only. Migrate to PostgreSQL.\"")
                .contains("  nodejs:\n    ring: experimental\n")
                .contains("# not imported: Quantum Sprockets (assess): no catalog technology, " + csv + " line 6");
        Path imported = dir.resolve("imported.yml");
        assertThat(CliRun.of("radar", "import", csv.toString(), "--to", imported.toString()).exitCode()).isZero();
        assertThat(Files.readString(imported)).isEqualTo(run.out());
        assertThat(CliRun.of("radar", "validate", imported.toString()).out()).contains("valid, 3 ratings");
    }

    @Test
    void zalando_and_backstage_json_radars_are_read_too() throws IOException {
        Path zalando = dir.resolve("zalando.json");
        Files.writeString(zalando, """
                {"rings": [{"name": "ADOPT"}, {"name": "TRIAL"}, {"name": "ASSESS"}, {"name": "HOLD"}],
                 "entries": [{"label": "Redis", "quadrant": 1, "ring": 0}, {"label": "CouchDB", "quadrant": 1, "ring": 3}]}
                """);
        Path backstage = dir.resolve("backstage.json");
        Files.writeString(backstage, """
                {"rings": [{"id": "adopt", "name": "ADOPT"}, {"id": "hold", "name": "HOLD"}],
                 "entries": [{"id": "kafka", "title": "Apache Kafka", "timeline": [{"ringId": "adopt"}]},
                             {"id": "zk", "title": "ZooKeeper", "timeline": [{"ringId": "hold"}]}]}
                """);

        assertThat(CliRun.of("radar", "import", zalando.toString()).out())
                .contains("  redis:\n    ring: recommended").contains("  couchdb:\n    ring: avoid");
        assertThat(CliRun.of("radar", "import", backstage.toString()).out())
                .contains("  kafka:\n    ring: recommended").contains("  zookeeper:\n    ring: avoid");
    }

    @Test
    void malformed_input_is_an_error_with_its_position() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"entries\": [\n  {\"label\": }\n]}\n");

        CliRun run = CliRun.of("radar", "import", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: " + broken + ":2:");
    }
}
