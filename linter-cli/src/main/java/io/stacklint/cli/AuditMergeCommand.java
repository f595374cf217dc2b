package io.stacklint.cli;

import io.stacklint.error.StacklintException;
import io.stacklint.model.Audit;
import io.stacklint.report.AuditReader;
import io.stacklint.report.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stacklint audit merge a.json b.json ...}: the JSON reports of {@code audit --shard K/N} jobs combined into
 * one audit, in the order of the original target list, written in any audit format.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combine the JSON reports of 'audit --shard K/N' runs into one audit (json, html or text).")
final class AuditMergeCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REPORT", description = "JSON audit reports (audit --format json:FILE).")
    List<Path> reports;

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]", converter = OutputTarget.Converter.class,
            description = "text (default), json or html; with :FILE, written to that file. Repeatable.")
    List<OutputTarget> formats = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Report errors only.")
    boolean quiet;

    @Option(names = "--no-color", description = "Never colour the text output.")
    boolean noColor;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final Terminal terminal;

    AuditMergeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<OutputTarget> outputs = AuditCommand.outputs(spec, formats);
        List<Audit> audits = new ArrayList<>();
        for (Path report : reports) {
            String text;
            try {
                text = Files.readString(report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StacklintException(report + ": cannot be read: " + e.getMessage(), e);
            }
            audits.addAll(AuditReader.read(report.toString(), text));
        }
        // shards hold every N-th target: their positions in the whole list put the repositories back in order;
        // the sort is stable, so reports written without positions keep the order they were given in
        audits.sort(Comparator.comparingInt(Audit::index));
        return AuditCommand.finish(spec, terminal, outputs, audits, new ReportOptions(false, quiet), noColor);
    }
}
