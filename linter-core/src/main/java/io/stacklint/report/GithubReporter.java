package io.stacklint.report;

import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions workflow commands: each finding as an annotation GitHub shows on the run and on the pull
 * request's changed files, {@code ::error file=path,line=n,col=c,title=Name (ring)::message}, and a Markdown step
 * summary.
 *
 * <p>Errors become {@code ::error}, warnings {@code ::warning}, notes {@code ::notice}; waived findings are not
 * annotated (the step summary shows them). GitHub keeps 10 annotations of each level per step, so at most 10 of
 * each are written, worst first, and when any are left out a last {@code ::notice::} says how many (notices then
 * stop at 9, so that line is never the one dropped). Data is escaped as the runner expects: {@code %}, CR and LF
 * as {@code %25}, {@code %0D}, {@code %0A}; property values also {@code :} and {@code ,}. Paths are relative to the
 * scanned root, which should be the repository root (the runner resolves them against the workspace).
 *
 * <p>When {@code GITHUB_STEP_SUMMARY} is set, {@link #appendices} returns the {@link MarkdownReporter} summary for
 * that file, kept under GitHub's 1 MiB limit; with {@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY} and
 * {@code GITHUB_SHA} set (always, on a runner), its {@code path:line} entries link to the scanned commit. The front
 * end appends it; this class never touches a file.
 */
public final class GithubReporter implements Reporter {

    /** GitHub keeps this many annotations of each level from one step. */
    static final int PER_LEVEL = 10;

    /** GitHub's limit on a step summary file. */
    static final int STEP_SUMMARY_LIMIT = 1024 * 1024;

    private final ReportOptions options;
    private final Environment environment;

    public GithubReporter(ReportOptions options, Environment environment) {
        this.options = options;
        this.environment = environment;
    }

    @Override
    public String format() {
        return "github";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ReportFacts facts = new ReportFacts(report);
        Map<Severity, List<Finding>> levels = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            levels.put(severity, report.findings().stream()
                    .filter(f -> !f.waived() && f.severity() == severity).toList());
        }
        boolean overflow = levels.values().stream().anyMatch(findings -> findings.size() > PER_LEVEL);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int omitted = 0;
        for (Severity severity : Severity.values()) {
            List<Finding> findings = levels.get(severity);
            int limit = severity == Severity.NOTE && overflow ? PER_LEVEL - 1 : PER_LEVEL;
            for (int i = 0; i < findings.size(); i++) {
                if (i >= limit) {
                    omitted++;
                    continue;
                }
                writer.write(annotation(findings.get(i), facts));
            }
        }
        if (omitted > 0) {
            writer.write("::notice title=stacklint::" + data(omitted + (omitted == 1 ? " more finding is" : " more"
                    + " findings are") + " not annotated: GitHub shows " + PER_LEVEL + " annotations of each level"
                    + " per step. The step summary and the text report list them all.") + "\n");
        }
        writer.flush();
    }

    @Override
    public List<Appendix> appendices(Report report) {
        Optional<Path> summary = environment.get("GITHUB_STEP_SUMMARY").flatMap(GithubReporter::path);
        if (summary.isEmpty()) {
            return List.of();
        }
        String text = MarkdownReporter.render(report, sourceUrl(), STEP_SUMMARY_LIMIT / 2);
        return List.of(new Appendix(summary.get(), text, STEP_SUMMARY_LIMIT));
    }

    /** The given source URL, else the scanned commit on the GitHub server the runner reports. */
    private Optional<String> sourceUrl() {
        if (options.sourceUrl().isPresent()) {
            return options.sourceUrl();
        }
        Optional<String> server = environment.get("GITHUB_SERVER_URL");
        Optional<String> repository = environment.get("GITHUB_REPOSITORY");
        Optional<String> sha = environment.get("GITHUB_SHA");
        if (server.isEmpty() || repository.isEmpty() || sha.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(server.get().replaceAll("/+$", "") + "/" + repository.get() + "/blob/" + sha.get());
    }

    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String annotation(Finding finding, ReportFacts facts) {
        String command = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        return "::" + command + " file=" + property(finding.location().path())
                + ",line=" + finding.location().line() + ",col=" + finding.location().column()
                + ",title=" + property(facts.name(finding.technology()) + " (" + finding.ring().id() + ")")
                + "::" + data(facts.fullMessage(finding)) + "\n";
    }

    /** A command's message, as the runner unescapes it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property's value: as {@link #data}, and the separators of properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
