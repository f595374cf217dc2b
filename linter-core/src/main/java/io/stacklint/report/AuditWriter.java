package io.stacklint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stacklint.model.Audit;
import io.stacklint.model.TechnologyHistory;
import io.stacklint.model.AuditedRepository;
import io.stacklint.model.AuditReport;
import io.stacklint.model.Commit;
import io.stacklint.model.Period;
import io.stacklint.model.Rating;
import io.stacklint.model.Timeline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Renders an audit of one or many repositories: JSON wraps each repository's ordinary report (schema 1) in a
 * {@code repositories} list, adding {@code history} when the timelines were asked for; text prints each report
 * under its repository's name, followed by its timelines.
 */
public final class AuditWriter {

    /** The formats an audit can be written in. */
    public static final List<String> FORMATS = List.of("text", "json", "html");

    private AuditWriter() {
    }

    /** Writes the audits in {@code format}, one of {@link #FORMATS}. */
    public static void write(String format, List<Audit> audits, ReportOptions options, OutputStream out)
            throws IOException {
        if (format.equals("json")) {
            json(audits, out);
        } else if (format.equals("html")) {
            new HtmlReporter(options).writeAudit(html(audits), out);
        } else {
            text(audits, options, out);
        }
    }

    /** The many-repository view the HTML matrix and timelines draw: one repository per audit, named by its path. */
    static AuditReport html(List<Audit> audits) {
        List<AuditedRepository> repositories = new java.util.ArrayList<>();
        for (Audit audit : audits) {
            List<TechnologyHistory> history = audit.history().orElse(List.of()).stream()
                    .map(timeline -> new TechnologyHistory(timeline.technology(),
                            timeline.rating().map(io.stacklint.model.Rating::ring),
                            timeline.periods().stream().map(period -> new TechnologyHistory.Period(
                                    change(period.introduced()), period.removed().map(AuditWriter::change)))
                                    .toList()))
                    .toList();
            String name = audit.report().target().path();
            // two targets may share a folder name: keep names unique, as the matrix's columns need
            while (contains(repositories, name)) {
                name = name + "'";
            }
            repositories.add(new AuditedRepository(name, audit.report(), history));
        }
        String version = audits.isEmpty() ? "" : audits.get(0).report().toolVersion();
        return new AuditReport(version, repositories);
    }

    private static boolean contains(List<AuditedRepository> repositories, String name) {
        return repositories.stream().anyMatch(repository -> repository.name().equals(name));
    }

    private static TechnologyHistory.Change change(Commit commit) {
        return new TechnologyHistory.Change(commit.id(), commit.date(), commit.author());
    }

    private static void json(List<Audit> audits, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonReporter.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", JsonReporter.SCHEMA_VERSION);
            json.writeArrayFieldStart("repositories");
            for (Audit audit : audits) {
                json.writeStartObject();
                JsonReporter.writeReportFields(json, audit.report());
                if (audit.index() > 0) {
                    json.writeNumberField("index", audit.index());
                }
                if (audit.error().isPresent()) {
                    json.writeStringField("error", audit.error().get());
                }
                if (audit.history().isPresent()) {
                    json.writeArrayFieldStart("history");
                    for (Timeline timeline : audit.history().get()) {
                        writeTimeline(json, timeline);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeTimeline(JsonGenerator json, Timeline timeline) throws IOException {
        json.writeStartObject();
        json.writeStringField("technology", timeline.technology());
        json.writeStringField("ring", timeline.rating().map(Rating::ring).map(r -> r.id()).orElse(null));
        json.writeBooleanField("present", timeline.present());
        json.writeArrayFieldStart("periods");
        for (Period period : timeline.periods()) {
            json.writeStartObject();
            json.writeFieldName("introduced");
            writeCommit(json, period.introduced());
            json.writeFieldName("removed");
            if (period.removed().isPresent()) {
                writeCommit(json, period.removed().get());
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeCommit(JsonGenerator json, Commit commit) throws IOException {
        json.writeStartObject();
        json.writeStringField("commit", commit.id());
        json.writeStringField("date", commit.date().toString());
        json.writeStringField("author", commit.author());
        json.writeEndObject();
    }

    private static void text(List<Audit> audits, ReportOptions options, OutputStream out) throws IOException {
        TextReporter reporter = new TextReporter(options);
        for (Audit audit : audits) {
            String revision = audit.report().target().revision().map(r -> " at " + r).orElse("");
            out.write(("== " + audit.report().target().path() + revision + "\n").getBytes(StandardCharsets.UTF_8));
            reporter.write(audit.report(), out);
            Optional<List<Timeline>> history = audit.history();
            if (history.isPresent()) {
                StringBuilder text = new StringBuilder("\nHistory\n");
                for (Timeline timeline : history.get()) {
                    text.append("  ").append(timeline.technology())
                            .append(timeline.rating().map(r -> "  " + r.ring().id()).orElse(""))
                            .append(timeline.present() ? "  present" : "  gone").append('\n');
                    for (Period period : timeline.periods()) {
                        text.append("    + ").append(describe(period.introduced())).append('\n');
                        period.removed().ifPresent(c -> text.append("    - ").append(describe(c)).append('\n'));
                    }
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write('\n');
        }
    }

    private static String describe(Commit commit) {
        return commit.date().toString().substring(0, 10) + "  " + commit.id().substring(0, 10) + "  "
                + commit.author();
    }
}
