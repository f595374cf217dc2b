package io.stacklint.cli;

import io.stacklint.engine.Linter;
import io.stacklint.report.Explanation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stacklint explain ID}: the rating, reason, replacements, signatures and end-of-life cycles of one id. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one technology: its ring and why, what replaces it, how stacklint detects it, and"
                + " the end-of-life dates of its release cycles.")
final class ExplainCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A technology id, as 'stacklint catalog' lists them.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: text).")
    Format format;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    private final Terminal terminal;

    ExplainCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        Explanation explanation = Linter.withDefaults(terminal.clock()).explain(id);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (format == Format.json) {
            explanation.writeJson(buffer);
        } else {
            explanation.writeText(buffer);
        }
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
