package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void version_names_the_tool_and_the_catalog() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("stacklint ").containsPattern("catalog: \\d+ technologies");
    }

    @Test
    void an_error_of_the_jvm_is_an_internal_error_exit_3_with_its_trace_only_under_debug() {
        java.io.StringWriter quiet = new java.io.StringWriter();
        int code = StacklintCommand.internalError(new StackOverflowError(), new java.io.PrintWriter(quiet), false);
        java.io.StringWriter debug = new java.io.StringWriter();
        StacklintCommand.internalError(new StackOverflowError(), new java.io.PrintWriter(debug), true);

        assertThat(code).isEqualTo(3);
        assertThat(quiet.toString()).isEqualTo("stacklint: internal error: java.lang.StackOverflowError"
                + " (run with --debug for the stack trace)" + System.lineSeparator());
        assertThat(debug.toString()).startsWith("stacklint: internal error: java.lang.StackOverflowError"
                + System.lineSeparator()).contains("\tat ");
    }

    @Test
    void help_lists_the_commands_and_exit_codes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("check").contains("inventory").contains("catalog")
                .contains("2  usage, configuration or input error");
    }

    @Test
    void no_command_or_an_unknown_option_is_a_usage_error() {
        CliRun none = CliRun.of();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("stacklint: a command is required");

        CliRun unknown = CliRun.of("check", "--fial-on", "avoid");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--fial-on'")
                .contains("Try 'stacklint check --help'");
    }

    @Test
    void catalog_lists_technologies_with_their_default_ring() {
        CliRun text = CliRun.of("catalog");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).containsPattern("mysql\\s+MySQL\\s+avoid\\s+database")
                .containsPattern("phoenix\\s+Phoenix\\s+recommended\\s+framework");

        CliRun json = CliRun.of("catalog", "--format", "json");
        assertThat(json.out()).contains("\"id\" : \"mysql\"").contains("\"ring\" : \"avoid\"");
    }

    @Test
    void inventory_lists_every_technology_and_never_fails_on_ratings() {
        CliRun run = CliRun.of("inventory", CheckCommandTest.LEGACY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("MySQL \\(mysql\\)\\s+avoid\\s+database\\s+8\\.0")
                .containsPattern("Redis \\(redis\\)\\s+recommended")
                .containsPattern("GitHub Actions \\(github-actions\\)\\s+recommended");
    }
}
