package io.stacklint.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of auditing several repositories: one report per repository and, when the history was read, when
 * each technology came and went. Reporters that show many repositories at once (the HTML matrix) render this.
 */
public record AuditReport(String toolVersion, List<AuditedRepository> repositories) {

    public AuditReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        repositories = List.copyOf(repositories);
    }
}
