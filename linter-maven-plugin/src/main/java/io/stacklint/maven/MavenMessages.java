package io.stacklint.maven;

import io.stacklint.model.Detection;
import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Severity;
import io.stacklint.model.Summary;
import io.stacklint.model.Technology;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as Maven users read it: failing findings as the lines of one {@code [ERROR]} block, warnings one per
 * line, one summary line. Paths are relative to the execution root, so a module's {@code pom.xml} reads
 * {@code orders/pom.xml} in the aggregated block.
 */
final class MavenMessages {

    private final Report report;
    private final String prefix;
    private final MavenScopes scopes;

    /**
     * @param prefix the module's folder relative to the execution root with a trailing {@code /}, or empty
     */
    MavenMessages(Report report, String prefix, MavenScopes scopes) {
        this.report = report;
        this.prefix = prefix;
        this.scopes = scopes;
    }

    /** The failing findings: a line per finding ({@code technology  ring  file:line  value}), then its reason. */
    List<String> errorLines() {
        List<String> lines = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.fails()) {
                lines.add("  " + headline(finding));
                lines.add("    " + finding.message());
            }
        }
        return lines;
    }

    /** Findings rated below the fail threshold but worth a warning (sunsetting by default), a line each. */
    List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.severity() == Severity.WARNING && !finding.waived()) {
                lines.add(headline(finding) + ": " + finding.message());
            }
        }
        return lines;
    }

    /** The one line at the default log level: the CLI's counts. */
    String summary() {
        Summary summary = report.summary();
        String counts = count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning") + ", "
                + count(summary.notes(), "note") + " in " + count(summary.technologies(), "technology")
                + " detected";
        return report.failed() ? "✖ " + counts + "; failing on " + report.failOn().id()
                : "✔ " + counts + "; nothing rated " + report.failOn().id() + " or worse";
    }

    /** A technology's id the waiver hint can name: the first failing one. */
    String firstFailingTechnology() {
        return report.findings().stream().filter(Finding::fails).map(Finding::technology).findFirst().orElse("");
    }

    /** How to waive, in one line, with a real technology id. */
    static String waiverHint(String technology) {
        return "To accept one until a date, add a waiver to .stacklint.yml: waivers: [{technology: " + technology
                + ", reason: \"...\", until: 2027-03-31}]";
    }

    private String headline(Finding finding) {
        String name = report.technologies().stream().map(Detection::technology)
                .filter(t -> t.id().equals(finding.technology())).map(Technology::name).findFirst()
                .orElse(finding.technology());
        String where = prefix + finding.location().path() + ":" + finding.location().line();
        return name + "  " + finding.ring().id() + "  " + where + "  " + finding.value()
                + (scopes.testOnly(report, finding) ? "  (test scope)" : "");
    }

    private static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
