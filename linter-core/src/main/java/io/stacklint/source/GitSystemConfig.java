package io.stacklint.source;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Where JGit finds git's system-wide configuration. Left to itself, JGit runs the installed {@code git} program
 * once per process to ask ({@code git config --system --show-origin}); stacklint runs no programs, so the file is
 * taken from where git keeps it instead: {@code GIT_CONFIG_SYSTEM} when set, none when {@code GIT_CONFIG_NOSYSTEM}
 * is set (both as git reads them), otherwise {@code /etc/gitconfig}, or Git for Windows' {@code etc/gitconfig} under
 * {@code %ProgramFiles%/Git}. The user's own configuration is read as before.
 */
final class GitSystemConfig extends SystemReader.Delegate {

    private static boolean installed;

    GitSystemConfig(SystemReader delegate) {
        super(delegate);
    }

    /** Makes every JGit use of this process read the system configuration this way; idempotent. */
    static synchronized void install() {
        if (!installed) {
            SystemReader.setInstance(new GitSystemConfig(SystemReader.getInstance()));
            installed = true;
        }
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
        File file = file();
        if (file == null) {
            return new FileBasedConfig(parent, null, fs) {
                @Override
                public void load() {
                    // no system configuration: nothing to read
                }

                @Override
                public boolean isOutdated() {
                    return false;
                }
            };
        }
        return new FileBasedConfig(parent, file, fs);
    }

    private File file() {
        String noSystem = getenv("GIT_CONFIG_NOSYSTEM");
        if (noSystem != null && !noSystem.isEmpty()) {
            return null;
        }
        String configured = getenv("GIT_CONFIG_SYSTEM");
        if (configured != null && !configured.isEmpty()) {
            return new File(configured);
        }
        if (!isWindows()) {
            return new File("/etc/gitconfig");
        }
        String programs = getenv("ProgramFiles");
        return programs == null ? null : new File(programs, "Git/etc/gitconfig");
    }
}
