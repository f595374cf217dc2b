package io.stacklint.engine;

import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a change introduces: the head's findings that the base does not have. Findings are matched by technology,
 * path and declaration as written, counting duplicates, never by line or column: lines move under every edit, and
 * a declaration that only moved is not new.
 */
final class Changes {

    private Changes() {
    }

    /**
     * A DIFF report of the head, keeping only the new findings and the technologies they concern; each finding of
     * the base that the head no longer has is a note at its place in the base, so the report says what the change
     * removed too (notes never fail a run).
     */
    static Report introduced(Report base, Report head, String baseRevision) {
        Map<Key, Integer> before = new HashMap<>();
        for (Finding finding : base.findings()) {
            before.merge(Key.of(finding), 1, Integer::sum);
        }
        List<Finding> added = new ArrayList<>();
        for (Finding finding : head.findings()) {
            Key key = Key.of(finding);
            Integer left = before.get(key);
            if (left != null && left > 0) {
                before.put(key, left - 1);
            } else {
                added.add(finding);
            }
        }
        Set<String> concerned = added.stream().map(Finding::technology).collect(Collectors.toSet());
        Set<String> known = base.technologies().stream().map(d -> d.technology().id()).collect(Collectors.toSet());
        List<Detection> technologies = head.technologies().stream()
                .filter(d -> concerned.contains(d.technology().id()) || !known.contains(d.technology().id()))
                .toList();
        List<Diagnostic> diagnostics = new ArrayList<>(head.diagnostics());
        Map<Key, Integer> removed = new HashMap<>();
        for (Finding finding : head.findings()) {
            removed.merge(Key.of(finding), 1, Integer::sum);
        }
        for (Finding finding : base.findings()) {
            Key key = Key.of(finding);
            Integer left = removed.get(key);
            if (left != null && left > 0) {
                removed.put(key, left - 1);
            } else {
                diagnostics.add(new Diagnostic(Severity.NOTE, finding.location(), "removed since " + baseRevision
                        + ": " + finding.technology() + " (" + finding.ring().id() + ") " + finding.value()));
            }
        }
        diagnostics.sort(null);
        return new Report(ReportKind.DIFF, head.toolVersion(), head.target(), head.failOn(), technologies, added,
                diagnostics);
    }

    private record Key(String technology, String path, String value) {
        static Key of(Finding finding) {
            return new Key(finding.technology(), finding.location().path(), finding.value());
        }
    }
}
