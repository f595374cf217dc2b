package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.report.Environment;
import io.stacklint.report.Reporters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code --format}, and what the command does inside GitHub Actions. */
class FormatsTest {

    @Test
    void every_format_renders_the_same_check_and_keeps_its_exit_code() {
        for (String format : Reporters.formats()) {
            CliRun run = CliRun.of("check", "--format", format, CheckCommandTest.LEGACY);

            assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).as(format).contains("docker-compose.yml");
        }
    }

    @Test
    void formats_can_go_to_files_side_by_side(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("check", "--format", "text", "--format", "sarif:" + out.resolve("a.sarif"),
                "--format", "junit:" + out.resolve("junit.xml"), "--format", "gitlab:" + out.resolve("cq.json"),
                CheckCommandTest.LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("a.sarif"))).contains("\"version\" : \"2.1.0\"");
        assertThat(Files.readString(out.resolve("junit.xml"))).contains("<testsuite name=\"stacklint.avoid\"");
        assertThat(Files.readString(out.resolve("cq.json"))).contains("\"check_name\" : \"mysql\"");
    }

    @Test
    void inside_github_actions_the_default_is_text_and_annotations_and_a_step_summary(@TempDir Path temp)
            throws IOException {
        Path summary = temp.resolve("step_summary");
        Files.writeString(summary, "## Build\n\nearlier step\n");
        Terminal runner = new Terminal(false, Environment.of(Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "acme/shop", "GITHUB_SHA", "abc123")), java.time.Clock.systemUTC()).on(CliRun.TODAY);

        CliRun run = CliRun.withTerminal(runner, "check", CheckCommandTest.LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("✖ 4 errors")
                .contains("::error file=docker-compose.yml,line=5,col=12,title=MySQL (avoid)::MySQL is rated avoid");
        assertThat(Files.readString(summary, StandardCharsets.UTF_8)).startsWith("## Build\n\nearlier step\n")
                .contains("### stacklint: 4 errors")
                .contains("(https://github.com/acme/shop/blob/abc123/docker-compose.yml#L5)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_step_summary_that_would_pass_githubs_limit_is_skipped_with_a_warning(@TempDir Path temp)
            throws IOException {
        Path summary = temp.resolve("step_summary");
        Files.writeString(summary, "x".repeat(1024 * 1024 - 10));
        Terminal runner = new Terminal(false, Environment.of(Map.of("GITHUB_STEP_SUMMARY", summary.toString())), java.time.Clock.systemUTC()).on(CliRun.TODAY);

        CliRun run = CliRun.withTerminal(runner, "check", "--format", "github", CheckCommandTest.LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.size(summary)).isEqualTo(1024 * 1024 - 10);
        assertThat(run.err()).contains("summary not appended");
    }

    @Test
    void outside_github_actions_the_default_stays_text() {
        CliRun run = CliRun.of("check", CheckCommandTest.LEGACY);

        assertThat(run.out()).doesNotContain("::error");
    }

    @Test
    void markdown_links_places_to_the_repository_url() {
        CliRun run = CliRun.of("check", "--format", "markdown", "--repository-url",
                "https://github.com/acme/shop/blob/main", CheckCommandTest.LEGACY);

        assertThat(run.out()).contains("[docker-compose.yml:5](https://github.com/acme/shop/blob/main/"
                + "docker-compose.yml#L5)");
    }

    @Test
    void the_html_page_goes_to_a_file_beside_the_text(@TempDir Path out) throws IOException {
        CliRun run = CliRun.of("check", "--format", "text", "--format", "html:" + out.resolve("stacklint.html"),
                "--repository-url", "https://github.com/acme/shop/blob/main", CheckCommandTest.LEGACY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("stacklint.html"))).startsWith("<!DOCTYPE html>")
                .contains("<section id=\"inventory\"", "href=\"https://github.com/acme/shop/blob/main/"
                        + "docker-compose.yml#L5\"");
    }

    @Test
    void an_unknown_format_lists_the_known_ones() {
        CliRun run = CliRun.of("check", "--format", "pdf", CheckCommandTest.LEGACY);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("sarif, junit, checkstyle, gitlab, github, markdown, html");
    }
}
