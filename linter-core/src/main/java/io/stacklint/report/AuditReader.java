package io.stacklint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Audit;
import io.stacklint.model.Commit;
import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Period;
import io.stacklint.model.Rating;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.model.Scope;
import io.stacklint.model.Severity;
import io.stacklint.model.Target;
import io.stacklint.model.Technology;
import io.stacklint.model.Timeline;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads back the JSON audit {@link AuditWriter} wrote, so that shard reports made on many machines can be merged
 * and rendered as one audit. Everything the JSON carries is kept; what it leaves out (a rating's source, an
 * evidence's ecosystem) is not needed to write the JSON or the HTML again.
 */
public final class AuditReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AuditReader() {
    }

    /**
     * The audits of one JSON audit report.
     *
     * @param name the file's name, for messages
     * @throws StacklintException naming the file and what is wrong in it
     */
    public static List<Audit> read(String name, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new StacklintException(name + (where == null ? "" : ":" + where.getLineNr() + ":"
                    + where.getColumnNr()) + ": not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.path("schemaVersion").asInt() != JsonReporter.SCHEMA_VERSION
                || !root.path("repositories").isArray()) {
            throw new StacklintException(name + ": not a stacklint audit report (schemaVersion "
                    + JsonReporter.SCHEMA_VERSION + " with a repositories list); write one with"
                    + " 'stacklint audit --format json:FILE'");
        }
        List<Audit> audits = new ArrayList<>();
        int position = 0;
        for (JsonNode repository : root.path("repositories")) {
            position++;
            try {
                audits.add(audit(repository));
            } catch (RuntimeException e) {
                throw new StacklintException(name + ": repository " + position + " cannot be read: "
                        + e.getMessage(), e);
            }
        }
        return audits;
    }

    private static Audit audit(JsonNode node) {
        List<Detection> detections = new ArrayList<>();
        for (JsonNode technology : node.path("technologies")) {
            detections.add(detection(technology));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : node.path("findings")) {
            findings.add(new Finding(text(finding, "technology"), ring(text(finding, "ring")),
                    severity(text(finding, "severity")), location(finding), text(finding, "message"), "",
                    finding.path("waived").asBoolean()));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (JsonNode diagnostic : node.path("diagnostics")) {
            diagnostics.add(new Diagnostic(severity(text(diagnostic, "severity")), location(diagnostic),
                    text(diagnostic, "message")));
        }
        JsonNode target = node.path("target");
        Report report = new Report(ReportKind.AUDIT, node.path("tool").path("version").asText(""),
                new Target(text(target, "path"), optional(target, "revision")), Ring.AVOID, detections, findings,
                diagnostics);
        Optional<List<Timeline>> history = Optional.empty();
        if (node.has("history")) {
            List<Timeline> timelines = new ArrayList<>();
            for (JsonNode timeline : node.path("history")) {
                List<Period> periods = new ArrayList<>();
                for (JsonNode period : timeline.path("periods")) {
                    periods.add(new Period(commit(period.path("introduced")),
                            period.path("removed").isObject() ? Optional.of(commit(period.path("removed")))
                                    : Optional.empty()));
                }
                timelines.add(new Timeline(text(timeline, "technology"),
                        optional(timeline, "ring").map(r -> new Rating(ring(r), "", List.of(), "")), periods));
            }
            history = Optional.of(timelines);
        }
        return new Audit(report, history, optional(node, "error"), node.path("index").asInt(0));
    }

    private static Detection detection(JsonNode node) {
        Technology technology = new Technology(text(node, "id"), text(node, "name"), text(node, "category"), null,
                List.of());
        Optional<Rating> rating = optional(node, "ring").map(ring -> new Rating(ring(ring),
                node.path("reason").asText(""), strings(node.path("replacements")), ""));
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode item : node.path("evidence")) {
            String value = text(item, "value");
            evidence.add(new Evidence(parse(EvidenceKind.values(), EvidenceKind::id, text(item, "kind")), "report",
                    value, null, location(item), value, parse(Scope.values(), Scope::id, text(item, "scope")),
                    strings(item.path("via"))));
        }
        return new Detection(technology, rating, strings(node.path("versions")), evidence);
    }

    private static Commit commit(JsonNode node) {
        try {
            return new Commit(text(node, "commit"), Instant.parse(text(node, "date")), text(node, "author"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + node.path("date").asText() + "' is not an ISO-8601 instant");
        }
    }

    private static Location location(JsonNode node) {
        return new Location(text(node, "path"), node.path("line").asInt(1), node.path("column").asInt(1));
    }

    private static Ring ring(String id) {
        return Ring.parse(id).orElseThrow(() -> new IllegalArgumentException("unknown ring '" + id + "'"));
    }

    private static Severity severity(String id) {
        return parse(Severity.values(), Severity::id, id);
    }

    private static <E> E parse(E[] values, Function<E, String> id, String text) {
        return Arrays.stream(values).filter(value -> id.apply(value).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown value '" + text + "'"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is missing or not a string");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
