package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Report;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitLab Code Quality: exactly the fields GitLab reads, one unique fingerprint per issue. */
class GitlabReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new GitlabReporter();
    }

    @Override
    String extension() {
        return "json";
    }

    @Override
    void verify(String scenario, String output) throws Exception {
        JsonNode issues = new ObjectMapper().readTree(output);
        assertThat(issues.isArray()).isTrue();
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            List<String> fields = new java.util.ArrayList<>();
            issue.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("description", "check_name", "fingerprint", "severity", "location");
            assertThat(issue.get("severity").textValue()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.get("location").get("lines").get("begin").intValue()).isPositive();
            assertThat(fingerprints.add(issue.get("fingerprint").textValue())).as("unique fingerprint").isTrue();
        }
    }

    @Test
    void the_same_declaration_twice_in_one_file_gets_two_fingerprints() throws Exception {
        Report one = ReportScenarios.oneFinding();
        Finding first = one.findings().get(0);
        Finding second = new Finding(first.technology(), first.ring(), first.severity(),
                new Location(first.location().path(), 30, 12), first.message(), first.value(), false);
        Report twice = new Report(one.kind(), one.toolVersion(), one.target(), one.failOn(), one.technologies(),
                List.of(first, second), List.of());

        JsonNode issues = new ObjectMapper().readTree(render(twice));

        String fingerprint = issues.get(0).get("fingerprint").textValue();
        assertThat(issues.get(1).get("fingerprint").textValue()).isEqualTo(fingerprint + "-2");
        assertThat(fingerprint).isEqualTo(new ObjectMapper().readTree(render(one)).get(0).get("fingerprint")
                .textValue());
    }
}
