package io.stacklint.cli;

import io.stacklint.engine.Linter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code stacklint} command's entry point: exit codes 0 pass, 1 findings fail, 2 bad input, 3 internal error. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, Terminal.detect()));
    }

    /** Runs the command line with the given streams; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        Linter.preloadDefaults(); // read while picocli builds its model, which takes longer at a cold start
        try {
            return StacklintCommand.commandLine(out, err, terminal, args).execute(args);
        } catch (Error e) {
            return StacklintCommand.internalError(e, err, java.util.Arrays.asList(args).contains("--debug"));
        }
    }
}
