package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GitHub Actions annotations, and the step summary handed to the front end. */
class GithubReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new GithubReporter(ReportOptions.PLAIN, Environment.none());
    }

    @Override
    String extension() {
        return "txt";
    }

    @Override
    void verify(String scenario, String output) {
        for (String line : output.lines().toList()) {
            assertThat(line).matches("::(error|warning|notice) [^:]*::.*");
        }
    }

    @Test
    void data_and_properties_are_escaped_as_the_runner_unescapes_them() {
        assertThat(GithubReporter.data("50% a\r\nb: c, d")).isEqualTo("50%25 a%0D%0Ab: c, d");
        assertThat(GithubReporter.property("50% a\nb: c, d")).isEqualTo("50%25 a%0Ab%3A c%2C d");
    }

    @Test
    void at_most_ten_annotations_per_level_and_a_last_notice_counts_the_rest() throws Exception {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(findings(Severity.ERROR, 12));
        findings.addAll(findings(Severity.WARNING, 3));
        findings.addAll(findings(Severity.NOTE, 10));

        List<String> lines = render(report(findings)).lines().toList();

        assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(10);
        assertThat(lines.stream().filter(l -> l.startsWith("::warning "))).hasSize(3);
        assertThat(lines.stream().filter(l -> l.startsWith("::notice "))).hasSize(10);
        assertThat(lines.get(lines.size() - 1)).startsWith("::notice title=stacklint::3 more findings are not"
                + " annotated");
    }

    @Test
    void no_notice_about_more_when_everything_fits() throws Exception {
        String output = render(report(findings(Severity.NOTE, 10)));

        assertThat(output.lines()).hasSize(10).noneMatch(l -> l.contains("more finding"));
    }

    @Test
    void the_step_summary_goes_to_the_file_the_environment_names_with_links_to_the_commit() {
        Environment runner = Environment.of(Map.of("GITHUB_STEP_SUMMARY", "/runner/_temp/step_summary_1",
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/shop",
                "GITHUB_SHA", "0123abc"));

        List<Appendix> appendices = new GithubReporter(ReportOptions.PLAIN, runner)
                .appendices(ReportScenarios.oneFinding());

        assertThat(appendices).hasSize(1);
        Appendix summary = appendices.get(0);
        assertThat(summary.file()).isEqualTo(Path.of("/runner/_temp/step_summary_1"));
        assertThat(summary.maxBytes()).isEqualTo(1024 * 1024);
        assertThat(summary.text()).startsWith("### stacklint: 1 error")
                .contains("[docker-compose.yml:4](https://github.com/acme/shop/blob/0123abc/docker-compose.yml#L4)");
        assertThat(summary.text().getBytes(StandardCharsets.UTF_8).length).isLessThan(1024 * 1024);
    }

    @Test
    void no_step_summary_outside_github_actions() {
        assertThat(reporter().appendices(ReportScenarios.oneFinding())).isEmpty();
    }

    private static List<Finding> findings(Severity severity, int count) {
        Finding[] findings = new Finding[count];
        for (int i = 0; i < count; i++) {
            findings[i] = new Finding("mysql", Ring.AVOID, severity, new Location("f" + i + ".yml", 1, 1), "m",
                    "mysql:" + i, false);
        }
        return Arrays.asList(findings);
    }

    private static Report report(List<Finding> findings) {
        Report one = ReportScenarios.oneFinding();
        return new Report(one.kind(), one.toolVersion(), one.target(), one.failOn(), one.technologies(), findings,
                List.of());
    }
}
