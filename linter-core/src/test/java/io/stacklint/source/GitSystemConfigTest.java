package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * git's system configuration is found the way git finds it, without running the git program (which JGit would do
 * to ask where the file is).
 */
class GitSystemConfigTest {

    @TempDir
    Path folder;

    @Test
    void readsTheFileGitConfigSystemNames() throws IOException, ConfigInvalidException {
        Path file = Files.writeString(folder.resolve("gitconfig"), "[http]\n\tproxy = http://proxy.example:3128\n");
        FileBasedConfig config = reader(Map.of("GIT_CONFIG_SYSTEM", file.toString()))
                .openSystemConfig(null, FS.DETECTED);
        config.load();

        assertThat(config.getString("http", null, "proxy")).isEqualTo("http://proxy.example:3128");
    }

    @Test
    void readsNoSystemConfigurationWhenGitConfigNoSystemIsSet() throws IOException, ConfigInvalidException {
        Path file = Files.writeString(folder.resolve("gitconfig"), "[http]\n\tproxy = http://proxy.example:3128\n");
        FileBasedConfig config = reader(Map.of("GIT_CONFIG_SYSTEM", file.toString(), "GIT_CONFIG_NOSYSTEM", "1"))
                .openSystemConfig(null, FS.DETECTED);
        config.load();

        assertThat(config.getString("http", null, "proxy")).isNull();
    }

    @Test
    void otherwiseReadsWhereGitKeepsIt() {
        SystemReader reader = reader(Map.of("ProgramFiles", folder.toString()));
        assertThat(reader.openSystemConfig(null, FS.DETECTED).getFile()).isEqualTo(reader.isWindows()
                ? folder.resolve("Git/etc/gitconfig").toFile() : new java.io.File("/etc/gitconfig"));
    }

    private static SystemReader reader(Map<String, String> environment) {
        return new GitSystemConfig(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public String getenv(String variable) {
                return environment.get(variable);
            }
        });
    }
}
