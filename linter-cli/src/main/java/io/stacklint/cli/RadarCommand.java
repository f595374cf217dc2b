package io.stacklint.cli;

import io.stacklint.engine.Linter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stacklint radar}: work with rating lists. */
@Command(name = "radar", mixinStandardHelpOptions = true, description = "Work with rating lists (radars).",
        subcommands = {RadarCommand.Validate.class})
final class RadarCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a radar command is required (validate)");
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
}
