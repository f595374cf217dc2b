package io.stacklint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One captured run of the command line: what it printed and how it exited. */
record CliRun(int exitCode, String out, String err) {

    /** The day tests judge versions' age on, so that golden files do not change as time passes. */
    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 23);

    static CliRun of(String... args) {
        return withTerminal(Terminal.plain().on(TODAY), args);
    }

    static CliRun withTerminal(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), terminal);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
