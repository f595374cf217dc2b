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
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
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
    private ObjectReader diffReader;
    private RevWalk diffWalk;

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
     * The paths (relative to the audited folder) that differ between two commits' trees, from a tree diff that
     * descends only into sub-trees whose ids differ: cheap however large the tree. Empty when an object needed for
     * the diff is missing (a shallow or partial clone), in which case the caller must read the whole tree. One
     * reader serves every call, so the objects that deltas of consecutive trees share are inflated once: not safe
     * for several threads at once.
     */
    public Optional<List<Change>> changes(String from, String to) throws IOException {
        if (diffReader == null) {
            diffReader = repository.newObjectReader();
            diffWalk = new RevWalk(diffReader);
        }
        try (TreeWalk diff = new TreeWalk(repository, diffReader)) {
            diff.addTree(diffWalk.parseCommit(ObjectId.fromString(from)).getTree());
            diff.addTree(diffWalk.parseCommit(ObjectId.fromString(to)).getTree());
            diff.setRecursive(true);
            diff.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(org.eclipse.jgit.treewalk.filter.PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            List<Change> changes = new ArrayList<>();
            String strip = prefix.isEmpty() ? "" : prefix + "/";
            while (diff.next()) {
                String path = diff.getPathString();
                if (!path.startsWith(strip)) {
                    continue;
                }
                boolean modified = !diff.getObjectId(0).equals(ObjectId.zeroId())
                        && !diff.getObjectId(1).equals(ObjectId.zeroId());
                changes.add(new Change(path.substring(strip.length()), modified));
            }
            return Optional.of(List.copyOf(changes));
        } catch (MissingObjectException e) {
            return Optional.empty();
        }
    }

    /**
     * One path that differs between two trees.
     *
     * @param modified true when the path is in both trees with different content, false when added or deleted
     */
    public record Change(String path, boolean modified) {
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
        if (diffReader != null) {
            diffWalk.close();
            diffReader.close();
        }
        repository.close();
    }
}
