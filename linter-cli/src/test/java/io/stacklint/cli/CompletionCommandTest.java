package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

    @Test
    void theBashScriptCompletesEveryCommandAndTheirOptions() {
        CliRun run = CliRun.of("completion", "bash");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F _complete_stacklint", "check", "inventory", "explain",
                "--fail-on", "--format");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        CliRun run = CliRun.of("completion", "fish");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("fish");
    }
}
