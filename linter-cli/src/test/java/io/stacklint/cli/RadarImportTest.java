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
                .contains("# not imported: " + csv + " line 6: 'Quantum Sprockets' (assess) matches no catalog"
                        + " technology\n");
        assertThat(run.err()).isEqualTo("stacklint: warning: " + csv + " line 6: 'Quantum Sprockets' (assess)"
                + " matches no catalog technology\n");
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
    void a_build_your_own_radar_json_sheet_is_read_like_its_csv() throws IOException {
        Path json = dir.resolve("radar.json");
        Files.writeString(json, """
                [
                  {"name": "Apache Kafka", "ring": "Adopt", "quadrant": "Platforms", "isNew": "FALSE",
                   "description": "Our event backbone.", "status": "No Change"},
                  {"name": "RabbitMQ", "ring": "Hold", "quadrant": "Platforms", "isNew": "TRUE",
                   "description": "<p>New queues go to Kafka.</p>"},
                  {"name": "Event Storming", "ring": "Trial", "quadrant": "Techniques", "isNew": "FALSE",
                   "description": ""}
                ]
                """);

        CliRun run = CliRun.of("radar", "import", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  kafka:\n    ring: recommended\n")
                .contains("  rabbitmq:\n    ring: avoid\n").contains("reason: \"New queues go to Kafka.\"");
        assertThat(run.err()).isEqualTo("stacklint: warning: " + json + " entry 3: 'Event Storming' (Trial)"
                + " matches no catalog technology\n");
    }

    @Test
    void backstage_entries_stand_where_their_newest_move_put_them() throws IOException {
        Path backstage = dir.resolve("backstage.json");
        Files.writeString(backstage, """
                {"rings": [{"id": "adopt"}, {"id": "trial"}, {"id": "hold"}],
                 "entries": [{"id": "mongo", "title": "MongoDB", "timeline": [
                     {"ringId": "adopt", "date": "2019-02-01"},
                     {"ringId": "hold", "date": "2025-06-30", "description": "Consolidating on PostgreSQL"},
                     {"ringId": "trial", "date": "2018-05-14"}]}]}
                """);

        assertThat(CliRun.of("radar", "import", backstage.toString()).out()).contains("  mongodb:\n    ring: avoid");
    }

    @Test
    void names_match_aliases_and_a_near_miss_names_the_nearest_id() throws IOException {
        Path csv = dir.resolve("radar.csv");
        Files.writeString(csv, """
                name,ring,quadrant,isNew,description
                Postgres,adopt,platforms,FALSE,
                k8s,adopt,platforms,FALSE,
                Rails,hold,languages-and-frameworks,FALSE,
                Kafak,trial,platforms,TRUE,
                """);

        CliRun run = CliRun.of("radar", "import", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  postgresql:\n    ring: recommended")
                .contains("  kubernetes:\n    ring: recommended").contains("  rails:\n    ring: avoid");
        assertThat(run.err()).isEqualTo("stacklint: warning: " + csv + " line 5: 'Kafak' (trial) matches no catalog"
                + " technology; nearest: kafka\n");
    }

    @Test
    void ring_names_can_be_mapped_otherwise() throws IOException {
        Path csv = dir.resolve("radar.csv");
        Files.writeString(csv, "name,ring,quadrant,isNew,description\nMySQL,hold,platforms,FALSE,\n"
                + "Redis,keep,platforms,FALSE,\nMongoDB,phase-out,platforms,FALSE,\n");

        CliRun run = CliRun.of("radar", "import", csv.toString(), "--ring", "hold=sunsetting",
                "--ring", "keep=good");

        assertThat(run.out()).contains("  mysql:\n    ring: sunsetting").contains("  redis:\n    ring: good");
        assertThat(run.err()).contains("'MongoDB' (phase-out) has a ring stacklint does not know; map it with"
                + " --ring phase-out=RING");
        CliRun wrong = CliRun.of("radar", "import", csv.toString(), "--ring", "hold=banned");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--ring hold=banned: unknown ring 'banned'");
    }

    @Test
    void an_aoe_radar_folder_is_read_release_by_release() throws IOException {
        Path radar = dir.resolve("techradar/radar");
        Files.createDirectories(radar.resolve("2023-01-15"));
        Files.createDirectories(radar.resolve("2025-09-01"));
        Files.writeString(radar.resolve("2023-01-15/mysql.md"), """
                ---
                title: "MySQL"
                ring: trial
                quadrant: platforms-and-aoe-services
                tags: [database]
                ---
                We try MySQL for the shop read models.
                """);
        Files.writeString(radar.resolve("2025-09-01/mysql.md"), """
                ---
                ring: hold
                ---
                Hold: new services use PostgreSQL; the shop moves in 2026.

                More detail that is not the summary.
                """);
        Files.writeString(radar.resolve("2025-09-01/typescript.md"), """
                ---
                title: TypeScript
                ring: adopt
                quadrant: languages-and-frameworks
                ---
                Our default for front ends.
                """);
        Files.writeString(dir.resolve("techradar/README.md"), "# Our radar\n\nBuilt with AOE techradar.\n");

        CliRun run = CliRun.of("radar", "import", dir.resolve("techradar").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  mysql:\n    ring: avoid\n")
                .contains("reason: \"Hold: new services use PostgreSQL; the shop moves in 2026.\"")
                .contains("  typescript:\n    ring: recommended\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void an_aoe_item_whose_front_matter_is_never_closed_is_an_error() throws IOException {
        Path radar = dir.resolve("radar/2024-01-01");
        Files.createDirectories(radar);
        Files.writeString(radar.resolve("redis.md"), "---\ntitle: Redis\nring: adopt\n\nNo closing line.\n");

        CliRun run = CliRun.of("radar", "import", dir.resolve("radar").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("stacklint: 2024-01-01/redis.md:1:1: front matter opened with --- is never"
                + " closed");
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
