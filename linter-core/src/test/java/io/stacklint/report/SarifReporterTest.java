package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0: every golden file and every output is valid against the OASIS schema. */
class SarifReporterTest extends ReporterGoldenTest {

    private static final Schema SCHEMA = loadSchema();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    Reporter reporter() {
        return new SarifReporter();
    }

    @Override
    String extension() {
        return "sarif";
    }

    @Override
    void verify(String scenario, String output) throws Exception {
        assertValid(scenario, output);
    }

    @Test
    void every_golden_file_is_valid_against_the_schema() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(GOLDEN.resolve("sarif"))) {
            files = walk.filter(p -> p.toString().endsWith(".sarif")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : files) {
            assertValid(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void the_schema_check_catches_invalid_sarif() throws IOException {
        String invalid = render(ReportScenarios.oneFinding()).replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");

        assertThat(SCHEMA.validate(JSON.readTree(invalid))).isNotEmpty();
    }

    @Test
    void fingerprints_ignore_the_line_but_tell_findings_apart() throws IOException {
        JsonNode before = JSON.readTree(render(ReportScenarios.oneFinding()));
        Report moved = withFinding(ReportScenarios.oneFinding(), new Location("docker-compose.yml", 40, 12));
        JsonNode after = JSON.readTree(render(moved));

        assertThat(fingerprint(after, 0)).isEqualTo(fingerprint(before, 0));
        JsonNode unusual = JSON.readTree(render(ReportScenarios.unusualPaths()));
        assertThat(fingerprint(unusual, 0)).isNotEqualTo(fingerprint(unusual, 1));
    }

    @Test
    void results_stop_at_githubs_limit_and_say_how_many_are_left_out() throws IOException {
        Report one = ReportScenarios.oneFinding();
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= SarifReporter.MAX_RESULTS + 2; i++) {
            many.add(new Finding("mysql", Ring.AVOID, i <= 2 ? Severity.ERROR : Severity.NOTE,
                    new Location("f" + i + ".yml", 1, 1), "m", "mysql:" + i, false));
        }
        Report big = new Report(one.kind(), one.toolVersion(), one.target(), one.failOn(), one.technologies(), many,
                List.of());

        JsonNode run = JSON.readTree(render(big)).get("runs").get(0);

        assertThat(run.get("results")).hasSize(SarifReporter.MAX_RESULTS);
        assertThat(run.get("results").get(0).get("level").textValue()).isEqualTo("error");
        assertThat(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text")
                .textValue()).startsWith("2 more findings are left out");
    }

    private static Report withFinding(Report report, Location location) {
        Finding f = report.findings().get(0);
        return new Report(report.kind(), report.toolVersion(), report.target(), report.failOn(),
                report.technologies(), List.of(new Finding(f.technology(), f.ring(), f.severity(), location,
                        f.message(), f.value(), f.waived())), report.diagnostics());
    }

    private static String fingerprint(JsonNode sarif, int result) {
        return sarif.get("runs").get(0).get("results").get(result).get("partialFingerprints")
                .get("stacklintFinding/v1").textValue();
    }

    private static void assertValid(String name, String sarif) throws IOException {
        List<Error> errors = SCHEMA.validate(JSON.readTree(sarif));
        assertThat(errors).as(name + " against the SARIF 2.1.0 schema").isEmpty();
    }

    private static Schema loadSchema() {
        try (InputStream in = SarifReporterTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
