package io.stacklint.report;

import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML, for CI systems that show test results: Jenkins' {@code junit} step, GitLab's
 * {@code artifacts:reports:junit}, Azure Pipelines, CircleCI's {@code store_test_results}.
 *
 * <p>One {@code <testsuite>} per ring that has findings, worst ring first, named {@code stacklint.<ring>}; one
 * {@code <testcase>} per finding with classname {@code stacklint.<ring>} and name {@code <id> at path:line}
 * ({@code path:line:column} when two findings of one technology share a line), so every case is unique and keeps
 * its name, and so its history, across runs. The {@code file} attribute carries the path for GitLab.
 *
 * <p>What each severity becomes, chosen for how Jenkins and GitLab show test results:
 * <ul>
 *   <li>error: a {@code <failure>} (message, then location, declaration and dependency path in the body); it
 *       fails the test report exactly when stacklint's exit code fails the build;</li>
 *   <li>warning and note: a passed test case with the message in {@code <system-out>}. A failure would make
 *       Jenkins mark the build unstable and GitLab list it among failed tests for what is only advice; as passed
 *       cases they stay listed per ring, with their message one click away;</li>
 *   <li>waived: a {@code <skipped>} case with the message, the way both tools show accepted exceptions.</li>
 * </ul>
 * A report without findings has one passing case, {@code stacklint / no findings}, because Jenkins' {@code junit}
 * step fails on a report without test cases.
 */
public final class JunitReporter implements Reporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        Map<Ring, List<Finding>> rings = facts.byRing();
        Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        xml.write(Xml.DECLARATION);
        List<Finding> all = report.findings();
        if (all.isEmpty()) {
            xml.write("<testsuites name=\"stacklint\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n");
            xml.write("  <testsuite name=\"stacklint\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\""
                    + " time=\"0\">\n");
            xml.write("    <testcase classname=\"stacklint\" name=\"no findings\" time=\"0\">\n");
            xml.write("      <system-out>" + Xml.content(report.summary().technologies()
                    + " technologies detected; none rated " + report.failOn().id() + " or worse")
                    + "</system-out>\n");
            xml.write("    </testcase>\n");
            xml.write("  </testsuite>\n");
            xml.write("</testsuites>\n");
            xml.flush();
            return;
        }
        xml.write("<testsuites name=\"stacklint\"" + counts(all) + ">\n");
        for (Map.Entry<Ring, List<Finding>> ring : rings.entrySet()) {
            String suite = "stacklint." + ring.getKey().id();
            xml.write("  <testsuite name=\"" + suite + "\"" + counts(ring.getValue()) + " time=\"0\">\n");
            Set<String> lines = new HashSet<>();
            Set<String> repeated = new HashSet<>();
            for (Finding finding : ring.getValue()) {
                if (!lines.add(finding.technology() + " " + ReportFacts.where(finding))) {
                    repeated.add(finding.technology() + " " + ReportFacts.where(finding));
                }
            }
            for (Finding finding : ring.getValue()) {
                String where = repeated.contains(finding.technology() + " " + ReportFacts.where(finding))
                        ? finding.location().toString() : ReportFacts.where(finding);
                writeCase(xml, suite, finding.technology() + " at " + where, finding, facts);
            }
            xml.write("  </testsuite>\n");
        }
        xml.write("</testsuites>\n");
        xml.flush();
    }

    private static void writeCase(Writer xml, String suite, String name, Finding finding, ReportFacts facts)
            throws IOException {
        xml.write("    <testcase classname=\"" + Xml.escape(suite) + "\" name=\"" + Xml.escape(name) + "\" file=\""
                + Xml.escape(finding.location().path()) + "\" time=\"0\">\n");
        String details = details(finding, facts);
        if (finding.waived()) {
            xml.write("      <skipped message=\"" + Xml.escape("waived: " + finding.message()) + "\"/>\n");
        } else if (finding.severity() == Severity.ERROR) {
            xml.write("      <failure type=\"" + finding.ring().id() + "\" message=\"" + Xml.escape(finding.message())
                    + "\">" + Xml.content(details) + "</failure>\n");
        } else {
            xml.write("      <system-out>" + Xml.content(finding.severity().id() + ": " + details)
                    + "</system-out>\n");
        }
        xml.write("    </testcase>\n");
    }

    private static String details(Finding finding, ReportFacts facts) {
        StringBuilder details = new StringBuilder(finding.message()).append('\n')
                .append(finding.location()).append("  ").append(finding.value());
        List<String> via = facts.via(finding);
        if (!via.isEmpty()) {
            details.append("\nvia ").append(String.join(" -> ", via));
        }
        return details.toString();
    }

    private static String counts(List<Finding> findings) {
        long failures = findings.stream().filter(Finding::fails).count();
        long skipped = findings.stream().filter(Finding::waived).count();
        return " tests=\"" + findings.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped
                + "\"";
    }
}
