package io.stacklint.engine;

import io.stacklint.model.Detection;
import io.stacklint.model.Finding;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
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

    /** A DIFF report of the head, keeping only the new findings and the technologies they concern. */
    static Report introduced(Report base, Report head) {
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
        return new Report(ReportKind.DIFF, head.toolVersion(), head.target(), head.failOn(), technologies, added,
                head.diagnostics());
    }

    private record Key(String technology, String path, String value) {
        static Key of(Finding finding) {
            return new Key(finding.technology(), finding.location().path(), finding.value());
        }
    }
}
