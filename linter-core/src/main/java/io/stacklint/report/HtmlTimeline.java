package io.stacklint.report;

import io.stacklint.model.AuditReport;
import io.stacklint.model.AuditedRepository;
import io.stacklint.model.Ring;
import io.stacklint.model.TechnologyHistory;
import io.stacklint.model.TechnologyHistory.Change;
import io.stacklint.model.TechnologyHistory.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * History timelines drawn as inline SVG, one chart per repository whose history was read: a row per technology, a
 * bar per period of presence coloured by ring, on a time axis shared by every chart of the page so repositories
 * compare at a glance. Each bar's {@code title} names the commits; a table under the chart says the same in
 * print and to screen readers. The axis ends at the newest commit the audit saw, never at the clock, so a page
 * renders the same every time.
 */
final class HtmlTimeline {

    static final int WIDTH = 960;
    static final int LABEL = 200;
    static final int ROW = 22;
    static final int AXIS = 24;

    private HtmlTimeline() {
    }

    /** The timelines section; nothing when no repository's history was read. */
    static void section(Html html, AuditReport audit) {
        List<AuditedRepository> repositories = audit.repositories();
        if (repositories.stream().allMatch(r -> r.history().isEmpty())) {
            return;
        }
        Instant first = Instant.MAX;
        Instant last = Instant.MIN;
        for (AuditedRepository repository : repositories) {
            for (TechnologyHistory history : repository.history()) {
                for (Period period : history.periods()) {
                    first = min(first, period.introduced().date());
                    last = max(last, period.introduced().date());
                    if (period.removed().isPresent()) {
                        last = max(last, period.removed().get().date());
                    }
                }
            }
        }
        if (!last.isAfter(first)) {
            last = first.plusSeconds(86_400);
        }
        html.open("section", "id", "history").newline().element("h2", "History").newline();
        for (int i = 0; i < repositories.size(); i++) {
            AuditedRepository repository = repositories.get(i);
            if (!repository.history().isEmpty()) {
                chart(html, repository, HtmlMatrix.repositoryAnchor(i), first, last);
            }
        }
        html.close("section").newline();
    }

    private static void chart(Html html, AuditedRepository repository, String anchor, Instant first, Instant last) {
        List<TechnologyHistory> histories = repository.history();
        int height = AXIS + histories.size() * ROW + 4;
        html.open("figure", "id", anchor + "-history").newline();
        html.open("figcaption").element("a", repository.name(), "href", "#" + anchor).close("figcaption").newline();
        html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "timeline", "role", "img",
                "viewBox", "0 0 " + WIDTH + " " + height, "aria-label",
                "When each technology was present in " + repository.name()).newline();
        ticks(html, first, last, height);
        for (int row = 0; row < histories.size(); row++) {
            TechnologyHistory history = histories.get(row);
            int y = AXIS + row * ROW;
            String ring = history.ring().map(Ring::id).orElse("unrated");
            html.element("text", history.technology(), "x", "0", "y", Integer.toString(y + 15));
            for (Period period : history.periods()) {
                int x1 = x(period.introduced().date(), first, last);
                int x2 = period.removed().map(r -> x(r.date(), first, last)).orElse(WIDTH);
                html.open("rect", "class", "ring-" + ring, "x", Integer.toString(x1), "y", Integer.toString(y + 4),
                        "width", Integer.toString(Math.max(2, x2 - x1)), "height", Integer.toString(ROW - 8),
                        "rx", "3").element("title", history.technology() + " (" + ring + "): " + describe(period))
                        .close("rect");
            }
            html.newline();
        }
        html.close("svg").newline();
        table(html, histories);
        html.close("figure").newline();
    }

    /** Year lines across the chart, labelled along the top; the first and last dates when under two years. */
    private static void ticks(Html html, Instant first, Instant last, int height) {
        int from = date(first).getYear() + 1;
        int to = date(last).getYear();
        if (to - from < 1) {
            tick(html, first, first, last, height, date(first).toString());
            html.element("text", date(last).toString(), "class", "tick", "x", Integer.toString(WIDTH), "y", "12",
                    "text-anchor", "end");
            html.newline();
            return;
        }
        int step = Math.max(1, (to - from + 1) / 10);
        for (int year = from; year <= to; year += step) {
            Instant at = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            tick(html, at, first, last, height, Integer.toString(year));
        }
        html.newline();
    }

    private static void tick(Html html, Instant at, Instant first, Instant last, int height, String label) {
        String x = Integer.toString(x(at, first, last));
        html.empty("line", "class", "axis", "x1", x, "x2", x, "y1", "16", "y2", Integer.toString(height));
        html.element("text", label, "class", "tick", "x", x, "y", "12");
    }

    private static void table(Html html, List<TechnologyHistory> histories) {
        html.open("table", "class", "periods").newline().open("thead").open("tr");
        for (String column : List.of("Technology", "Ring", "Introduced", "Removed")) {
            html.element("th", column, "scope", "col");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        for (TechnologyHistory history : histories) {
            for (Period period : history.periods()) {
                String ring = history.ring().map(Ring::id).orElse("unrated");
                html.open("tr").open("th", "scope", "row").element("code", history.technology()).close("th")
                        .open("td").element("span", ring, "class", "badge ring-" + ring).close("td")
                        .element("td", change(period.introduced()))
                        .element("td", period.removed().map(HtmlTimeline::change).orElse("still present"))
                        .close("tr").newline();
            }
        }
        html.close("tbody").newline().close("table").newline();
    }

    private static String describe(Period period) {
        return "introduced " + change(period.introduced())
                + period.removed().map(r -> ", removed " + change(r)).orElse(", still present");
    }

    private static String change(Change change) {
        String commit = change.commit().length() > 12 ? change.commit().substring(0, 12) : change.commit();
        return date(change.date()) + " in " + commit.toLowerCase(Locale.ROOT) + " by " + change.author();
    }

    private static int x(Instant at, Instant first, Instant last) {
        double span = last.getEpochSecond() - first.getEpochSecond();
        double offset = at.getEpochSecond() - first.getEpochSecond();
        return LABEL + (int) Math.round((WIDTH - LABEL) * Math.max(0, Math.min(1, offset / span)));
    }

    private static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
