package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/** The immutable result of one scan, which every reporter renders. */
public record Report(
        ReportKind kind,
        String toolVersion,
        Target target,
        Ring failOn,
        List<Detection> technologies,
        List<Finding> findings,
        List<Diagnostic> diagnostics) {

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(failOn, "failOn");
        technologies = List.copyOf(technologies);
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when at least one finding, not waived, is at or above the fail threshold. */
    public boolean failed() {
        return findings.stream().anyMatch(Finding::fails);
    }

    public Summary summary() {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        for (Finding finding : findings) {
            if (finding.waived()) {
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case NOTE -> notes++;
            }
        }
        return new Summary(errors, warnings, notes, technologies.size());
    }
}
