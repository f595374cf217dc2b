package io.stacklint.cli;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Audit;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.report.AuditWriter;
import io.stacklint.report.ReportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stacklint audit TARGET...}: one report per git repository (working or bare), at a revision, and with
 * {@code --history} the timeline of every technology over the repository's first-parent history.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit one or many git repositories (working or bare) at a revision, without checking anything"
                + " out; with --history, when each technology came and went, by which commit, when and by whom.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TARGET", description = "Folders of git repositories, working or bare.")
    List<Path> targets;

    @Option(names = "--rev", paramLabel = "REV", description = "The revision to audit in every target (default HEAD).")
    String revision;

    @Option(names = "--history", description = "Add each technology's periods of presence over the first-parent"
            + " history up to the revision.")
    boolean history;

    @Option(names = "--since", paramLabel = "DATE", description = "With --history: start the walk at the first commit"
            + " on or after DATE (yyyy-mm-dd, UTC).")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]", converter = OutputTarget.Converter.class,
            description = "text (default) or json; with :FILE, written to that file. Repeatable.")
    List<OutputTarget> formats = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file for every target (default: .stacklint.yml of each at the revision).")
    Path config;

    @Option(names = "--fail-on", paramLabel = "RING", converter = RingConverter.class,
            description = "Fail when a finding in any target is rated RING or worse. Default: avoid.")
    Ring failOn;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only.")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final Terminal terminal;

    AuditCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<OutputTarget> outputs = formats.isEmpty() ? List.of(new OutputTarget("text", Optional.empty())) : formats;
        for (OutputTarget output : outputs) {
            if (!AuditWriter.FORMATS.contains(output.format())) {
                throw new CommandLine.ParameterException(spec.commandLine(), "audit writes "
                        + String.join(" and ", AuditWriter.FORMATS) + ", not " + output.format());
            }
        }
        if (outputs.stream().filter(t -> t.file().isEmpty()).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "only one --format can write to standard output; give the others a file (json:audit.json)");
        }
        Optional<Instant> start = Optional.ofNullable(since).map(this::date);
        Linter linter = Linter.withDefaults(terminal.clock());
        List<Audit> audits = targets.parallelStream()
                .map(target -> linter.audit(new LintRequest(ReportKind.AUDIT, target, Optional.ofNullable(config),
                        Optional.ofNullable(failOn), List.of(), false, Optional.ofNullable(revision)), history, start))
                .toList();
        for (OutputTarget output : outputs) {
            boolean color = output.file().isEmpty() && terminal.colorCapable() && !noColor;
            ReportOptions options = new ReportOptions(color, quiet);
            if (output.file().isPresent()) {
                Path file = output.file().get();
                try {
                    AtomicFiles.write(file, out -> AuditWriter.write(output.format(), audits, options, out));
                } catch (IOException e) {
                    throw new StacklintException(file + ": cannot write the " + output.format() + " audit: "
                            + e.getMessage(), e);
                }
            } else {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try {
                    AuditWriter.write(output.format(), audits, options, buffer);
                } catch (IOException e) {
                    throw new StacklintException("cannot render the audit: " + e.getMessage(), e);
                }
                spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            }
        }
        return audits.stream().anyMatch(audit -> audit.report().failed()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private Instant date(String value) {
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since '" + value
                    + "' is not a date (yyyy-mm-dd)");
        }
    }
}
