package io.stacklint.cli;

import io.stacklint.engine.AuditOptions;
import io.stacklint.engine.LintRequest;
import io.stacklint.radar.HttpsRadarFetcher;
import io.stacklint.report.Environment;
import io.stacklint.source.GitCredentials;
import java.util.OptionalInt;
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
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditMergeCommand.class,
        description = "Audit one or many git repositories (working or bare) at a revision, without checking anything"
                + " out; with --history, when each technology came and went, by which commit, when and by whom.")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TARGET", description = "Git repositories: folders (working or bare)"
            + " or remote URLs (https://, ssh://, git@host:path, file://), mirrored bare into the cache.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--repos", paramLabel = "FILE", description = "A file of targets, one per line (# comments),"
            + " audited after the TARGETs.")
    Path reposFile;

    @Option(names = "--depth", paramLabel = "N", description = "Clone and fetch remote targets shallow, N commits.")
    Integer depth;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where remote targets are mirrored (default:"
            + " the stacklint cache folder, repositories/).")
    Path cacheDir;

    @Option(names = "--shard", paramLabel = "K/N", description = "Audit only every N-th target of the list,"
            + " starting with the K-th (1-based): one of N parallel jobs. Combine the reports with 'audit merge'.")
    String shard;

    @Option(names = "--first-parent", description = "With --history: walk only the first-parent line of the"
            + " revision (a merged branch counts as its merge commit) instead of every reachable commit.")
    boolean firstParent;

    @Option(names = "--rev", paramLabel = "REV", description = "The revision to audit in every target (default HEAD).")
    String revision;

    @Option(names = "--history", description = "Add each technology's periods of presence over the history up to"
            + " the revision.")
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
        List<OutputTarget> outputs = outputs(spec, formats);
        Optional<Instant> start = Optional.ofNullable(since).map(this::date);
        List<String> all = AuditTargets.read(targets, Optional.ofNullable(reposFile));
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one TARGET or --repos FILE");
        }
        AuditTargets.Shard slice = shard == null ? AuditTargets.Shard.ALL : AuditTargets.Shard.parse(shard)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--shard '" + shard
                        + "' is not K/N with 1 <= K <= N"));
        if (depth != null && depth < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--depth must be at least 1");
        }
        AuditOptions auditOptions = new AuditOptions(history, start, firstParent, cacheDir == null ? defaultCache()
                : cacheDir, depth == null ? OptionalInt.empty() : OptionalInt.of(depth),
                credentials());
        Linter linter = Linter.withDefaults(terminal.clock());
        LintRequest template = new LintRequest(ReportKind.AUDIT, Path.of("."), Optional.ofNullable(config),
                Optional.ofNullable(failOn), List.of(), false, Optional.ofNullable(revision));
        List<Audit> audits = new AuditPool(terminal.showsProgress() && !quiet ? spec.commandLine().getErr() : null)
                .run(slice.of(all), (index, target) -> linter.audit(target, template, auditOptions).at(index));
        return finish(spec, terminal, outputs, audits, new ReportOptions(false, quiet), noColor);
    }

    /**
     * Writes the audits in every output format, names each target that could not be audited on standard error,
     * and gives the exit code: 2 when a target could not be audited, else 1 when a finding fails, else 0.
     */
    static int finish(CommandLine.Model.CommandSpec spec, Terminal terminal, List<OutputTarget> outputs,
            List<Audit> audits, ReportOptions plain, boolean noColor) {
        for (OutputTarget output : outputs) {
            boolean color = output.file().isEmpty() && terminal.colorCapable() && !noColor;
            ReportOptions options = new ReportOptions(color, plain.quiet());
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
        for (Audit audit : audits) {
            audit.error().ifPresent(error -> spec.commandLine().getErr().println("stacklint: "
                    + audit.report().target().path() + ": " + error));
        }
        spec.commandLine().getErr().flush();
        if (audits.stream().anyMatch(Audit::failedToAudit)) {
            return ExitCode.USAGE;
        }
        return audits.stream().anyMatch(audit -> audit.report().failed()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The outputs asked for, checked: formats an audit writes, at most one to standard output. */
    static List<OutputTarget> outputs(CommandLine.Model.CommandSpec spec, List<OutputTarget> formats) {
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
        return outputs;
    }

    /**
     * Explicit credentials from the environment, and the home folder whose git configuration, credential store and
     * .netrc come next: {@code HOME} as git reads it (tests give a fake one), else the JVM's {@code user.home}.
     */
    private GitCredentials credentials() {
        Environment environment = terminal.environment();
        return new GitCredentials(environment.get("GIT_USERNAME"), environment.get("GIT_PASSWORD")
                .or(() -> environment.get("STACKLINT_GIT_TOKEN")),
                environment.get("HOME").map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home", "."))),
                environment.get("XDG_CONFIG_HOME").map(Path::of));
    }

    /** Beside the radar cache: {@code ~/.cache/stacklint/repositories} on Linux. */
    private static Path defaultCache() {
        return HttpsRadarFetcher.defaultCacheDir(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", "."))).resolveSibling("repositories");
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
