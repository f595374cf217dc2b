package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.AuditReport;
import io.stacklint.model.AuditedRepository;
import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Rating;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.model.Scope;
import io.stacklint.model.Severity;
import io.stacklint.model.Target;
import io.stacklint.model.TechnologyHistory;
import io.stacklint.model.TechnologyHistory.Change;
import io.stacklint.model.TechnologyHistory.Period;
import io.stacklint.model.Technology;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The self-contained HTML page, for one scan and for an audit of several repositories. */
class HtmlReporterTest extends ReporterGoldenTest {

    @Override
    Reporter reporter() {
        return new HtmlReporter(new ReportOptions(false, false, Optional.of(MarkdownReporterTest.SOURCE)));
    }

    @Override
    String extension() {
        return "html";
    }

    @Override
    void verify(String scenario, String output) throws Exception {
        assertSelfContained(output);
        assertLinksResolve(output);
    }

    @Test
    void an_audit_shows_the_matrix_and_the_history_timelines() throws Exception {
        String output = renderAudit(audit());

        Path golden = GOLDEN.resolve("html").resolve("audit.html");
        if (Boolean.getBoolean("stacklint.updateGolden")) {
            Files.writeString(golden, output, StandardCharsets.UTF_8);
        }
        assertThat(output).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertSelfContained(output);
        assertLinksResolve(output);
        Document page = parse(output);
        Element matrix = (Element) page.getElementsByTagName("table").item(1);
        assertThat(matrix.getAttribute("class")).isEqualTo("matrix");
        assertThat(((Element) matrix.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength())
                .as("a row per technology of either repository").isEqualTo(5 + 1);
        assertThat(page.getElementsByTagName("svg").getLength()).as("one timeline per repository with history")
                .isEqualTo(1);
    }

    @Test
    void text_from_a_repository_never_becomes_markup() throws Exception {
        Technology hostile = new Technology("evil", "<script>alert('x')</script>", "library", null, List.of());
        Evidence evidence = Evidence.ofPackage("npm", "evil", "1.0.0",
                new Location("<img src=x onerror=alert(1)>/package.json", 3, 5), "evil@\"><b>", Scope.RUNTIME);
        Report report = new Report(ReportKind.CHECK, "0.1.0", new Target("repo&co", Optional.empty()), Ring.AVOID,
                List.of(new Detection(hostile, Optional.of(new Rating(Ring.AVOID, "</p><iframe>", List.of())),
                        List.of("1.0.0"), List.of(evidence))),
                List.of(new Finding("evil", Ring.AVOID, Severity.ERROR, evidence.location(), "m", evidence.value(),
                        false)),
                List.of());

        String output = render(report);

        assertThat(output).doesNotContain("<script", "<img", "<iframe", "<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "repo&amp;co");
        assertSelfContained(output);
    }

    @Test
    void every_format_name_includes_html() {
        assertThat(Reporters.forFormat("html", ReportOptions.PLAIN)).get().isInstanceOf(HtmlReporter.class);
    }

    /** Two repositories, one with its history read: the scenario an audit of old repositories produces. */
    static AuditReport audit() {
        Report shop = ReportScenarios.manyAcrossRings();
        Report billing = ReportScenarios.transitive();
        List<TechnologyHistory> history = List.of(
                new TechnologyHistory("mysql", Optional.of(Ring.AVOID), List.of(
                        new Period(change("4f1c2a9e7b3d", "2019-03-04T10:15:00Z", "Ann Lee"),
                                Optional.of(change("9b8a7c6d5e4f", "2021-06-30T16:00:00Z", "Björn <bjorn@example.com>"))),
                        new Period(change("0a1b2c3d4e5f", "2023-02-01T09:00:00Z", "Ann Lee"), Optional.empty()))),
                new TechnologyHistory("jquery", Optional.of(Ring.SUNSETTING), List.of(
                        new Period(change("1234567890abcdef1234", "2018-01-15T08:00:00Z", "Chen Wu"),
                                Optional.empty()))),
                new TechnologyHistory("travis-ci", Optional.of(Ring.SUNSETTING), List.of(
                        new Period(change("aaaabbbbcccc", "2018-01-15T08:00:00Z", "Chen Wu"),
                                Optional.of(change("ddddeeeeffff", "2024-11-20T12:00:00Z", "Ann Lee"))))));
        return new AuditReport("0.1.0", List.of(new AuditedRepository("acme/shop", shop, history),
                new AuditedRepository("acme/billing", billing, List.of())));
    }

    private static Change change(String commit, String date, String author) {
        return new Change(commit, Instant.parse(date), author);
    }

    private static String renderAudit(AuditReport audit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReporter(ReportOptions.PLAIN).writeAudit(audit, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Well-formed, and nothing that would load from elsewhere: no scripts, style sheets, fonts or images. */
    private static void assertSelfContained(String output) throws Exception {
        assertThat(output).startsWith("<!DOCTYPE html>\n").doesNotContain("<script", "<link", "<img", "<iframe",
                "<object", "<embed", "@import", "url(").doesNotContainPattern("<[^>]*\\ssrc=");
        Document page = parse(output);
        NodeList links = page.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertThat(href).as("link %s", href).satisfiesAnyOf(
                    h -> assertThat(h).startsWith("#"),
                    h -> assertThat(h).startsWith(MarkdownReporterTest.SOURCE + "/"));
        }
    }

    /** Every link inside the page leads to an element of the page. */
    private static void assertLinksResolve(String output) throws Exception {
        Document page = parse(output);
        Set<String> ids = new HashSet<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
            }
        }
        NodeList links = page.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#")) {
                assertThat(ids).as("target of %s", href).contains(href.substring(1));
            }
        }
    }

    private static Document parse(String html) throws Exception {
        return XmlDocuments.parse(html.replaceFirst("^<!DOCTYPE html>", ""));
    }
}
