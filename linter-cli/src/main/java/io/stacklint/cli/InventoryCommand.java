package io.stacklint.cli;

import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import picocli.CommandLine.Command;

/** {@code stacklint inventory}: every detected technology with its ring; never fails on ratings. */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "List every technology the repository uses, with its ring and where it is declared.")
final class InventoryCommand extends ScanCommand {

    InventoryCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    ReportKind kind() {
        return ReportKind.INVENTORY;
    }

    @Override
    int exitCode(Report report) {
        return ExitCode.OK;
    }
}
