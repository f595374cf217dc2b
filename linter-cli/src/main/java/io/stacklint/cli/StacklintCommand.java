package io.stacklint.cli;

import io.stacklint.error.StacklintException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: only subcommands do work. */
@Command(name = "stacklint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Detects the technologies a repository uses and reports those your radar rates avoid or"
                + " sunsetting, with the file and line that prove each use.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  nothing at or above the fail threshold",
            "  1  findings at or above the fail threshold",
            "  2  usage, configuration or input error",
            "  3  internal error"})
final class StacklintCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, inventory,"
                + " diff, audit, catalog, explain, radar)");
    }

    /** Every subcommand, in the order help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        for (Class<?> type : List.of(CheckCommand.class, InventoryCommand.class, DiffCommand.class,
                AuditCommand.class, CatalogCommand.class, ExplainCommand.class, RadarCommand.class, InitCommand.class,
                BaselineCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class)) {
            all.put(type.getAnnotation(Command.class).name(), type);
        }
        return all;
    }

    /** The command line with every subcommand (help, completion scripts, tests of the whole tree). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
        return commandLine(out, err, terminal, SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments. picocli builds every subcommand's model by reflection before it parses
     * anything, a fifth of a second at a cold start for all eleven; a run that names its subcommand gets only that
     * one, with the same behaviour and messages, while anything else (top-level help, a typo, completion scripts)
     * gets them all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal, String[] args) {
        boolean named = args.length > 0 && SUBCOMMANDS.containsKey(args[0])
                && !List.of("help", "completion").contains(args[0]);
        return commandLine(out, err, terminal, named ? Set.of(args[0]) : SUBCOMMANDS.keySet());
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal,
            Set<String> subcommands) {
        Factory factory = new Factory(terminal);
        CommandLine commandLine = new CommandLine(new StacklintCommand(), factory);
        for (var subcommand : SUBCOMMANDS.entrySet()) {
            if (subcommands.contains(subcommand.getKey())) {
                commandLine.addSubcommand(subcommand.getKey(), new CommandLine(subcommand.getValue(), factory));
            }
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(StacklintCommand::usageError);
        commandLine.setExecutionExceptionHandler(StacklintCommand::executionError);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                terminal.colorCapable() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("stacklint: " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executionError(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean debug = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--debug");
        if (e instanceof StacklintException) {
            err.println("stacklint: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.USAGE;
        }
        return internalError(e, err, debug);
    }

    /**
     * Reports a failure of stacklint itself, an exception or an error such as {@link StackOverflowError} that
     * escaped picocli (which handles exceptions only), as exit code 3: the JVM's own default, a stack trace and
     * exit code 1, would read as "findings fail" to a CI job.
     */
    static int internalError(Throwable e, PrintWriter err, boolean debug) {
        err.println("stacklint: internal error: " + e + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Gives commands the terminal they write to. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(terminal));
            }
            if (type == DiffCommand.class) {
                return type.cast(new DiffCommand(terminal));
            }
            if (type == AuditCommand.class) {
                return type.cast(new AuditCommand(terminal));
            }
            if (type == AuditMergeCommand.class) {
                return type.cast(new AuditMergeCommand(terminal));
            }
            if (type == InventoryCommand.class) {
                return type.cast(new InventoryCommand(terminal));
            }
            if (type == BaselineCommand.class) {
                return type.cast(new BaselineCommand(terminal));
            }
            if (type == ExplainCommand.class) {
                return type.cast(new ExplainCommand(terminal));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
