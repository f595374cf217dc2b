package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.engine.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The JSON report is a public contract (DESIGN.md, schemaVersion 1): its shape is checked field by field. */
class JsonReportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/expected/legacy-shop.json");

    @Test
    void the_report_matches_the_golden_file() throws IOException {
        CliRun run = CliRun.of("check", "--format", "json", CheckCommandTest.LEGACY);

        String normalised = run.out().replace("\"" + Linter.version() + "\"", "\"VERSION\"");
        assertThat(normalised).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void every_object_has_exactly_the_documented_fields() throws IOException {
        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", "--format", "json",
                CheckCommandTest.LEGACY).out());

        assertThat(fields(report)).containsExactly("schemaVersion", "tool", "target", "technologies", "findings",
                "summary", "diagnostics");
        assertThat(report.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(fields(report.get("tool"))).containsExactly("name", "version");
        assertThat(fields(report.get("target"))).containsExactly("path", "revision");
        assertThat(report.get("target").get("revision").isNull()).isTrue();
        for (JsonNode technology : report.get("technologies")) {
            assertThat(fields(technology)).containsExactly("id", "name", "category", "ring", "versions", "reason",
                    "replacements", "evidence");
            for (JsonNode evidence : technology.get("evidence")) {
                assertThat(fields(evidence)).containsExactly("path", "line", "column", "kind", "value", "scope",
                        "via");
                assertThat(evidence.get("line").intValue()).isPositive();
                assertThat(evidence.get("column").intValue()).isPositive();
                assertThat(evidence.get("path").textValue()).doesNotStartWith("/").doesNotContain("\\");
            }
        }
        for (JsonNode finding : report.get("findings")) {
            assertThat(fields(finding)).containsExactly("technology", "ring", "severity", "path", "line", "column",
                    "message", "waived");
        }
        assertThat(fields(report.get("summary"))).containsExactly("errors", "warnings", "notes", "technologies");
        assertThat(report.get("summary").get("errors").intValue()).isEqualTo(4);
        assertThat(report.get("summary").get("technologies").intValue())
                .isEqualTo(report.get("technologies").size());
    }

    @Test
    void the_mysql_entry_reads_as_documented() throws IOException {
        JsonNode report = new ObjectMapper().readTree(CliRun.of("check", "--format", "json",
                CheckCommandTest.LEGACY).out());
        JsonNode mysql = StreamSupport.stream(report.get("technologies").spliterator(), false)
                .filter(t -> t.get("id").textValue().equals("mysql")).findFirst().orElseThrow();

        assertThat(mysql.get("ring").textValue()).isEqualTo("avoid");
        assertThat(mysql.get("category").textValue()).isEqualTo("database");
        assertThat(texts(mysql.get("replacements"))).containsExactly("postgresql", "mariadb");
        JsonNode compose = StreamSupport.stream(mysql.get("evidence").spliterator(), false)
                .filter(e -> e.get("path").textValue().equals("docker-compose.yml")).findFirst().orElseThrow();
        assertThat(compose.get("line").intValue()).isEqualTo(5);
        assertThat(compose.get("column").intValue()).isEqualTo(12);
        assertThat(compose.get("kind").textValue()).isEqualTo("container-image");
        assertThat(compose.get("value").textValue()).isEqualTo("mysql:8.0");
        assertThat(compose.get("scope").textValue()).isEqualTo("runtime");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::textValue).toList();
    }
}
