package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The scenarios every format renders, each compared with a golden file
 * {@code src/test/resources/golden/<format>/<scenario>.<extension>}. A format's test class only names its reporter
 * and extension, and may check more of each output in {@link #verify}.
 *
 * <p>To regenerate the golden files after a deliberate change, run the tests with
 * {@code -Dstacklint.updateGolden=true} and review the diff.
 */
abstract class ReporterGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    abstract Reporter reporter();

    /** The golden files' extension, without the dot. */
    abstract String extension();

    /** Further checks on one rendered output (well-formed, valid against a schema). */
    void verify(String scenario, String output) throws Exception {
    }

    @Test
    void no_findings() throws Exception {
        check("no-findings", ReportScenarios.noFindings());
    }

    @Test
    void one_finding() throws Exception {
        check("one-finding", ReportScenarios.oneFinding());
    }

    @Test
    void many_findings_across_rings() throws Exception {
        check("many-across-rings", ReportScenarios.manyAcrossRings());
    }

    @Test
    void a_waived_finding() throws Exception {
        check("waived", ReportScenarios.waived());
    }

    @Test
    void transitive_evidence_with_its_dependency_path() throws Exception {
        check("transitive", ReportScenarios.transitive());
    }

    @Test
    void paths_with_spaces_and_non_ascii_characters() throws Exception {
        check("unusual-paths", ReportScenarios.unusualPaths());
    }

    final String render(Report report) throws IOException {
        return render(reporter(), report);
    }

    static String render(Reporter reporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    final Path golden(String scenario) {
        return GOLDEN.resolve(reporter().format()).resolve(scenario + "." + extension());
    }

    private void check(String scenario, Report report) throws Exception {
        String actual = render(report);
        Path golden = golden(scenario);
        if (Boolean.getBoolean("stacklint.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        verify(scenario, actual);
    }
}
