package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.CatalogLoader;
import io.stacklint.extract.ExtractionException;
import io.stacklint.extract.Extractor;
import io.stacklint.extract.Extractors;
import io.stacklint.extract.SourceFile;
import io.stacklint.model.Audit;
import io.stacklint.model.Evidence;
import io.stacklint.model.Period;
import io.stacklint.model.Timeline;
import io.stacklint.radar.LifecyclesLoader;
import io.stacklint.radar.RadarLoader;
import io.stacklint.source.TestRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryAuditTest {

    private static final String MYSQL = "services:\n  db:\n    image: mysql:8.0\n";
    private static final String POSTGRES = "services:\n  db:\n    image: postgres:16\n";
    private static final String MYSQL_SERVICE = "  cache:\n    image: mysql:8.0\n";

    @TempDir
    Path temp;

    /** Counts how often each extractor parsed each file's content, by extractor, path and text. */
    private final ConcurrentHashMap<String, AtomicInteger> parses = new ConcurrentHashMap<>();

    @Test
    void a_technology_added_removed_and_added_again_has_two_periods_with_their_authors() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", MYSQL).commit("mysql", "Ada Lovelace", "2020-01-10T09:00:00Z");
            repo.write("README.md", "# shop\n").commit("readme", "Bob Babbage", "2020-06-01T09:00:00Z");
            repo.write("docker-compose.yml", POSTGRES).commit("postgres", "Bob Babbage", "2021-02-03T09:00:00Z");
            repo.write("docker-compose.yml", MYSQL).commit("back to mysql", "Cy Hopper", "2022-04-05T09:00:00Z");

            Audit audit = linter().audit(LintRequest.check(repo.folder()), true, Optional.empty());

            Timeline mysql = timeline(audit, "mysql");
            assertThat(mysql.present()).isTrue();
            assertThat(mysql.rating()).isPresent();
            assertThat(mysql.periods()).hasSize(2);
            Period first = mysql.periods().get(0);
            assertThat(first.introduced().author()).isEqualTo("Ada Lovelace");
            assertThat(first.introduced().date()).isEqualTo(Instant.parse("2020-01-10T09:00:00Z"));
            assertThat(first.removed()).hasValueSatisfying(c -> assertThat(c.author()).isEqualTo("Bob Babbage"));
            assertThat(mysql.periods().get(1).introduced().author()).isEqualTo("Cy Hopper");
            assertThat(mysql.periods().get(1).removed()).isEmpty();
            Timeline postgres = timeline(audit, "postgresql");
            assertThat(postgres.present()).isFalse();
            assertThat(postgres.periods()).singleElement()
                    .satisfies(p -> assertThat(p.removed().orElseThrow().author()).isEqualTo("Cy Hopper"));
            // four commits, two distinct contents of the compose file: each parsed once
            assertThat(parses.get("compose docker-compose.yml " + MYSQL.hashCode()).get()).isEqualTo(1);
            assertThat(parses.get("compose docker-compose.yml " + POSTGRES.hashCode()).get()).isEqualTo(1);
        }
    }

    @Test
    void an_unchanged_file_is_parsed_again_when_a_neighbour_it_reads_changed() throws Exception {
        String compose = "services:\n  db:\n    image: ${DB_IMAGE}\n";
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", compose).write(".env", "DB_IMAGE=mysql:8.0\n")
                    .commit("mysql", "Ada Lovelace", "2020-01-10T09:00:00Z");
            repo.write(".env", "DB_IMAGE=postgres:16\n").commit("postgres", "Bob Babbage", "2021-02-03T09:00:00Z");

            Audit audit = linter().audit(LintRequest.check(repo.folder()), true, Optional.empty());

            assertThat(timeline(audit, "mysql").periods()).singleElement()
                    .satisfies(p -> assertThat(p.removed().orElseThrow().author()).isEqualTo("Bob Babbage"));
            assertThat(timeline(audit, "postgresql").present()).isTrue();
            assertThat(parses.get("compose docker-compose.yml " + compose.hashCode()).get()).isEqualTo(2);
        }
    }

    @Test
    void the_audited_revision_is_an_ordinary_report() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", MYSQL).commit("mysql", "Ada Lovelace", "2020-01-10T09:00:00Z");
            repo.tag("v1");
            repo.write("docker-compose.yml", POSTGRES).commit("postgres", "Bob Babbage", "2021-02-03T09:00:00Z");

            Audit audit = linter().audit(LintRequest.check(repo.folder()).withRevision("v1"), false,
                    Optional.empty());

            assertThat(audit.history()).isEmpty();
            assertThat(audit.report().target().revision()).contains("v1");
            assertThat(audit.report().technologies()).extracting(d -> d.technology().id()).contains("mysql")
                    .doesNotContain("postgresql");
        }
    }

    @Test
    void a_side_branch_shows_its_own_commits_unless_the_walk_follows_the_first_parent() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", POSTGRES).commit("postgres", "Ada Lovelace", "2020-01-10T09:00:00Z");
            var git = repo.git();
            git.checkout().setCreateBranch(true).setName("feature").call();
            repo.write("docker-compose.yml", POSTGRES + MYSQL_SERVICE).commit("try mysql", "Bob Babbage",
                    "2020-02-10T09:00:00Z");
            repo.write("docker-compose.yml", POSTGRES).commit("no mysql", "Bob Babbage", "2020-03-10T09:00:00Z");
            repo.write("docker-compose.yml", POSTGRES + MYSQL_SERVICE).commit("mysql after all", "Cy Hopper",
                    "2020-04-10T09:00:00Z");
            git.checkout().setName("main").call();
            git.merge().include(git.getRepository().resolve("feature"))
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
            repo.commit("merge feature", "Dee Merger", "2020-05-10T09:00:00Z");

            Audit all = linter().audit(repo.folder().toString(), LintRequest.check(repo.folder()),
                    AuditOptions.local(true, Optional.empty(), false));
            Audit firstParent = linter().audit(repo.folder().toString(), LintRequest.check(repo.folder()),
                    AuditOptions.local(true, Optional.empty(), true));

            Timeline branch = timeline(all, "mysql");
            assertThat(branch.periods()).hasSize(2);
            assertThat(branch.periods().get(0).introduced().author()).isEqualTo("Bob Babbage");
            assertThat(branch.periods().get(0).removed().orElseThrow().date())
                    .isEqualTo(Instant.parse("2020-03-10T09:00:00Z"));
            assertThat(branch.periods().get(1).introduced().author()).isEqualTo("Cy Hopper");
            assertThat(branch.present()).isTrue();
            Timeline merged = timeline(firstParent, "mysql");
            assertThat(merged.periods()).singleElement().satisfies(period -> {
                assertThat(period.introduced().author()).isEqualTo("Dee Merger");
                assertThat(period.removed()).isEmpty();
            });
            assertThat(timeline(firstParent, "postgresql").periods()).singleElement()
                    .satisfies(period -> assertThat(period.introduced().author()).isEqualTo("Ada Lovelace"));
        }
    }

    @Test
    void a_renamed_manifest_keeps_its_technology_present_and_unrelated_commits_change_nothing() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", MYSQL).commit("mysql", "Ada Lovelace", "2020-01-10T09:00:00Z");
            repo.write("src/Main.java", "class Main {}\n").commit("code", "Bob Babbage", "2020-02-10T09:00:00Z");
            repo.write("src/Main.java", "class Main { }\n").commit("edit", "Bob Babbage", "2020-02-11T09:00:00Z");
            repo.delete("docker-compose.yml").write("deploy/docker-compose.yml", MYSQL)
                    .commit("move compose", "Cy Hopper", "2020-03-10T09:00:00Z");
            repo.delete("deploy/docker-compose.yml").commit("drop compose", "Dee Merger", "2020-04-10T09:00:00Z");

            Audit audit = linter().audit(repo.folder().toString(), LintRequest.check(repo.folder()),
                    AuditOptions.local(true, Optional.empty(), false));

            assertThat(timeline(audit, "mysql").periods()).singleElement().satisfies(period -> {
                assertThat(period.introduced().author()).isEqualTo("Ada Lovelace");
                assertThat(period.removed().orElseThrow().author()).isEqualTo("Dee Merger");
            });
            assertThat(timeline(audit, "java").periods()).singleElement()
                    .satisfies(period -> assertThat(period.introduced().author()).isEqualTo("Bob Babbage"));
            // evidence carries its path: the moved file is parsed once more, under its new path
            assertThat(parses.get("compose docker-compose.yml " + MYSQL.hashCode()).get()).isEqualTo(1);
            assertThat(parses.get("compose deploy/docker-compose.yml " + MYSQL.hashCode()).get()).isEqualTo(1);
        }
    }

    @Test
    void a_blob_missing_from_the_object_database_is_a_skipped_file_not_a_crash() throws Exception {
        String express = "{\"name\": \"shop\", \"dependencies\": {\"express\": \"4.19.2\"}}\n";
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", MYSQL).commit("mysql", "Ada Lovelace", "2020-01-10T09:00:00Z");
            repo.write("docker-compose.yml", POSTGRES).write("package.json", express)
                    .commit("postgres and express", "Bob Babbage", "2021-02-03T09:00:00Z");
            Path objects = repo.git().getRepository().getDirectory().toPath().resolve("objects");
            for (String text : List.of(MYSQL, express)) {
                String id = new org.eclipse.jgit.lib.ObjectInserter.Formatter()
                        .idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB,
                                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).name();
                java.nio.file.Files.delete(objects.resolve(id.substring(0, 2))
                        .resolve(id.substring(2)));
            }

            Audit audit = linter().audit(repo.folder().toString(), LintRequest.check(repo.folder()),
                    AuditOptions.local(true, Optional.empty(), false));

            assertThat(audit.error()).isEmpty();
            assertThat(audit.report().diagnostics()).anySatisfy(diagnostic -> {
                assertThat(diagnostic.location().path()).isEqualTo("package.json");
                assertThat(diagnostic.message()).contains("missing");
            });
            assertThat(audit.history().orElseThrow()).extracting(Timeline::technology)
                    .contains("postgresql").doesNotContain("mysql", "express");
        }
    }

    private static Timeline timeline(Audit audit, String id) {
        return audit.history().orElseThrow().stream().filter(t -> t.technology().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + audit.history().get().stream()
                        .map(Timeline::technology).collect(Collectors.joining(", "))));
    }

    private Linter linter() {
        Catalog catalog = CatalogLoader.loadDefault();
        List<Extractor> counted = Extractors.builtIn().stream().map(this::counting).toList();
        return new Linter(catalog, RadarLoader.loadDefault(catalog.ids()), LifecyclesLoader.loadDefault(catalog.ids()),
                counted, Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    private Extractor counting(Extractor extractor) {
        return new Extractor() {
            @Override
            public String id() {
                return extractor.id();
            }

            @Override
            public boolean accepts(String path) {
                return extractor.accepts(path);
            }

            @Override
            public List<Evidence> extract(SourceFile file) throws ExtractionException {
                parses.computeIfAbsent(extractor.id() + " " + file.path() + " " + file.text().hashCode(), k -> new AtomicInteger())
                        .incrementAndGet();
                return extractor.extract(file);
            }
        };
    }
}
