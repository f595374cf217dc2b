package io.stacklint.report;

import io.stacklint.model.AuditReport;
import io.stacklint.model.AuditedRepository;
import io.stacklint.model.Detection;
import io.stacklint.model.Finding;
import io.stacklint.model.Ring;
import io.stacklint.model.Summary;
import io.stacklint.model.Technology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit page's overview tables: one row per repository with its counts, and the repositories-by-technologies
 * matrix: a row per technology (worst ring first, then by name), a column per repository, each cell the ring that
 * repository's radar gives it and the versions it uses, empty where the repository does not use it.
 */
final class HtmlMatrix {

    private HtmlMatrix() {
    }

    static String repositoryAnchor(int index) {
        return "repo-" + (index + 1);
    }

    static void repositories(Html html, AuditReport audit) {
        html.open("section", "id", "repositories").newline().element("h2", "Repositories").newline();
        html.open("table").newline().open("thead").open("tr");
        for (String column : List.of("Repository", "Verdict", "Errors", "Warnings", "Notes", "Technologies")) {
            html.element("th", column, "scope", "col");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        List<AuditedRepository> repositories = audit.repositories();
        for (int i = 0; i < repositories.size(); i++) {
            AuditedRepository repository = repositories.get(i);
            Summary summary = repository.report().summary();
            html.open("tr").open("th", "scope", "row")
                    .element("a", repository.name(), "href", "#" + repositoryAnchor(i)).close("th");
            boolean failed = repository.report().failed();
            html.open("td").element("span", failed ? "fails" : "passes", "class",
                    "badge " + (failed ? "ring-avoid" : "ring-good")).close("td");
            html.element("td", Integer.toString(summary.errors()));
            html.element("td", Integer.toString(summary.warnings()));
            html.element("td", Integer.toString(summary.notes()));
            html.element("td", Integer.toString(summary.technologies())).close("tr").newline();
        }
        html.close("tbody").newline().close("table").newline().close("section").newline();
    }

    static void technologies(Html html, AuditReport audit) {
        List<AuditedRepository> repositories = audit.repositories();
        Map<String, Technology> technologies = new LinkedHashMap<>();
        Map<String, Ring> worst = new LinkedHashMap<>();
        for (AuditedRepository repository : repositories) {
            for (Detection detection : repository.report().technologies()) {
                technologies.putIfAbsent(detection.id(), detection.technology());
                detection.ring().ifPresent(ring -> worst.merge(detection.id(), ring,
                        (a, b) -> a.compareTo(b) >= 0 ? a : b));
            }
        }
        html.open("section", "id", "matrix").newline().element("h2", "Technologies by repository").newline();
        if (technologies.isEmpty()) {
            html.element("p", "No technology was detected.", "class", "empty").newline().close("section").newline();
            return;
        }
        List<Technology> rows = new ArrayList<>(technologies.values());
        rows.sort(Comparator.<Technology>comparingInt(t -> -Optional.ofNullable(worst.get(t.id()))
                .map(r -> r.ordinal() + 1).orElse(0)).thenComparing(Technology::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Technology::id));
        html.open("table", "class", "matrix").newline().open("thead").open("tr").element("th", "Technology", "scope",
                "col");
        for (int i = 0; i < repositories.size(); i++) {
            html.open("th", "scope", "col").element("a", repositories.get(i).name(), "href",
                    "#" + repositoryAnchor(i)).close("th");
        }
        html.element("th", "Repositories", "scope", "col").close("tr").close("thead").newline().open("tbody").newline();
        for (Technology technology : rows) {
            html.open("tr").open("th", "scope", "row").element("span", technology.name(), "class", "name").text(" ")
                    .element("code", technology.id()).close("th");
            int using = 0;
            for (int i = 0; i < repositories.size(); i++) {
                Lookup repositoryReport = new Lookup(repositories.get(i));
                Optional<Detection> detection = repositoryReport.detection(technology.id());
                if (detection.isEmpty()) {
                    html.element("td", "–", "class", "absent", "title", "not used");
                    continue;
                }
                using++;
                String ring = detection.get().ring().map(Ring::id).orElse("unrated");
                long waived = repositoryReport.waived(technology.id());
                html.open("td").element("a", ring, "class", "badge ring-" + ring, "href",
                        "#" + repositoryAnchor(i) + "-tech-" + Html.anchor(technology.id()));
                if (!detection.get().versions().isEmpty()) {
                    html.element("span", String.join(", ", detection.get().versions()), "class", "versions");
                }
                if (waived > 0) {
                    html.element("span", waived + " waived", "class", "versions");
                }
                html.close("td");
            }
            html.element("td", Integer.toString(using)).close("tr").newline();
        }
        html.close("tbody").newline().close("table").newline().close("section").newline();
    }

    /** What the matrix looks up in one repository's report. */
    private record Lookup(AuditedRepository repository) {

        Optional<Detection> detection(String technology) {
            return repository.report().technologies().stream().filter(d -> d.id().equals(technology)).findFirst();
        }

        long waived(String technology) {
            return repository.report().findings().stream()
                    .filter(f -> f.technology().equals(technology) && f.waived()).map(Finding::location).count();
        }
    }
}
