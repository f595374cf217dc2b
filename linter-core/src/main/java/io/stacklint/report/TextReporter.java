package io.stacklint.report;

import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Severity;
import io.stacklint.model.Summary;
import io.stacklint.model.Technology;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report for people: findings grouped by severity and then technology, each location with the declaration
 * found there, the rating's reason and replacement, and a one-line summary. Coloured only when asked to be.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String RED = "\u001B[31m";
    private static final String GREEN = "\u001B[32m";
    private static final String YELLOW = "\u001B[33m";
    private static final String CYAN = "\u001B[36m";

    private final ReportOptions options;

    public TextReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (report.kind() == ReportKind.INVENTORY) {
            writeInventory(report, writer);
        } else {
            writeCheck(report, writer);
        }
        writer.flush();
        if (writer.checkError()) {
            throw new IOException("the report could not be written");
        }
    }

    private void writeCheck(Report report, PrintWriter out) {
        for (Severity severity : Severity.values()) {
            if (options.quiet() && severity != Severity.ERROR) {
                continue;
            }
            List<Finding> group = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (group.isEmpty()) {
                continue;
            }
            out.println(paint(heading(severity, report), BOLD + color(severity)));
            byTechnology(group).forEach((id, findings) -> writeTechnologyFindings(report, id, findings, out));
        }
        if (!options.quiet()) {
            writeDiagnostics(report.diagnostics(), out);
        }
        writeSummary(report, out);
    }

    private static String heading(Severity severity, Report report) {
        return switch (severity) {
            case ERROR -> "Errors (rated " + report.failOn().id() + " or worse: the check fails)";
            case WARNING -> "Warnings";
            case NOTE -> "Notes";
        };
    }

    private void writeTechnologyFindings(Report report, String id, List<Finding> findings, PrintWriter out) {
        Finding first = findings.get(0);
        Optional<Technology> technology = report.technologies().stream().map(Detection::technology)
                .filter(t -> t.id().equals(id)).findFirst();
        String name = technology.map(Technology::name).orElse(id);
        String category = technology.map(Technology::category).orElse("");
        out.println("  " + paint(name, BOLD) + "  " + paint(first.ring().id(), color(first.severity()))
                + (category.isEmpty() ? "" : paint("  " + category, DIM)));
        int width = findings.stream().mapToInt(f -> f.location().toString().length()).max().orElse(0);
        for (Finding finding : findings) {
            String where = finding.location().toString();
            out.println("    " + where + " ".repeat(width - where.length() + 2) + finding.value()
                    + (finding.waived() ? paint("  (waived)", DIM) : ""));
        }
        out.println("    " + paint(first.message(), DIM));
        out.println();
    }

    /** Files that could not be parsed, then notes: files skipped on purpose and facts worth knowing. */
    private void writeDiagnostics(List<Diagnostic> diagnostics, PrintWriter out) {
        writeDiagnostics("Files not read", diagnostics.stream()
                .filter(diagnostic -> diagnostic.severity() != Severity.NOTE).toList(), out);
        writeDiagnostics("Notes", diagnostics.stream()
                .filter(diagnostic -> diagnostic.severity() == Severity.NOTE).toList(), out);
    }

    private void writeDiagnostics(String heading, List<Diagnostic> diagnostics, PrintWriter out) {
        if (diagnostics.isEmpty()) {
            return;
        }
        out.println(paint(heading, BOLD));
        for (Diagnostic diagnostic : diagnostics) {
            out.println("  " + diagnostic.location() + "  " + diagnostic.message());
        }
        out.println();
    }

    private void writeSummary(Report report, PrintWriter out) {
        Summary summary = report.summary();
        String counts = count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning") + ", "
                + count(summary.notes(), "note") + " in " + count(summary.technologies(), "technology")
                + " detected";
        if (report.failed()) {
            out.println(paint("✖ " + counts + "; failing on " + report.failOn().id(), BOLD + RED));
        } else {
            out.println(paint("✔ " + counts + "; nothing rated " + report.failOn().id() + " or worse", GREEN));
        }
    }

    private void writeInventory(Report report, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TECHNOLOGY", "RING", "CATEGORY", "VERSIONS", "EVIDENCE"});
        for (Detection detection : report.technologies()) {
            Evidence first = detection.evidence().get(0);
            int more = detection.evidence().size() - 1;
            rows.add(new String[] {
                detection.technology().name() + " (" + detection.id() + ")",
                detection.ring().map(r -> r.id()).orElse("unrated"),
                detection.technology().category(),
                detection.versions().isEmpty() ? "-" : String.join(", ", detection.versions()),
                first.location() + (more > 0 ? " (+" + more + ")" : "")});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                String cell = i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2);
                line.append(r == 0 ? paint(cell, BOLD) : i == 1 ? paint(cell, ringColor(row[1])) : cell);
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        writeDiagnostics(report.diagnostics(), out);
        out.println(count(report.technologies().size(), "technology") + " detected in "
                + report.target().path());
    }

    private static Map<String, List<Finding>> byTechnology(List<Finding> findings) {
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        for (Finding finding : findings) {
            grouped.computeIfAbsent(finding.technology(), k -> new ArrayList<>()).add(finding);
        }
        return grouped;
    }

    private static String color(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> CYAN;
        };
    }

    private static String ringColor(String ring) {
        return switch (ring) {
            case "avoid" -> RED;
            case "sunsetting" -> YELLOW;
            case "experimental" -> CYAN;
            default -> "";
        };
    }

    private String paint(String text, String ansi) {
        return options.color() && !ansi.isEmpty() ? ansi + text + RESET : text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural).toLowerCase(Locale.ROOT);
    }
}
