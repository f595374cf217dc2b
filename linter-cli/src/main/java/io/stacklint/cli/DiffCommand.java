package io.stacklint.cli;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stacklint diff --base REF}: the pull-request gate. Reports only the findings the working folder (or
 * {@code --rev}) has that REF has not, and fails only on those.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Report only what a change introduces: findings in PATH (or --rev) that are not in the base"
                + " revision; exit 1 when a new one is at or above the fail threshold.")
final class DiffCommand extends ScanCommand {

    @Option(names = "--base", required = true, paramLabel = "REF",
            description = "The revision the change is compared with (a branch, tag or commit: origin/main).")
    String base;

    DiffCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    ReportKind kind() {
        return ReportKind.DIFF;
    }

    /** The base is a git revision: the working folder's resolved graph does not describe it. */
    @Override
    boolean resolvesMaven() {
        return false;
    }

    @Override
    Report produce(Linter linter, LintRequest request) {
        return linter.diff(request, base);
    }

    @Override
    int exitCode(Report report) {
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
