package io.stacklint.source;

import io.stacklint.model.Commit;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A git repository, working or bare, opened read-only through JGit: its revisions as {@link GitTree}s and its
 * first-parent history as commits. When opened from a sub-folder of a working repository, every tree is that
 * sub-folder.
 */
public final class GitRepository implements Closeable {

    private final Repository repository;
    private final String prefix;

    private GitRepository(Repository repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /**
     * Opens the repository at or above {@code folder}.
     *
     * @throws IOException naming the folder when it is not inside a git repository
     */
    public static GitRepository open(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!absolute.toFile().isDirectory()) {
            throw new NoSuchFileException(folder.toString(), null, "no such directory");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(absolute.toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("not a git repository (nor inside one)");
        }
        Repository repository = builder.setMustExist(true).build();
        String prefix = "";
        if (!repository.isBare()) {
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            if (absolute.startsWith(workTree)) {
                prefix = workTree.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return new GitRepository(repository, prefix);
    }

    /** The commit a revision names. */
    public Commit resolve(String revision) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return commit(walk.parseCommit(id(revision)));
        }
    }

    /**
     * The tree of a revision (commit id, branch, tag, {@code HEAD~2}); the repository stays open as long as this
     * object does.
     */
    public GitTree tree(String revision, String displayRoot, PathFilter filter) throws IOException {
        return tree(revision, displayRoot, filter, false);
    }

    GitTree tree(String revision, String displayRoot, PathFilter filter, boolean owning) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id(revision));
            ObjectId tree = commit.getTree();
            if (!prefix.isEmpty()) {
                try (TreeWalk sub = TreeWalk.forPath(repository, prefix, tree)) {
                    if (sub == null || !sub.isSubtree()) {
                        throw new IOException(prefix + " does not exist at " + revision);
                    }
                    tree = sub.getObjectId(0);
                }
            }
            return new GitTree(repository, owning, tree, displayRoot, revision, filter);
        } catch (MissingObjectException e) {
            throw new IOException(revision + ": commit missing from the repository", e);
        }
    }

    /**
     * The commits of {@code revision}'s first-parent line, oldest first: the branch's own history, in which a
     * merged branch counts as its merge commit. Commits before {@code since} are left out.
     */
    public List<Commit> firstParentHistory(String revision, Optional<Instant> since) throws IOException {
        List<Commit> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(id(revision)));
            for (RevCommit commit : walk) {
                Commit value = commit(commit);
                if (since.isPresent() && value.date().isBefore(since.get())) {
                    break;
                }
                commits.add(value);
            }
        }
        Collections.reverse(commits);
        return List.copyOf(commits);
    }

    private ObjectId id(String revision) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            throw new IOException("'" + revision + "' is not a revision", e);
        }
        if (id == null) {
            throw new IOException("unknown revision '" + revision + "'");
        }
        return id;
    }

    private static Commit commit(RevCommit commit) {
        var author = commit.getAuthorIdent();
        return new Commit(commit.getName(), author.getWhenAsInstant(), author.getName());
    }

    @Override
    public void close() {
        repository.close();
    }
}
