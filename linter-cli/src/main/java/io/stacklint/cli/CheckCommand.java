package io.stacklint.cli;

import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import picocli.CommandLine.Command;

/** {@code stacklint check}: fails (exit 1) when a technology is rated at or above the fail threshold. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Report technologies rated avoid or sunsetting, with the file and line of each use;"
                + " exit 1 when any is rated at or above the fail threshold.")
final class CheckCommand extends ScanCommand {

    CheckCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    ReportKind kind() {
        return ReportKind.CHECK;
    }

    @Override
    int exitCode(Report report) {
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
