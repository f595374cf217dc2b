package io.stacklint.cli;

import io.stacklint.engine.Linter;
import io.stacklint.report.CatalogListing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stacklint catalog}: what stacklint can detect, and the default ring of each technology. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List every technology stacklint can detect, with its id and default ring.")
final class CatalogCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, or markdown (the default radar as a page, as in docs/radar.md);"
                    + " default: text.")
    Format format;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        Linter linter = Linter.withDefaults();
        CatalogListing listing = new CatalogListing(linter.catalog().technologies(), linter.radar()::rating);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (format == Format.json) {
            listing.writeJson(buffer);
        } else if (format == Format.markdown) {
            listing.writeMarkdown(buffer);
        } else {
            listing.writeText(buffer);
        }
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
