package io.stacklint.cli;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.report.Appendix;
import io.stacklint.report.ReportOptions;
import io.stacklint.report.Reporter;
import io.stacklint.report.Reporters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code check} and {@code inventory} share: scan a folder, render the report in every requested format,
 * and choose the exit code. The engine does the work; this class only maps options onto a request.
 */
abstract class ScanCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
            description = "The repository folder to scan (default: the current folder).")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]", converter = OutputTarget.Converter.class,
            description = "Output format: text, json, sarif, junit, checkstyle, gitlab, github, markdown,"
                    + " html; with :FILE, written to that file. Repeatable. Default: text on standard output"
                    + " (inside GitHub Actions, text and github annotations).")
    List<OutputTarget> formats = new ArrayList<>();

    @Option(names = "--repository-url", paramLabel = "URL",
            description = "Where the scanned files can be browsed (https://github.com/acme/shop/blob/main):"
                    + " markdown and html link each path:line to URL/path#Lline.")
    String repositoryUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: .stacklint.yml in PATH when present).")
    Path config;

    @Option(names = "--fail-on", paramLabel = "RING", converter = RingConverter.class,
            description = "Fail when a finding is rated RING or worse (experimental, recommended, good, sunsetting,"
                    + " avoid). Default: avoid, or failOn in the configuration.")
    Ring failOn;

    @Option(names = "--radar", paramLabel = "FILE|URL",
            description = "A rating list (embedded, a YAML file, or an https URL). Repeatable, later wins; replaces"
                    + " the configuration's radars.")
    List<String> radars = new ArrayList<>();

    @Option(names = "--offline", description = "Take radars named by URL from the cache only; never fetch. With"
            + " --transitive, resolve Maven dependencies from the local repository only.")
    boolean offline;

    @Option(names = "--maven-settings", paramLabel = "FILE",
            description = "Maven settings for --transitive (mirrors, proxies, servers, localRepository). Default:"
                    + " ~/.m2/settings.xml.")
    Path mavenSettings;

    @Option(names = "--rev", paramLabel = "REV",
            description = "Scan this git revision (commit, branch, tag) of the repository at or above PATH, read from"
                    + " git objects: nothing is checked out and the working folder is not read.")
    String revision;

    @Option(names = "--transitive", negatable = true,
            description = "Also report technologies reached only through other dependencies (Maven dependencies"
                    + " resolved with Maven Resolver, lockfile entries, go.mod indirect requirements). Default: the"
                    + " configuration's transitive, else off.")
    Boolean transitive;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only.")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final Terminal terminal;

    ScanCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    abstract ReportKind kind();

    /** Runs the engine for this command. */
    Report produce(Linter linter, LintRequest request) {
        return linter.run(request);
    }

    /**
     * Whether the request gets the Maven Resolver graph: a command whose request is judged against more than the
     * working folder ({@code diff}'s base revision) leaves Maven's transitive dependencies out.
     */
    boolean resolvesMaven() {
        return true;
    }

    /** The exit code for a report this command produced. */
    abstract int exitCode(Report report);

    @Override
    public Integer call() throws IOException {
        List<OutputTarget> targets = formats;
        if (formats.isEmpty()) {
            targets = terminal.githubActions()
                    ? List.of(new OutputTarget("text", Optional.empty()), new OutputTarget("github", Optional.empty()))
                    : List.of(new OutputTarget("text", Optional.empty()));
        } else if (formats.stream().filter(t -> t.file().isEmpty()).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "only one --format can write to standard output; give the others a file (json:report.json)");
        }
        LintRequest request = new LintRequest(kind(), path, Optional.ofNullable(config), Optional.ofNullable(failOn),
                radars, offline, Optional.ofNullable(revision));
        if (transitive != null) {
            request = request.withTransitive(transitive);
        }
        if (mavenSettings != null && !Files.isRegularFile(mavenSettings)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--maven-settings " + mavenSettings + ": no such file");
        }
        Report report;
        try (MavenGraphs graphs = mavenGraphs()) {
            report = produce(Linter.withDefaults(terminal.clock()), request.withGraph(graphs.graph()));
        }
        Optional<String> sourceUrl = Optional.ofNullable(repositoryUrl);
        ReportOptions options = new ReportOptions(terminal.colorCapable() && !noColor, quiet, sourceUrl);
        for (OutputTarget target : targets) {
            Reporter reporter = Reporters.forFormat(target.format(), target.file().isPresent()
                    ? new ReportOptions(false, quiet, sourceUrl) : options, terminal.environment()).orElseThrow();
            if (target.file().isPresent()) {
                Path file = target.file().get();
                try {
                    AtomicFiles.write(file, out -> reporter.write(report, out));
                } catch (IOException e) {
                    throw new StacklintException(file + ": cannot write the " + target.format() + " report: "
                            + e.getMessage(), e);
                }
            } else {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                reporter.write(report, buffer);
                spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            }
            for (Appendix appendix : reporter.appendices(report)) {
                append(appendix);
            }
        }
        return exitCode(report);
    }

    /**
     * The Maven graph for this run: none when transitive reporting is off on the command line; otherwise the resolver's,
     * which loads nothing until the engine asks (the configuration may still turn transitive reporting off).
     */
    private MavenGraphs mavenGraphs() {
        if (Boolean.FALSE.equals(transitive) || !resolvesMaven()) {
            return MavenGraphs.none();
        }
        if (revision != null) {
            // lockfiles are read from the revision like any file; only Maven's graph needs a checkout
            return MavenGraphs.notAtRevision();
        }
        return MavenGraphs.resolver(path, Optional.ofNullable(mavenSettings), offline, terminal.environment());
    }

    /**
     * Appends a reporter's appendix (GitHub's step summary). A summary that cannot be written is worth a warning,
     * never a failed check.
     */
    private void append(Appendix appendix) {
        byte[] bytes = appendix.text().getBytes(StandardCharsets.UTF_8);
        Path file = appendix.file();
        try {
            long existing = Files.exists(file) ? Files.size(file) : 0;
            if (existing + bytes.length > appendix.maxBytes()) {
                warn(file + ": summary not appended: the file would exceed " + appendix.maxBytes() + " bytes");
                return;
            }
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            warn(file + ": summary not appended: " + e.getMessage());
        }
    }

    private void warn(String message) {
        spec.commandLine().getErr().println("stacklint: warning: " + message);
        spec.commandLine().getErr().flush();
    }
}
