package io.stacklint.cli;

import io.stacklint.error.StacklintException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stacklint init [PATH]}: writes a commented {@code .stacklint.yml} with the defaults spelled out. The one
 * command that writes into a repository, and only when asked: an existing file is never replaced without
 * {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a commented .stacklint.yml with the defaults spelled out into PATH (default: the"
                + " current folder); an existing one is kept unless --force is given.")
final class InitCommand implements Callable<Integer> {

    private static final String TEMPLATE = "stacklint-init.yml";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1", defaultValue = ".",
            description = "The repository folder (default: the current folder).")
    Path path;

    @Option(names = "--force", description = "Replace an existing .stacklint.yml.")
    boolean force;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(path)) {
            throw new StacklintException(path + ": no such directory");
        }
        Path file = path.resolve(".stacklint.yml");
        if (Files.exists(file) && !force) {
            throw new StacklintException(file + ": already exists; give --force to replace it");
        }
        byte[] template;
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the stacklint jar");
            }
            template = in.readAllBytes();
        }
        AtomicFiles.write(file, out -> out.write(template));
        spec.commandLine().getOut().println("wrote " + file + "; run 'stacklint check " + path + "' to use it");
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
