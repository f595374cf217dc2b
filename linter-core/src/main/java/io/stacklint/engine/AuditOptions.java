package io.stacklint.engine;

import io.stacklint.source.GitCredentials;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@link Linter#audit(String, LintRequest, AuditOptions)} reaches and reads a target.
 *
 * @param history     whether each technology's periods over the history are computed
 * @param since       with history: commits authored before this instant are left out
 * @param firstParent with history: walk only the first-parent line instead of every reachable commit
 * @param cacheRoot   where bare mirrors of remote targets are kept between runs
 * @param depth       a shallow clone and fetch of that many commits for remote targets; empty for all of it
 * @param credentials where the user name and password for remotes that ask come from
 */
public record AuditOptions(boolean history, Optional<Instant> since, boolean firstParent, Path cacheRoot,
        OptionalInt depth, GitCredentials credentials) {

    public AuditOptions {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** Local targets only, no credentials: the options tests and programs auditing folders need. */
    public static AuditOptions local(boolean history, Optional<Instant> since, boolean firstParent) {
        return new AuditOptions(history, since, firstParent, Path.of(System.getProperty("java.io.tmpdir")),
                OptionalInt.empty(), GitCredentials.fromFiles(Path.of(System.getProperty("user.home", "."))));
    }
}
