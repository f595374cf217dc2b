package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.Detector;
import io.stacklint.history.TimelineBuilder;
import io.stacklint.model.Commit;
import io.stacklint.model.Evidence;
import io.stacklint.model.Rating;
import io.stacklint.model.Timeline;
import io.stacklint.source.CommitDiffs;
import io.stacklint.source.GitRepository;
import io.stacklint.source.GitTree;
import io.stacklint.source.PathFilter;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The technologies present at each commit of a history, computed incrementally. A tree diff against the previous
 * commit of the walk (computed ahead, see {@link CommitDiffs}) says which paths changed. When none of them can
 * change what a scan finds (a source file edited, a README) the previous commit's technologies are kept without
 * reading its tree; otherwise only the changed paths, and the files that read a changed one as a neighbour (a
 * lockfile reads its package.json), are walked and read again, and every other file keeps its evidence from the
 * previous commit. A whole new snapshot is taken only when a change may alter what is walked (a .gitignore, a
 * {@code pom.xml} beside {@code target/} added); even then the {@link EvidenceCache} parses only the blobs it has
 * not seen.
 */
final class HistoryWalk {

    private final GitRepository repository;
    private final Scanner scanner;
    private final Catalog catalog;
    private final String name;
    private final PathFilter paths;
    private final Function<Scanner.Result, List<Evidence>> evidence;

    HistoryWalk(GitRepository repository, Scanner scanner, Catalog catalog, String name, PathFilter paths,
            Function<Scanner.Result, List<Evidence>> evidence) {
        this.repository = repository;
        this.scanner = scanner;
        this.catalog = catalog;
        this.name = name;
        this.paths = paths;
        this.evidence = evidence;
    }

    List<Timeline> timelines(List<Commit> commits, Function<String, Optional<Rating>> ratings) throws IOException {
        TimelineBuilder timelines = new TimelineBuilder();
        Scanner.Snapshot snapshot = null;
        Set<String> present = Set.of();
        try (CommitDiffs diffs = repository.diffsAlong(commits)) {
            for (int index = 0; index < commits.size(); index++) {
                Commit commit = commits.get(index);
                Optional<List<GitRepository.Change>> changes = index == 0 || snapshot == null ? Optional.empty()
                        : diffs.get(index);
                List<GitRepository.Change> relevant = changes.map(list -> list.stream()
                        .filter(change -> scanner.affects(change.path(), !change.modified())).toList()).orElse(null);
                if (relevant == null || relevant.stream()
                        .anyMatch(change -> scanner.changesWhatIsWalked(change.path(), !change.modified()))) {
                    snapshot = snapshot(commit);
                    present = snapshot == null ? Set.of() : technologies(snapshot);
                } else if (!relevant.isEmpty()) {
                    Set<String> paths = new HashSet<>();
                    for (GitRepository.Change change : relevant) {
                        paths.add(change.path());
                        paths.addAll(scanner.dependents(change.path()));
                    }
                    try (GitTree tree = repository.tree(commit.id(), name, this.paths)) {
                        scanner.update(snapshot, tree, paths);
                    }
                    present = technologies(snapshot);
                }
                timelines.record(commit, present);
            }
        }
        return timelines.build(ratings);
    }

    /** The whole tree of a commit, or null when the audited folder does not exist there (or its tree is missing). */
    private Scanner.Snapshot snapshot(Commit commit) {
        try (GitTree tree = repository.tree(commit.id(), name, paths)) {
            return scanner.snapshot(tree);
        } catch (IOException e) {
            return null;
        }
    }

    private Set<String> technologies(Scanner.Snapshot snapshot) {
        Set<String> present = new HashSet<>();
        new Detector(catalog).detect(evidence.apply(snapshot.result()))
                .forEach(detected -> present.add(detected.technology().id()));
        return present;
    }
}
