package io.stacklint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.URIish;

/**
 * The bare repository a test git server serves, and a developer's clone that pushes to it: what a remote audit
 * reads, changed between two audits as a team would change it.
 */
final class ServedRepository implements AutoCloseable {

    private final Path bare;
    private final Git work;

    private ServedRepository(Path bare, Git work) {
        this.bare = bare;
        this.work = work;
    }

    /** A bare {@code server/repo.git} and a clone in {@code work/} under {@code folder}, nothing pushed yet. */
    static ServedRepository create(Path folder) throws Exception {
        Path bare = folder.resolve("server/repo.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Git work = Git.init().setDirectory(folder.resolve("work").toFile()).setInitialBranch("main").call();
        work.remoteAdd().setName("origin").setUri(new URIish(bare.toUri().toString())).call();
        return new ServedRepository(bare, work);
    }

    Path bare() {
        return bare;
    }

    /** Commits one file in the clone at {@code date} (ISO, UTC), unsigned, and pushes it to the bare repository. */
    void push(String path, String text, String date) throws Exception {
        Files.writeString(work.getRepository().getWorkTree().toPath().resolve(path), text);
        work.add().addFilepattern(".").call();
        PersonIdent ident = new PersonIdent("Dev", "dev@example.com", Instant.parse(date), ZoneOffset.UTC);
        work.commit().setMessage("change " + path).setAuthor(ident).setCommitter(ident).setSign(false).call();
        work.push().setRemote("origin").add("main").call();
    }

    @Override
    public void close() {
        work.close();
    }
}
