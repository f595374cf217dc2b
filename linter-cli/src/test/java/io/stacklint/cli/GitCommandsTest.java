package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --rev, diff --base and audit over repositories built with JGit, as a user runs them. */
class GitCommandsTest {

    private static final String POSTGRES = "services:\n  db:\n    image: postgres:18\n";
    private static final String MYSQL = "services:\n  db:\n    image: postgres:18\n  cache:\n    image: mysql:8.0\n";

    @TempDir
    Path temp;

    private Path repo;
    private Git git;

    @BeforeEach
    void repository() throws Exception {
        repo = temp.resolve("shop");
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        commit("docker-compose.yml", POSTGRES, "postgres", "Ada Lovelace", "2021-01-04T10:00:00Z");
        git.tag().setName("v1").setAnnotated(false).call();
        commit("docker-compose.yml", MYSQL, "add mysql", "Bob Babbage", "2022-05-06T10:00:00Z");
    }

    @AfterEach
    void close() {
        git.close();
    }

    @Test
    void check_rev_scans_a_tag_and_leaves_the_working_folder_as_it_was() throws Exception {
        Files.writeString(repo.resolve("docker-compose.yml"), "# being edited\n");

        CliRun old = CliRun.of("check", repo.toString(), "--rev", "v1", "--format", "json");
        CliRun head = CliRun.of("inventory", repo.toString(), "--rev", "main");

        assertThat(old.exitCode()).as(old.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(old.out());
        assertThat(json.at("/target/revision").asText()).isEqualTo("v1");
        assertThat(head.out()).contains("MySQL").contains("docker-compose.yml:5:12");
        assertThat(Files.readString(repo.resolve("docker-compose.yml"))).isEqualTo("# being edited\n");
        assertThat(CliRun.of("check", repo.toString(), "--rev", "v7").err())
                .contains("unknown revision 'v7'");
    }

    @Test
    void diff_fails_only_on_what_the_change_introduces() throws Exception {
        CliRun introduced = CliRun.of("diff", "--base", "v1", repo.toString());
        CliRun unchanged = CliRun.of("diff", "--base", "main", repo.toString());
        // moving a declaration down is not introducing it
        Files.writeString(repo.resolve("docker-compose.yml"), "# services\n" + MYSQL);
        CliRun moved = CliRun.of("diff", "--base", "main", repo.toString());

        assertThat(introduced.exitCode()).as(introduced.err()).isEqualTo(1);
        assertThat(introduced.out()).contains("MySQL  avoid").contains("docker-compose.yml:5:12");
        assertThat(unchanged.exitCode()).as(unchanged.out()).isZero();
        assertThat(unchanged.out()).doesNotContain("MySQL");
        assertThat(moved.exitCode()).as(moved.out()).isZero();
    }

    @Test
    void transitive_at_a_revision_reads_the_lockfiles_there_and_says_maven_needs_a_checkout() throws Exception {
        commit("web/package.json", "{\"name\": \"web\", \"dependencies\": {\"@acme/store\": \"^1.0.0\"}}\n",
                "web", "Ada Lovelace", "2023-01-04T10:00:00Z");
        commit("web/package-lock.json", """
                {
                  "name": "web",
                  "lockfileVersion": 3,
                  "packages": {
                    "": {"name": "web", "dependencies": {"@acme/store": "^1.0.0"}},
                    "node_modules/@acme/store": {"version": "1.0.4", "dependencies": {"mysql2": "^3.9.0"}},
                    "node_modules/mysql2": {"version": "3.9.7"}
                  }
                }
                """, "lock", "Ada Lovelace", "2023-01-05T10:00:00Z");
        commit("api/pom.xml", """
                <project>
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>api</artifactId>
                  <version>1</version>
                  <dependencies>
                    <dependency>
                      <groupId>com.example</groupId>
                      <artifactId>orders-starter</artifactId>
                      <version>2.1</version>
                    </dependency>
                  </dependencies>
                </project>
                """, "api", "Ada Lovelace", "2023-01-06T10:00:00Z");
        git.tag().setName("v2").setAnnotated(false).call();

        CliRun run = CliRun.of("check", "--transitive", "--rev", "v2", "--format", "json", repo.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/findings").toString()).contains("\"path\":\"web/package-lock.json\"");
        assertThat(json.at("/technologies").toString()).contains("\"via\":[\"@acme/store@1.0.4\",\"mysql2@3.9.7\"]");
        assertThat(json.at("/diagnostics").toString()).contains("api/pom.xml")
                .contains("Maven dependencies are not resolved at a --rev revision");
    }

    @Test
    void diff_lists_what_the_change_removes_without_failing() throws Exception {
        Files.writeString(repo.resolve("docker-compose.yml"), POSTGRES);

        CliRun removed = CliRun.of("diff", "--base", "main", "--format", "json", repo.toString());

        assertThat(removed.exitCode()).as(removed.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(removed.out());
        assertThat(json.at("/findings").size()).isZero();
        assertThat(json.at("/diagnostics").toString()).contains("removed since main: mysql (avoid) mysql:");
    }

    @Test
    void audit_history_of_a_bare_repository_gives_periods_with_author_and_date() throws Exception {
        commit("docker-compose.yml", POSTGRES, "drop mysql", "Cy Hopper", "2023-07-08T10:00:00Z");
        Path bare = temp.resolve("shop.git");
        Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();

        CliRun run = CliRun.of("audit", "--history", "--format", "json", bare.toString(), repo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/repositories")).hasSize(2);
        JsonNode first = json.at("/repositories/0");
        assertThat(first.at("/target/path").asText()).isEqualTo(bare.toString());
        JsonNode mysql = null;
        for (JsonNode timeline : first.at("/history")) {
            if (timeline.at("/technology").asText().equals("mysql")) {
                mysql = timeline;
            }
        }
        assertThat(mysql).isNotNull();
        assertThat(mysql.at("/ring").asText()).isEqualTo("avoid");
        assertThat(mysql.at("/present").asBoolean()).isFalse();
        assertThat(mysql.at("/periods")).hasSize(1);
        assertThat(mysql.at("/periods/0/introduced/author").asText()).isEqualTo("Bob Babbage");
        assertThat(mysql.at("/periods/0/introduced/date").asText()).isEqualTo("2022-05-06T10:00:00Z");
        assertThat(mysql.at("/periods/0/removed/author").asText()).isEqualTo("Cy Hopper");
        assertThat(mysql.at("/periods/0/removed/commit").asText()).hasSize(40);
    }

    @Test
    void audit_history_as_html_draws_the_matrix_and_the_timelines(@org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        commit("docker-compose.yml", POSTGRES, "drop mysql", "Cy Hopper", "2023-07-08T10:00:00Z");
        Path page = out.resolve("audit.html");

        CliRun run = CliRun.of("audit", "--history", "--format", "html:" + page, repo.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = java.nio.file.Files.readString(page);
        assertThat(html).contains("<svg").contains("mysql").contains("PostgreSQL")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("<link");
    }

    @Test
    void audit_of_a_folder_that_is_no_repository_is_an_input_error() {
        CliRun run = CliRun.of("audit", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a git repository");
    }

    private void commit(String path, String text, String message, String author, String date) throws Exception {
        Files.createDirectories(repo.resolve(path).getParent());
        Files.writeString(repo.resolve(path), text);
        git.add().addFilepattern(".").call();
        PersonIdent ident = new PersonIdent(author, "dev@example.com", Instant.parse(date), ZoneOffset.UTC);
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }
}
