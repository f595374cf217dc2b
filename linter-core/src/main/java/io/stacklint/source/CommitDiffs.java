package io.stacklint.source;

import io.stacklint.model.Commit;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The tree diffs along a list of commits (each commit against the one before it in the list), computed ahead in
 * runs of consecutive commits on background threads. A history audit spends most of its time inflating tree
 * objects; the runs are independent, so on several processors the diffs come that many times faster, and the
 * caller works on one run while the next are diffed.
 */
public final class CommitDiffs implements AutoCloseable {

    /** Consecutive diffs per task: long enough that a run's first diff, which loads both trees, is rare. */
    private static final int RUN = 512;

    private final Repository repository;
    private final String prefix;
    private final List<Commit> commits;
    private final ExecutorService executor;
    private final List<Future<List<Optional<List<GitRepository.Change>>>>> runs = new ArrayList<>();

    CommitDiffs(Repository repository, String prefix, List<Commit> commits, int threads) {
        this.repository = repository;
        this.prefix = prefix;
        this.commits = commits;
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "stacklint-tree-diff");
            thread.setDaemon(true);
            return thread;
        });
        for (int start = 1; start < commits.size(); start += RUN) {
            int first = start;
            int end = Math.min(commits.size(), start + RUN);
            runs.add(executor.submit(() -> diff(first, end)));
        }
    }

    /**
     * The paths that differ between commit {@code index - 1} and commit {@code index} of the list (index at least
     * 1), or empty when an object the diff needs is missing (a shallow or partial clone): the caller must then read
     * the whole tree.
     *
     * @throws IOException when a tree is unreadable or malformed
     */
    public Optional<List<GitRepository.Change>> get(int index) throws IOException {
        if (index < 1 || index >= commits.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        try {
            return runs.get((index - 1) / RUN).get().get((index - 1) % RUN);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while diffing trees");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<Optional<List<GitRepository.Change>>> diff(int first, int end) {
        List<Optional<List<GitRepository.Change>>> diffs = new ArrayList<>(end - first);
        try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            TreeDiff trees = new TreeDiff(reader);
            Folder previous = folder(walk, trees, commits.get(first - 1));
            for (int index = first; index < end; index++) {
                Folder next = folder(walk, trees, commits.get(index));
                diffs.add(changes(trees, previous, next));
                previous = next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diffs;
    }

    private static Optional<List<GitRepository.Change>> changes(TreeDiff trees, Folder from, Folder to)
            throws IOException {
        if (from.missing() || to.missing()) {
            return Optional.empty();
        }
        try {
            return Optional.of(List.copyOf(trees.changes(from.tree(), to.tree())));
        } catch (MissingObjectException e) {
            return Optional.empty();
        }
    }

    private Folder folder(RevWalk walk, TreeDiff trees, Commit commit) throws IOException {
        try {
            ObjectId root = walk.parseCommit(ObjectId.fromString(commit.id())).getTree();
            return new Folder(prefix.isEmpty() ? root : trees.subtree(root, prefix), false);
        } catch (MissingObjectException e) {
            return new Folder(null, true);
        }
    }

    /**
     * The audited folder at a commit.
     *
     * @param tree    its tree, null when the folder does not exist at the commit (every file of it is then added
     *                or deleted)
     * @param missing whether an object on the way to it is missing from the repository
     */
    private record Folder(ObjectId tree, boolean missing) {
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
