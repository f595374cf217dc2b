package io.stacklint.cli;

import io.stacklint.engine.Linter;
import io.stacklint.error.StacklintException;
import io.stacklint.model.Ring;
import io.stacklint.radar.RadarImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stacklint radar}: work with rating lists. */
@Command(name = "radar", mixinStandardHelpOptions = true, description = "Work with rating lists (radars).",
        subcommands = {RadarCommand.Validate.class, RadarCommand.Import.class})
final class RadarCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a radar command is required (validate, import)");
    }

    /** {@code stacklint radar validate FILE}: exit 0 when the radar is valid, 2 with file:line:column when not. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a rating list against the catalog: known ids, existing rings, valid replacements."
                    + " Exit 0 when valid, 2 with the file, line and column of the first problem.")
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The radar file (YAML).")
        Path file;

        @Option(names = "--debug", description = "Print stack traces of errors.")
        boolean debug;

        @Override
        public Integer call() {
            int ratings = Linter.withDefaults().validateRadar(file);
            spec.commandLine().getOut().println(file + ": valid, " + ratings + (ratings == 1 ? " rating" : " ratings"));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    /** {@code stacklint radar import FILE}: another tool's radar as a stacklint radar, on standard output. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Convert a Thoughtworks Build-Your-Own-Radar CSV or JSON, a Zalando or a Backstage tech"
                    + " radar JSON, or an AOE technology-radar folder of markdown files into a stacklint radar (YAML"
                    + " on standard output); entries that match no catalog technology are warnings, kept as"
                    + " comments.")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The radar to import: a .csv or .json file, or an AOE radar"
                + " folder.")
        Path file;

        @Option(names = "--ring", paramLabel = "NAME=RING", description = "Map a ring name of the imported radar"
                + " to a stacklint ring (repeatable), e.g. --ring hold=sunsetting. Default: adopt=recommended,"
                + " trial=experimental, assess=experimental, hold=avoid.")
        Map<String, String> rings = new LinkedHashMap<>();

        @Option(names = "--to", paramLabel = "RADAR", description = "Write the radar to this file (atomically)"
                + " instead of standard output.")
        Path to;

        @Option(names = "--debug", description = "Print stack traces of errors.")
        boolean debug;

        @Override
        public Integer call() {
            Map<String, Ring> mapping = new LinkedHashMap<>();
            rings.forEach((name, ring) -> mapping.put(name, Ring.parse(ring).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "--ring " + name + "=" + ring
                            + ": unknown ring '" + ring + "'; rings are " + Ring.names()))));
            RadarImporter.Result imported = Linter.withDefaults().importRadar(file, mapping);
            String radar = imported.radar();
            for (String warning : imported.warnings()) {
                spec.commandLine().getErr().println("stacklint: warning: " + warning);
            }
            spec.commandLine().getErr().flush();
            if (to == null) {
                spec.commandLine().getOut().print(radar);
            } else {
                try {
                    AtomicFiles.write(to, out -> out.write(radar.getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new StacklintException(to + ": cannot write the radar: " + e.getMessage(), e);
                }
                spec.commandLine().getOut().println("wrote " + to);
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
