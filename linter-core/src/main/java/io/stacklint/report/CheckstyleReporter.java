package io.stacklint.report;

import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML, the interchange format of linters, for reviewdog ({@code -f=checkstyle}), Jenkins warnings-ng
 * ({@code recordIssues(tools: [checkStyle(pattern: ...)])}) and anything else that reads Checkstyle's report.
 *
 * <p>The layout of Checkstyle's own XMLLogger, {@code version="4.3"} as other linters write it: one {@code <file>}
 * per path with findings, paths sorted, its {@code <error>} elements by line and column, each with
 * {@code severity} {@code error}, {@code warning} or {@code info} and {@code source="stacklint.<id>"}. The message
 * ends with the declaration found and, for transitive evidence, the dependency path. Waived findings are left
 * out: Checkstyle's format cannot mark an issue accepted, and reviewdog would comment on it.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        Map<String, List<Finding>> files = new TreeMap<>();
        for (Finding finding : report.findings()) {
            if (!finding.waived()) {
                files.computeIfAbsent(finding.location().path(), k -> new ArrayList<>()).add(finding);
            }
        }
        Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        xml.write(Xml.DECLARATION);
        if (files.isEmpty()) {
            xml.write("<checkstyle version=\"4.3\"/>\n");
            xml.flush();
            return;
        }
        xml.write("<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
            xml.write("  <file name=\"" + Xml.escape(file.getKey()) + "\">\n");
            List<Finding> findings = new ArrayList<>(file.getValue());
            findings.sort((a, b) -> a.location().compareTo(b.location()));
            for (Finding finding : findings) {
                xml.write("    <error line=\"" + finding.location().line() + "\" column=\""
                        + finding.location().column() + "\" severity=\"" + severity(finding.severity())
                        + "\" message=\"" + Xml.escape(facts.fullMessage(finding)) + "\" source=\"stacklint."
                        + Xml.escape(finding.technology()) + "\"/>\n");
            }
            xml.write("  </file>\n");
        }
        xml.write("</checkstyle>\n");
        xml.flush();
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "info";
        };
    }
}
