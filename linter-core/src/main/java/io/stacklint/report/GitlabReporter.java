package io.stacklint.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GitLab Code Quality JSON, for {@code artifacts: reports: codequality:}: the merge request widget lists what a
 * change adds or fixes, and the diff view marks the lines.
 *
 * <p>An array with one object per finding holding exactly the fields GitLab reads: {@code description} (the
 * message, the declaration and any dependency path), {@code check_name} (the technology id), {@code fingerprint}
 * (a hash of technology, path and declaration, never the line, so moving a line is no new issue; unique within
 * the report, as GitLab shows only the first of equal fingerprints), {@code severity} and
 * {@code location.path} / {@code location.lines.begin}.
 *
 * <p>Severity, on GitLab's scale info, minor, major, critical, blocker:
 * <ul>
 *   <li>an error in the avoid ring: {@code critical}, the top of the scale short of {@code blocker}, which
 *       GitLab users read as "security hole, stop everything";</li>
 *   <li>an error in a milder ring (with {@code --fail-on sunsetting}): {@code major};</li>
 *   <li>a warning: {@code minor}; a note: {@code info}.</li>
 * </ul>
 * Waived findings are left out: the format cannot mark an issue accepted, and the widget would count it as new.
 */
public final class GitlabReporter implements Reporter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public String format() {
        return "gitlab";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        List<Finding> findings = report.findings();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartArray();
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                if (finding.waived()) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("description", facts.fullMessage(finding));
                json.writeStringField("check_name", finding.technology());
                json.writeStringField("fingerprint", facts.fingerprint(i));
                json.writeStringField("severity", severity(finding));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", finding.location().path());
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", finding.location().line());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    static String severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> finding.ring() == Ring.AVOID ? "critical" : "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }
}
