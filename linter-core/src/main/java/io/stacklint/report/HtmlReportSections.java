package io.stacklint.report;

import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Rating;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.model.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of the HTML report that show one scanned repository: the summary, the findings grouped by ring and
 * technology with reasons and replacements, the inventory of every technology with its evidence, and the files
 * not read. A single-repository page shows them once; an audit page once per repository, each under its own
 * anchor prefix and one heading level lower.
 */
final class HtmlReportSections {

    private final Report report;
    private final ReportFacts facts;
    private final Optional<String> sourceUrl;
    private final String prefix;
    private final int level;

    /**
     * @param prefix anchor prefix that keeps ids unique on a page showing several repositories ("" for one)
     * @param level  the heading level of the sections (2 on a single-repository page)
     */
    HtmlReportSections(Report report, Optional<String> sourceUrl, String prefix, int level) {
        this.report = report;
        this.facts = new ReportFacts(report);
        this.sourceUrl = sourceUrl;
        this.prefix = prefix;
        this.level = level;
    }

    /** The verdict and the counts. */
    void summary(Html html) {
        Summary summary = report.summary();
        long waived = report.findings().stream().filter(Finding::waived).count();
        html.open("section", "id", prefix + "summary", "class", "summary").newline();
        html.element(h(0), "Summary").newline();
        String failOn = report.failOn().id();
        if (report.failed()) {
            long failing = report.findings().stream().filter(Finding::fails).count();
            html.element("p", "The check fails: " + plural(failing, "finding is", "findings are") + " rated " + failOn
                    + " or worse.", "class", "verdict fails").newline();
        } else {
            html.element("p", "Nothing rated " + failOn + " or worse.", "class", "verdict passes").newline();
        }
        html.open("dl", "class", "counts").newline();
        count(html, "errors", summary.errors(), "error");
        count(html, "warnings", summary.warnings(), "warning");
        count(html, "notes", summary.notes(), "note");
        count(html, "waived", waived, "waived");
        count(html, "technologies", summary.technologies(), "technologies");
        count(html, "files not read", report.diagnostics().size(), "not-read");
        html.close("dl").newline().close("section").newline();
    }

    /** Findings, worst ring first; within a ring one block per technology with every place it is declared. */
    void findings(Html html) {
        html.open("section", "id", prefix + "findings", "class", "findings").newline();
        html.element(h(0), "Findings").newline();
        Map<Ring, List<Finding>> byRing = facts.byRing();
        if (byRing.isEmpty()) {
            html.element("p", "No technology is rated badly enough to report.", "class", "empty").newline();
        }
        for (Map.Entry<Ring, List<Finding>> ring : byRing.entrySet()) {
            String id = ring.getKey().id();
            html.open("section", "class", "ring ring-" + id, "id", prefix + "ring-" + id).newline();
            html.open(h(1)).element("span", id, "class", "badge ring-" + id).text(" " + plural(
                    ring.getValue().size(), "finding", "findings")).close(h(1)).newline();
            Map<String, List<Finding>> technologies = new LinkedHashMap<>();
            for (Finding finding : ring.getValue()) {
                technologies.computeIfAbsent(finding.technology(), k -> new ArrayList<>()).add(finding);
            }
            technologies.forEach((technology, findings) -> technologyFindings(html, technology, findings));
            html.close("section").newline();
        }
        html.close("section").newline();
    }

    /** Every detected technology, rated or not, with every piece of evidence. */
    void inventory(Html html) {
        html.open("section", "id", prefix + "inventory", "class", "inventory").newline();
        html.element(h(0), "Inventory").newline();
        if (report.technologies().isEmpty()) {
            html.element("p", "No technology was detected.", "class", "empty").newline().close("section").newline();
            return;
        }
        html.open("table").newline().open("thead").open("tr");
        for (String column : List.of("Technology", "Category", "Ring", "Versions", "Evidence")) {
            html.element("th", column, "scope", "col");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        for (Detection detection : report.technologies()) {
            String ring = detection.ring().map(Ring::id).orElse("unrated");
            html.open("tr", "id", technologyAnchor(detection.id()), "class", "ring-" + ring);
            html.open("th", "scope", "row").element("span", detection.technology().name(), "class", "name")
                    .text(" ").element("code", detection.id()).close("th");
            html.element("td", detection.technology().category());
            html.open("td").element("span", ring, "class", "badge ring-" + ring).close("td");
            html.element("td", String.join(", ", detection.versions()));
            html.open("td").open("ul", "class", "evidence");
            for (Evidence evidence : detection.evidence()) {
                html.open("li");
                place(html, evidence.location(), evidence.value(), evidence.scope().id(), evidence.via());
                Optional<Ring> own = detection.ratingAt(evidence.location()).map(Rating::ring);
                if (!own.equals(detection.ring())) {
                    own.ifPresent(r -> html.text(" ").element("span", r.id(), "class", "badge ring-" + r.id()));
                }
                html.close("li");
            }
            html.close("ul").close("td").close("tr").newline();
        }
        html.close("tbody").newline().close("table").newline().close("section").newline();
    }

    /** The files that could not be read; nothing when every file was read. */
    void diagnostics(Html html) {
        if (report.diagnostics().isEmpty()) {
            return;
        }
        html.open("section", "id", prefix + "not-read", "class", "diagnostics").newline();
        html.element(h(0), "Files not read").newline().open("ul").newline();
        for (Diagnostic diagnostic : report.diagnostics()) {
            html.open("li", "class", "severity-" + diagnostic.severity().id());
            link(html, diagnostic.location(), diagnostic.location().toString());
            html.text(" " + diagnostic.message()).close("li").newline();
        }
        html.close("ul").newline().close("section").newline();
    }

    /** The fragment id of a technology's inventory row. */
    String technologyAnchor(String technology) {
        return prefix + "tech-" + Html.anchor(technology);
    }

    private void technologyFindings(Html html, String technology, List<Finding> findings) {
        Finding first = findings.get(0);
        Optional<Detection> detection = report.technologies().stream().filter(d -> d.id().equals(technology))
                .findFirst();
        Optional<Rating> rating = detection.flatMap(d -> d.ratingAt(first.location()));
        String reason = rating.map(Rating::reason).filter(r -> !r.isBlank()).orElse(facts.advice(first));
        html.open("article", "class", "technology").newline();
        html.open(h(2)).element("span", facts.name(technology), "class", "name").text(" ")
                .element("code", technology);
        String category = facts.category(technology);
        if (!category.isEmpty()) {
            html.text(" ").element("span", category, "class", "category");
        }
        html.close(h(2)).newline();
        if (!reason.isEmpty()) {
            html.element("p", reason, "class", "reason").newline();
        }
        List<String> replacements = rating.map(Rating::replacements).orElse(List.of());
        if (!replacements.isEmpty()) {
            html.open("p", "class", "replacements").text("Use instead: ");
            for (int i = 0; i < replacements.size(); i++) {
                String replacement = replacements.get(i);
                html.text(i == 0 ? "" : i == replacements.size() - 1 ? " or " : ", ");
                boolean detected = report.technologies().stream().anyMatch(d -> d.id().equals(replacement));
                String name = facts.name(replacement);
                if (detected) {
                    html.element("a", name, "href", "#" + technologyAnchor(replacement));
                } else {
                    html.element("strong", name);
                }
            }
            html.close("p").newline();
        }
        html.open("ul", "class", "places").newline();
        for (Finding finding : findings) {
            html.open("li", "class", finding.waived() ? "waived" : "severity-" + finding.severity().id());
            Optional<Evidence> evidence = facts.evidence(finding);
            place(html, finding.location(), finding.value(), evidence.map(e -> e.scope().id()).orElse(""),
                    facts.via(finding));
            html.text(" ").element("span", finding.severity().id(), "class", "severity");
            if (finding.waived()) {
                html.text(" ").element("span", "waived", "class", "waived-mark");
            }
            String advice = facts.advice(finding);
            if (saysMore(advice, reason)) {
                html.text(" ").element("span", advice, "class", "own-reason");
            }
            html.close("li").newline();
        }
        html.close("ul").newline().close("article").newline();
    }

    /**
     * True when a finding's message says more than the block's reason and replacements show already: an end-of-life
     * date for this declaration's version, or a note the policy added.
     */
    private static boolean saysMore(String advice, String reason) {
        if (!advice.startsWith(reason)) {
            return !advice.isEmpty();
        }
        String rest = advice.substring(reason.length()).replaceFirst("^\\.?\\s*", "")
                .replaceFirst("^Use [^\\n]*? instead\\.\\s*", "");
        return !rest.isBlank();
    }

    /** {@code path:line:column}, the declaration as written, its scope and, for transitive evidence, the path. */
    private void place(Html html, Location location, String value, String scope, List<String> via) {
        link(html, location, location.toString());
        html.text(" ").element("code", value, "class", "value");
        if (!scope.isEmpty()) {
            html.text(" ").element("span", scope, "class", "scope");
        }
        if (!via.isEmpty()) {
            html.text(" ").element("span", "via " + String.join(" → ", via), "class", "via");
        }
    }

    private void link(Html html, Location location, String text) {
        if (sourceUrl.isPresent()) {
            html.element("a", text, "class", "where", "href",
                    sourceUrl.get() + "/" + ReportFacts.uriPath(location.path()) + "#L" + location.line());
        } else {
            html.element("span", text, "class", "where");
        }
    }

    private static void count(Html html, String label, long n, String css) {
        html.open("div", "class", "count " + css + (n == 0 ? " zero" : "")).element("dt", label)
                .element("dd", Long.toString(n)).close("div").newline();
    }

    private String h(int depth) {
        return "h" + Math.min(6, level + depth);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
