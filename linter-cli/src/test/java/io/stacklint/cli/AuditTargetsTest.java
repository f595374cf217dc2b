package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit over remote URLs, lists of targets and shards, as an organisation-wide audit runs it. */
class AuditTargetsTest {

    private static final String POSTGRES = "services:\n  db:\n    image: postgres:18\n";
    private static final String MYSQL = "services:\n  db:\n    image: mysql:8.0\n";

    @TempDir
    Path temp;

    @Test
    void a_file_url_is_cloned_bare_into_the_cache_and_fetched_again_on_the_next_run() throws Exception {
        Path origin = repository("shop", POSTGRES, MYSQL);
        Path cache = temp.resolve("cache");
        String url = origin.toUri().toString();

        CliRun first = CliRun.of("audit", url, "--cache-dir", cache.toString(), "--history", "--format", "json");
        try (Git git = Git.open(origin.toFile())) {
            commit(git, origin, "docker-compose.yml", POSTGRES, "back to postgres", "2024-03-01T10:00:00Z");
        }
        CliRun second = CliRun.of("audit", url, "--cache-dir", cache.toString(), "--history", "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        JsonNode repository = new ObjectMapper().readTree(first.out()).at("/repositories/0");
        assertThat(repository.at("/target/path").asText()).isEqualTo(url);
        assertThat(repository.at("/technologies").toString()).contains("\"mysql\"");
        try (var mirrors = Files.list(cache)) {
            List<Path> folders = mirrors.toList();
            assertThat(folders).hasSize(1);
            assertThat(folders.get(0).getFileName().toString()).startsWith("shop-").endsWith(".git");
            assertThat(folders.get(0).resolve("HEAD")).exists();
            assertThat(folders.get(0).resolve("docker-compose.yml")).doesNotExist();
        }
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode mysql = timeline(new ObjectMapper().readTree(second.out()).at("/repositories/0"), "mysql");
        assertThat(mysql.at("/present").asBoolean()).isFalse();
        assertThat(mysql.at("/periods/0/removed/date").asText()).isEqualTo("2024-03-01T10:00:00Z");
    }

    @Test
    void depth_clones_only_the_latest_commits() throws Exception {
        Path origin = repository("shop", POSTGRES, MYSQL);

        CliRun run = CliRun.of("audit", origin.toUri().toString(), "--depth", "1", "--cache-dir",
                temp.resolve("cache").toString(), "--history", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode repository = new ObjectMapper().readTree(run.out()).at("/repositories/0");
        // the postgres commit is not in the shallow clone: both technologies appear at the one commit there is
        JsonNode mysql = timeline(repository, "mysql");
        assertThat(mysql.at("/periods/0/introduced/author").asText()).isEqualTo("Bob Babbage");
        assertThat(timeline(repository, "postgresql")).isNull();
    }

    @Test
    void a_target_that_cannot_be_cloned_is_an_error_entry_and_the_others_are_still_audited() throws Exception {
        Path shop = repository("shop", POSTGRES);
        Path billing = repository("billing", POSTGRES);
        String missing = temp.resolve("nowhere.git").toUri().toString();

        CliRun run = CliRun.of("audit", shop.toString(), missing, billing.toString(), "--cache-dir",
                temp.resolve("cache").toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("stacklint: " + missing + ": cannot be cloned");
        JsonNode repositories = new ObjectMapper().readTree(run.out()).at("/repositories");
        assertThat(repositories).hasSize(3);
        assertThat(repositories.get(0).at("/technologies").toString()).contains("postgresql");
        assertThat(repositories.get(1).at("/target/path").asText()).isEqualTo(missing);
        assertThat(repositories.get(1).at("/error").asText()).startsWith("cannot be cloned");
        assertThat(repositories.get(1).at("/technologies")).isEmpty();
        assertThat(repositories.get(2).at("/technologies").toString()).contains("postgresql");
        assertThat(repositories.get(2).at("/index").asInt()).isEqualTo(3);
    }

    @Test
    void repos_file_and_shards_split_the_list_so_that_every_target_is_audited_once() throws Exception {
        List<String> names = new ArrayList<>();
        StringBuilder list = new StringBuilder("# every repository of the organisation\n\n");
        for (String name : List.of("a", "b", "c", "d", "e")) {
            names.add(repository(name, POSTGRES).toString());
            list.append(names.get(names.size() - 1)).append("   # team ").append(name).append('\n');
        }
        Path repos = temp.resolve("repos.txt");
        Files.writeString(repos, list);

        List<String> first = paths(CliRun.of("audit", "--repos", repos.toString(), "--shard", "1/2", "--format", "json"));
        List<String> second = paths(CliRun.of("audit", "--repos", repos.toString(), "--shard", "2/2", "--format",
                "json"));
        CliRun wrong = CliRun.of("audit", "--repos", repos.toString(), "--shard", "3/2");

        assertThat(first).containsExactly(names.get(0), names.get(2), names.get(4));
        assertThat(second).containsExactly(names.get(1), names.get(3));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--shard '3/2' is not K/N");
    }

    @Test
    void merged_shard_reports_are_the_report_of_one_run_over_every_target() throws Exception {
        Path a = repository("a", POSTGRES, MYSQL);
        Path b = repository("b", MYSQL);
        Path c = repository("c", POSTGRES, MYSQL, POSTGRES);
        Path repos = temp.resolve("repos.txt");
        Files.writeString(repos, a + "\n" + b + "\n" + temp.resolve("missing") + "\n" + c + "\n");
        Path one = temp.resolve("shard-1.json");
        Path two = temp.resolve("shard-2.json");
        Path page = temp.resolve("audit.html");

        CliRun whole = CliRun.of("audit", "--repos", repos.toString(), "--history", "--format", "json");
        CliRun shardOne = CliRun.of("audit", "--repos", repos.toString(), "--history", "--shard", "1/2", "--format",
                "json:" + one);
        CliRun shardTwo = CliRun.of("audit", "--repos", repos.toString(), "--history", "--shard", "2/2", "--format",
                "json:" + two);
        CliRun merged = CliRun.of("audit", "merge", two.toString(), one.toString(), "--format", "json",
                "--format", "html:" + page);

        // shard 1 holds a and the missing folder, shard 2 holds b and c
        assertThat(shardOne.exitCode()).as(shardOne.err()).isEqualTo(2);
        assertThat(shardTwo.exitCode()).as(shardTwo.err()).isEqualTo(1);
        assertThat(merged.exitCode()).as(merged.err()).isEqualTo(whole.exitCode()).isEqualTo(2);
        assertThat(merged.out()).isEqualTo(whole.out());
        assertThat(Files.readString(page)).contains("<svg").contains(c.toString()).contains("MySQL");
        Files.writeString(one, "{\"schemaVersion\": 1,\n  \"repositories\": [{\"target\": 3}]}");
        CliRun broken = CliRun.of("audit", "merge", one.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains(one + ": repository 1 cannot be read");
    }

    private static List<String> paths(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> paths = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).at("/repositories")
                .forEach(repository -> paths.add(repository.at("/target/path").asText()));
        return paths;
    }

    static JsonNode timeline(JsonNode repository, String technology) {
        for (JsonNode timeline : repository.at("/history")) {
            if (timeline.at("/technology").asText().equals(technology)) {
                return timeline;
            }
        }
        return null;
    }

    /** A working repository with one commit per compose file version, by Ada and then Bob. */
    private Path repository(String name, String... composeVersions) throws Exception {
        Path folder = temp.resolve(name);
        String[] authors = {"Ada Lovelace", "Bob Babbage", "Cy Hopper"};
        try (Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call()) {
            for (int i = 0; i < composeVersions.length; i++) {
                commit(git, folder, "docker-compose.yml", composeVersions[i], "version " + i, authors[i],
                        "202" + (i + 1) + "-01-04T10:00:00Z");
            }
        }
        return folder;
    }

    private static void commit(Git git, Path folder, String path, String text, String message, String date)
            throws Exception {
        commit(git, folder, path, text, message, "Cy Hopper", date);
    }

    private static void commit(Git git, Path folder, String path, String text, String message, String author,
            String date) throws Exception {
        Files.writeString(folder.resolve(path), text);
        git.add().addFilepattern(".").call();
        PersonIdent ident = new PersonIdent(author, "dev@example.com", Instant.parse(date), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }
}
