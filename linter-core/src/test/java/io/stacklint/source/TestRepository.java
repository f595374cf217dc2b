package io.stacklint.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A small git repository built by a test: files written into its working folder, then committed with a fixed author
 * and date and without signing, so a developer's git configuration never matters.
 */
public final class TestRepository implements AutoCloseable {

    private final Git git;
    private final Path folder;

    private TestRepository(Git git, Path folder) {
        this.git = git;
        this.folder = folder;
    }

    public static TestRepository init(Path folder) throws GitAPIException {
        return new TestRepository(Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(), folder);
    }

    public Path folder() {
        return folder;
    }

    public TestRepository write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public TestRepository delete(String path) throws IOException {
        Files.delete(folder.resolve(path));
        return this;
    }

    /** Commits every change of the working folder as {@code author} at {@code date} (ISO, UTC). */
    public RevCommit commit(String message, String author, String date) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.com",
                Instant.parse(date), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }

    public void tag(String name) throws GitAPIException {
        git.tag().setName(name).setAnnotated(false).call();
    }

    public Git git() {
        return git;
    }

    /** A bare clone of this repository in {@code target}. */
    public Path bareClone(Path target) throws GitAPIException {
        Git.cloneRepository().setURI(folder.toUri().toString()).setDirectory(target.toFile()).setBare(true).call()
                .close();
        return target;
    }

    @Override
    public void close() {
        git.close();
    }
}
