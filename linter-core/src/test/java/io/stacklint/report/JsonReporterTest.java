package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON report, schemaVersion 1: its shape is a contract (DESIGN.md). */
class JsonReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new JsonReporter();
    }

    @Override
    String extension() {
        return "json";
    }

    @Override
    void verify(String scenario, String output) throws Exception {
        JsonNode report = new ObjectMapper().readTree(output);
        assertThat(report.get("schemaVersion").intValue()).isEqualTo(1);
    }
}
