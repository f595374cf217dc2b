package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/**
 * One repository of an audit.
 *
 * @param name    how the audit names the repository (a folder or a URL), unique within the audit
 * @param report  the scan of its audited revision
 * @param history per technology, the periods it was present, oldest first; empty when the history was not read
 */
public record AuditedRepository(String name, Report report, List<TechnologyHistory> history) {

    public AuditedRepository {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(report, "report");
        history = List.copyOf(history);
    }
}
