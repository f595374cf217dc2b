package io.stacklint.report;

import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.model.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Markdown summary sized for a pull or merge request comment (and GitHub Actions' step summary): a headline
 * with the counts, whether the check fails, and one table, worst ring first, with a row per technology and ring:
 * the technology, its ring, where it is declared (up to {@value #MAX_PLACES} places per row, each
 * {@code path:line} with the declaration) and the rating's reason with its replacements.
 *
 * <p>With a source URL ({@code --repository-url}) every {@code path:line} links to {@code URL/path#Lline}. The
 * whole text stays under {@value #COMMENT_BUDGET} bytes, below GitHub's 65,536-character comment limit: rows that
 * do not fit are counted in a last line instead.
 */
public final class MarkdownReporter implements Reporter {

    /** Bytes a comment may take: below GitHub's 65,536-character limit on a comment, with room to spare. */
    static final int COMMENT_BUDGET = 60_000;

    static final int MAX_PLACES = 10;

    private final ReportOptions options;

    public MarkdownReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report, options.sourceUrl(), COMMENT_BUDGET).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The summary in at most {@code budget} UTF-8 bytes.
     *
     * @param sourceUrl the base of {@code path:line} links, or empty for plain text
     */
    static String render(Report report, Optional<String> sourceUrl, int budget) {
        ReportFacts facts = new ReportFacts(report);
        Summary summary = report.summary();
        StringBuilder head = new StringBuilder("### stacklint: ");
        if (report.findings().isEmpty()) {
            head.append("no findings\n\n");
        } else {
            head.append(counts(summary, report)).append("\n\n");
        }
        String failOn = report.failOn().id();
        if (report.failed()) {
            long failing = report.findings().stream().filter(Finding::fails).count();
            head.append("❌ **The check fails**: ").append(failing)
                    .append(failing == 1 ? " finding is" : " findings are").append(" rated ").append(failOn).append(" or worse.");
        } else {
            head.append("✅ Nothing rated ").append(failOn).append(" or worse.");
        }
        head.append(' ').append(plural(summary.technologies(), "technology", "technologies"))
                .append(" detected in `").append(report.target().path().replace("`", "'")).append('`');
        report.target().revision().ifPresent(rev -> head.append(" at `").append(rev.replace("`", "'")).append('`'));
        head.append('.');
        if (!report.diagnostics().isEmpty()) {
            head.append(' ').append(plural(report.diagnostics().size(), "file", "files")).append(" could not be read.");
        }
        head.append('\n');
        String footer = "\n<sub>stacklint " + ReportFacts.markdown(report.toolVersion())
                + " · `stacklint explain ID` tells more about a technology</sub>\n";
        if (report.findings().isEmpty()) {
            return head + footer;
        }
        List<String> rows = rows(report, facts, sourceUrl);
        StringBuilder text = new StringBuilder(head).append('\n')
                .append("| Technology | Ring | Where | Reason |\n|---|---|---|---|\n");
        int used = bytes(text) + bytes(footer) + 200;
        int shown = 0;
        for (String row : rows) {
            int size = bytes(row);
            if (used + size > budget) {
                break;
            }
            text.append(row);
            used += size;
            shown++;
        }
        if (shown < rows.size()) {
            text.append("\n_").append(rows.size() - shown)
                    .append(" more rows are not shown to keep this summary short; the text or JSON report lists"
                            + " them all._\n");
        }
        return text.append(footer).toString();
    }

    private static List<String> rows(Report report, ReportFacts facts, Optional<String> sourceUrl) {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<Ring, List<Finding>> ring : facts.byRing().entrySet()) {
            Map<String, List<Finding>> technologies = new LinkedHashMap<>();
            for (Finding finding : ring.getValue()) {
                technologies.computeIfAbsent(finding.technology(), k -> new ArrayList<>()).add(finding);
            }
            for (Map.Entry<String, List<Finding>> technology : technologies.entrySet()) {
                rows.add(row(ring.getKey(), technology.getKey(), technology.getValue(), facts, sourceUrl));
            }
        }
        return rows;
    }

    private static String row(Ring ring, String id, List<Finding> findings, ReportFacts facts,
            Optional<String> sourceUrl) {
        List<String> places = new ArrayList<>();
        for (Finding finding : findings.subList(0, Math.min(MAX_PLACES, findings.size()))) {
            String where = ReportFacts.markdown(ReportFacts.where(finding));
            if (sourceUrl.isPresent()) {
                where = "[" + where + "](" + sourceUrl.get() + "/" + ReportFacts.uriPath(finding.location().path())
                        + "#L" + finding.location().line() + ")";
            }
            StringBuilder place = new StringBuilder(where).append(" ").append(ReportFacts.markdown(finding.value()));
            List<String> via = facts.via(finding);
            if (!via.isEmpty()) {
                place.append(" via ").append(ReportFacts.markdown(String.join(" → ", via)));
            }
            if (finding.waived()) {
                place.append(" _(waived)_");
            }
            places.add(place.toString());
        }
        if (findings.size() > MAX_PLACES) {
            places.add("and " + (findings.size() - MAX_PLACES) + " more");
        }
        String because = facts.advice(findings.get(0));
        return "| **" + ReportFacts.markdown(facts.name(id)) + "** (`" + id.replace("`", "'") + "`) | "
                + ring.id() + " | " + String.join("<br>", places) + " | " + ReportFacts.markdown(because) + " |\n";
    }

    private static String counts(Summary summary, Report report) {
        long waived = report.findings().stream().filter(Finding::waived).count();
        return plural(summary.errors(), "error", "errors") + ", " + plural(summary.warnings(), "warning", "warnings")
                + ", " + plural(summary.notes(), "note", "notes") + (waived == 0 ? "" : ", " + waived + " waived");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
