package io.stacklint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Report;
import io.stacklint.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, for GitHub code scanning ({@code github/codeql-action/upload-sarif}) and any SARIF viewer.
 *
 * <p>One run. One rule per technology that has a finding, {@code stacklint/<id>}, with the rating's reason and
 * replacements as its description and help, and the ring and category as tags. One result per finding: level
 * {@code error}, {@code warning} or {@code note} by severity; the location as a path relative to
 * {@code %SRCROOT%} (percent-encoded) with the start line and column; an end is never given, since the model holds
 * only where a declaration starts. {@code partialFingerprints} hashes the technology, the path and the declaration
 * as written, not the line, so an alert survives edits elsewhere in the file. A waived finding carries an
 * accepted external suppression. Files that could not be read become tool execution notifications.
 *
 * <p>GitHub's limits hold by construction: at most {@value #MAX_RESULTS} results (GitHub keeps no more per run;
 * the rest, lowest severity first, are counted in a notification), one location per result, three tags per rule.
 */
public final class SarifReporter implements Reporter {

    /** Where the SARIF tool component points users for more about stacklint. */
    public static final String INFORMATION_URI = "https://github.com/stacklint/stacklint";

    /** The most results GitHub code scanning stores from one run. */
    static final int MAX_RESULTS = 5000;

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";
    private static final String FINGERPRINT = "stacklintFinding/v1";
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        List<Integer> included = included(report.findings());
        Map<String, Integer> ruleIndexes = new LinkedHashMap<>();
        for (int index : included) {
            ruleIndexes.putIfAbsent(report.findings().get(index).technology(), ruleIndexes.size());
        }
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report, facts, ruleIndexes);
            json.writeObjectFieldStart("automationDetails");
            json.writeStringField("id", "stacklint/" + report.kind().name().toLowerCase(Locale.ROOT) + "/");
            json.writeEndObject();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            writeText(json, "description", "The root of the scanned repository");
            json.writeEndObject();
            json.writeEndObject();
            writeInvocation(json, report, report.findings().size() - included.size());
            json.writeArrayFieldStart("results");
            for (int index : included) {
                Finding finding = report.findings().get(index);
                writeResult(json, finding, ruleIndexes.get(finding.technology()), facts, index);
            }
            json.writeEndArray();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** The indexes of the findings that fit GitHub's limit, in report order: the most severe kept first. */
    private static List<Integer> included(List<Finding> findings) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            indexes.add(i);
        }
        if (indexes.size() <= MAX_RESULTS) {
            return indexes;
        }
        List<Integer> kept = new ArrayList<>(indexes.stream()
                .sorted(Comparator.comparing((Integer i) -> findings.get(i).waived())
                        .thenComparing(i -> findings.get(i).severity()))
                .limit(MAX_RESULTS).toList());
        kept.sort(Comparator.naturalOrder());
        return kept;
    }

    private static void writeTool(JsonGenerator json, Report report, ReportFacts facts,
            Map<String, Integer> ruleIndexes) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "stacklint");
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (String technology : ruleIndexes.keySet()) {
            Finding first = report.findings().stream().filter(f -> f.technology().equals(technology)).findFirst()
                    .orElseThrow();
            writeRule(json, technology, first, facts);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, String technology, Finding first, ReportFacts facts)
            throws IOException {
        String name = facts.name(technology);
        String category = facts.category(technology);
        String ring = first.ring().id();
        String reason = facts.reason(technology);
        String advice = facts.advice(first);
        json.writeStartObject();
        json.writeStringField("id", ruleId(technology));
        json.writeStringField("name", name);
        writeText(json, "shortDescription", name + " is rated " + ring);
        writeText(json, "fullDescription", name + (category.isEmpty() ? "" : " (" + category + ")")
                + " is rated " + ring + " by the radar" + (reason.isEmpty() ? "." : ": " + sentence(reason)));
        json.writeObjectFieldStart("help");
        json.writeStringField("text", helpText(technology, name, ring, advice));
        json.writeStringField("markdown", helpMarkdown(technology, name, category, ring, advice));
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(first.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString("stacklint");
        json.writeString(ring);
        if (!category.isEmpty()) {
            json.writeString(category);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String helpText(String id, String name, String ring, String advice) {
        StringBuilder help = new StringBuilder(name).append(" is rated ").append(ring).append(" by the radar.");
        if (!advice.isEmpty()) {
            help.append("\n\n").append(advice);
        }
        help.append("\n\nEach result is a declaration that uses ").append(name)
                .append(". 'stacklint explain ").append(id).append("' tells more.");
        return help.toString();
    }

    private static String helpMarkdown(String id, String name, String category, String ring, String advice) {
        StringBuilder help = new StringBuilder("**").append(ReportFacts.markdown(name)).append("** (`").append(id)
                .append('`').append(category.isEmpty() ? "" : ", " + ReportFacts.markdown(category))
                .append(") is rated **").append(ring).append("** by the radar.");
        if (!advice.isEmpty()) {
            help.append("\n\n").append(ReportFacts.markdown(advice));
        }
        help.append("\n\nEach result is a declaration that uses ").append(ReportFacts.markdown(name))
                .append(". `stacklint explain ").append(id).append("` tells more.");
        return help.toString();
    }

    private static void writeInvocation(JsonGenerator json, Report report, int omitted) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Diagnostic diagnostic : report.diagnostics()) {
            json.writeStartObject();
            json.writeStringField("level", level(diagnostic.severity()));
            writeText(json, "message", diagnostic.message());
            json.writeArrayFieldStart("locations");
            writeLocation(json, diagnostic.location());
            json.writeEndArray();
            json.writeEndObject();
        }
        if (omitted > 0) {
            json.writeStartObject();
            json.writeStringField("level", "warning");
            writeText(json, "message", omitted + " more findings are left out: GitHub code scanning keeps "
                    + MAX_RESULTS + " results per run. The JSON report lists them all.");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex, ReportFacts facts,
            int index) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", ruleId(finding.technology()));
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        writeText(json, "message", facts.fullMessage(finding));
        json.writeArrayFieldStart("locations");
        writeLocation(json, finding.location());
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, facts.fingerprint(index));
        json.writeEndObject();
        if (finding.waived()) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "external");
            json.writeStringField("status", "accepted");
            json.writeStringField("justification", "Waived in the stacklint configuration");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("ring", finding.ring().id());
        json.writeStringField("value", finding.value());
        List<String> via = facts.via(finding);
        if (!via.isEmpty()) {
            json.writeArrayFieldStart("via");
            for (String step : via) {
                json.writeString(step);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, Location location) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", ReportFacts.uriPath(location.path()));
        json.writeStringField("uriBaseId", SRCROOT);
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", location.line());
        json.writeNumberField("startColumn", location.column());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeText(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String ruleId(String technology) {
        return "stacklint/" + technology;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }
}
