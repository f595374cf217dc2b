package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/radar.md documents the default radar; it is the output of {@code stacklint catalog --format markdown}, so a
 * rating changed in rules/ without regenerating the page fails the build. Regenerate it with
 * {@code java -jar linter-cli/target/stacklint.jar catalog --format markdown > docs/radar.md}.
 */
class DocumentedRadarTest {

    private static final Path PAGE = Path.of("../docs/radar.md");

    @Test
    void the_documented_default_radar_is_the_shipped_one() throws IOException {
        CliRun run = CliRun.of("catalog", "--format", "markdown");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## avoid (").contains("| `mysql` | MySQL | database |");
        assertThat(Files.readString(PAGE)).as("docs/radar.md is stale: regenerate it with"
                + " 'stacklint catalog --format markdown > docs/radar.md'").isEqualTo(run.out());
    }
}
