package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path repo;

    @Test
    void init_writes_a_commented_configuration_that_check_then_reads() throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: mysql:8.4\n");

        CliRun init = CliRun.of("init", repo.toString());

        assertThat(init.exitCode()).as(init.err()).isZero();
        Path config = repo.resolve(".stacklint.yml");
        assertThat(Files.readString(config)).contains("failOn: avoid").contains("# waivers:")
                .contains("radars:\n  - embedded");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-r--r--");
        CliRun check = CliRun.of("check", repo.toString());
        assertThat(check.err()).isEmpty();
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("MySQL  avoid");
    }

    @Test
    void an_existing_configuration_is_kept_unless_forced() throws IOException {
        Path config = repo.resolve(".stacklint.yml");
        Files.writeString(config, "failOn: sunsetting\n");

        CliRun refused = CliRun.of("init", repo.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("stacklint: " + config + ": already exists; give --force to replace it\n");
        assertThat(Files.readString(config)).isEqualTo("failOn: sunsetting\n");

        assertThat(CliRun.of("init", "--force", repo.toString()).exitCode()).isZero();
        assertThat(Files.readString(config)).contains("failOn: avoid");
    }
}
