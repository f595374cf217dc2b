package io.stacklint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Rating;
import io.stacklint.model.Report;
import io.stacklint.model.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The JSON report, {@code schemaVersion} 1 as DESIGN.md documents it. Field order is fixed so output diffs
 * cleanly; {@code diagnostics} lists the files that could not be read.
 */
public final class JsonReporter implements Reporter {

    /** Bumped only on an incompatible change of the shape. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            writeReport(json, report);
            json.writeRaw('\n');
        }
    }

    private static void writeReport(JsonGenerator json, Report report) throws IOException {
        json.writeStartObject();
        writeReportFields(json, report);
        json.writeEndObject();
    }

    /** The fields of one report's object, for a whole document or an element of an audit's {@code repositories}. */
    static void writeReportFields(JsonGenerator json, Report report) throws IOException {
        json.writeNumberField("schemaVersion", SCHEMA_VERSION);
        json.writeObjectFieldStart("tool");
        json.writeStringField("name", "stacklint");
        json.writeStringField("version", report.toolVersion());
        json.writeEndObject();
        json.writeObjectFieldStart("target");
        json.writeStringField("path", report.target().path());
        json.writeStringField("revision", report.target().revision().orElse(null));
        json.writeEndObject();
        json.writeArrayFieldStart("technologies");
        for (Detection detection : report.technologies()) {
            writeTechnology(json, detection);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            writeFinding(json, finding);
        }
        json.writeEndArray();
        Summary summary = report.summary();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("warnings", summary.warnings());
        json.writeNumberField("notes", summary.notes());
        json.writeNumberField("technologies", summary.technologies());
        json.writeEndObject();
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic diagnostic : report.diagnostics()) {
            json.writeStartObject();
            json.writeStringField("severity", diagnostic.severity().id());
            writeLocation(json, diagnostic.location());
            json.writeStringField("message", diagnostic.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A generator with the layout every JSON output of stacklint shares. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        return json;
    }

    private static void writeTechnology(JsonGenerator json, Detection detection) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", detection.id());
        json.writeStringField("name", detection.technology().name());
        json.writeStringField("category", detection.technology().category());
        json.writeStringField("ring", detection.ring().map(r -> r.id()).orElse(null));
        writeStrings(json, "versions", detection.versions());
        json.writeStringField("reason", detection.rating().map(Rating::reason).orElse(null));
        writeStrings(json, "replacements", detection.rating().map(Rating::replacements).orElse(List.of()));
        json.writeArrayFieldStart("evidence");
        for (Evidence evidence : detection.evidence()) {
            json.writeStartObject();
            writeLocation(json, evidence.location());
            json.writeStringField("kind", evidence.kind().id());
            json.writeStringField("value", evidence.value());
            json.writeStringField("scope", evidence.scope().id());
            writeStrings(json, "via", evidence.via());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("technology", finding.technology());
        json.writeStringField("ring", finding.ring().id());
        json.writeStringField("severity", finding.severity().id());
        writeLocation(json, finding.location());
        json.writeStringField("message", finding.message());
        json.writeBooleanField("waived", finding.waived());
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, Location location) throws IOException {
        json.writeStringField("path", location.path());
        json.writeNumberField("line", location.line());
        json.writeNumberField("column", location.column());
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
