package io.stacklint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stacklint completion bash|zsh}: the completion script, generated from the same picocli model that parses
 * the arguments, so it can never offer a command or option that does not exist.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash or zsh.",
            "bash: source <(stacklint completion bash)",
            "zsh:  autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit;"
                + " source <(stacklint completion zsh)"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", defaultValue = "bash", description = "bash or zsh (default: bash).")
    Shell shell;

    @Override
    public Integer call() {
        // picocli's script serves both shells: zsh runs it through bashcompinit, as the help says
        spec.commandLine().getOut().print(AutoComplete.bash("stacklint", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
