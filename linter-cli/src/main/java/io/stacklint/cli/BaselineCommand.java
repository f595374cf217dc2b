package io.stacklint.cli;

import io.stacklint.engine.BaselineFile;
import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.error.StacklintException;
import io.stacklint.model.ReportKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stacklint baseline [PATH]}: accepts today's findings, so that later checks report only new ones. Writes
 * the baseline file ({@code .stacklint-baseline.json}, or the configuration's {@code baseline:}) into PATH, the
 * one place besides {@code init} where stacklint writes into a repository, and only when asked.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Accept every current finding: write the baseline file (default .stacklint-baseline.json) so"
                + " that later checks report only what is new.")
final class BaselineCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1", defaultValue = ".",
            description = "The repository folder (default: the current folder).")
    Path path;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .stacklint.yml).")
    Path config;

    @Option(names = "--prune", description = "Only remove the entries that no longer match a finding; accept"
            + " nothing new.")
    boolean prune;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final Terminal terminal;

    BaselineCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        LintRequest request = new LintRequest(ReportKind.CHECK, path, Optional.ofNullable(config), Optional.empty());
        BaselineFile baseline = Linter.withDefaults(terminal.clock()).baseline(request, prune);
        Path file = path.resolve(baseline.path());
        try {
            AtomicFiles.write(file, out -> out.write(baseline.text().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StacklintException(file + ": cannot write the baseline: " + e.getMessage(), e);
        }
        String accepted = baseline.accepted() + (baseline.accepted() == 1 ? " finding" : " findings");
        spec.commandLine().getOut().println(prune
                ? "wrote " + file + ": " + baseline.removed() + (baseline.removed() == 1 ? " entry" : " entries")
                        + " no longer matched and removed; " + accepted + " still accepted"
                : "wrote " + file + ": " + accepted + " accepted; later checks report only new ones");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
