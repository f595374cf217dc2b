package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Report;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Markdown summary, with links to a repository browser. */
class MarkdownReporterTest extends ReporterGoldenTest {

    static final String SOURCE = "https://git.example.com/acme/shop/blob/main";

    @Override
    Reporter reporter() {
        return new MarkdownReporter(new ReportOptions(false, false, Optional.of(SOURCE + "/")));
    }

    @Override
    String extension() {
        return "md";
    }

    @Override
    void verify(String scenario, String output) {
        assertThat(output.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(
                MarkdownReporter.COMMENT_BUDGET);
        for (String line : output.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| Technology")) {
                assertThat(line.split("(?<!\\\\)\\|", -1)).as("cells of %s", line).hasSize(6);
            }
        }
    }

    @Test
    void without_a_source_url_places_are_plain_text() throws Exception {
        String output = render(new MarkdownReporter(ReportOptions.PLAIN), ReportScenarios.oneFinding());

        assertThat(output).contains("| docker-compose.yml:4 mysql:5.7 |").doesNotContain("](");
    }

    @Test
    void a_long_report_stays_comment_sized_and_counts_what_it_leaves_out() throws Exception {
        Report one = ReportScenarios.oneFinding();
        Finding template = one.findings().get(0);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new Finding("tech-" + i, template.ring(), template.severity(),
                    new Location("services/service-" + i + "/docker-compose.yml", 4, 12),
                    template.message(), template.value(), false));
        }
        Report big = new Report(one.kind(), one.toolVersion(), one.target(), one.failOn(), one.technologies(), many,
                List.of());

        String output = render(big);

        assertThat(output.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(
                MarkdownReporter.COMMENT_BUDGET);
        assertThat(output).containsPattern("_\\d+ more rows are not shown").endsWith("</sub>\n");
    }
}
