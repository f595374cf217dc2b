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
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A git repository, working or bare, opened read-only through JGit: its revisions as {@link GitTree}s and its
 * first-parent history as commits. When opened from a sub-folder of a working repository, every tree is that
 * sub-folder.
 */
public final class GitRepository implements Closeable {

    static {
        GitSystemConfig.install();
    }

    private final Repository repository;
    private final GitObjects objects;
    private final String prefix;

    private GitRepository(Repository repository, String prefix) {
        this.repository = repository;
        this.objects = new GitObjects(repository);
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
        try (RevWalk walk = new RevWalk(objects.reader())) {
            RevCommit commit = walk.parseCommit(id(revision));
            ObjectId tree = commit.getTree();
            if (!prefix.isEmpty()) {
                try (TreeWalk sub = TreeWalk.forPath(objects.reader(), prefix, tree)) {
                    if (sub == null || !sub.isSubtree()) {
                        throw new IOException(prefix + " does not exist at " + revision);
                    }
                    tree = sub.getObjectId(0);
                }
            }
            return new GitTree(objects, owning, tree, displayRoot, revision, filter);
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

    /**
     * The commits reachable from {@code revision}, oldest first. With {@code firstParent}, only its first-parent line
     * (the branch's own history, a merged branch counting as its merge commit); otherwise every commit, parents
     * always before their children and, between parallel branches, in commit-time order. Commits whose author date
     * is before {@code since} are left out. A shallow clone's history ends at its shallow boundary.
     */
    public List<Commit> history(String revision, Optional<Instant> since, boolean firstParent) throws IOException {
        if (firstParent) {
            return firstParentHistory(revision, since);
        }
        List<Commit> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.COMMIT_TIME_DESC, true);
            walk.sort(RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(id(revision)));
            for (RevCommit commit : walk) {
                Commit value = commit(commit);
                if (since.isEmpty() || !value.date().isBefore(since.get())) {
                    commits.add(value);
                }
            }
        } catch (MissingObjectException e) {
            throw new IOException("history of " + revision + " is incomplete: " + e.getMessage(), e);
        }
        return List.copyOf(commits);
    }

    /**
     * The changes along a list of commits: for each commit, the paths (relative to the audited folder) that differ
     * from the commit before it in the list. They are computed ahead, on one thread per processor, while the
     * caller works on the earlier ones; close the result to stop them.
     */
    public CommitDiffs diffsAlong(List<Commit> commits) {
        return new CommitDiffs(repository, prefix, commits, Runtime.getRuntime().availableProcessors());
    }

    /**
     * One path that differs between two trees.
     *
     * @param modified true when the path is in both trees with different content, false when added or deleted
     */
    public record Change(String path, boolean modified) {
    }

    private ObjectId id(String revision) throws IOException {
        // a history asks for every commit by its full id: parsing it as a revision expression would cost more
        if (ObjectId.isId(revision) && repository.getObjectDatabase().has(ObjectId.fromString(revision))) {
            return ObjectId.fromString(revision);
        }
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
        objects.close();
        repository.close();
    }
}
