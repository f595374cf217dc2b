package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.Detector;
import io.stacklint.history.TimelineBuilder;
import io.stacklint.model.Commit;
import io.stacklint.model.Evidence;
import io.stacklint.model.Rating;
import io.stacklint.model.Timeline;
import io.stacklint.source.GitRepository;
import io.stacklint.source.PathFilter;
import io.stacklint.source.ProjectTree;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The technologies present at each commit of a history, computed incrementally: a tree diff against the previous
 * commit of the walk says which paths changed, and when none of them can change what a scan finds (a source file
 * edited, a README) the previous commit's technologies are kept without reading its tree. Otherwise the tree is
 * scanned through the {@link EvidenceCache}, so only the files whose blob changed are parsed again.
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
        Commit previous = null;
        Set<String> present = Set.of();
        for (Commit commit : commits) {
            if (previous == null || mayChange(previous, commit)) {
                present = technologies(commit);
            }
            timelines.record(commit, present);
            previous = commit;
        }
        return timelines.build(ratings);
    }

    private boolean mayChange(Commit previous, Commit commit) throws IOException {
        Optional<List<GitRepository.Change>> changes = repository.changes(previous.id(), commit.id());
        if (changes.isEmpty()) {
            return true; // a tree is missing from a shallow or partial clone: read what there is
        }
        return changes.get().stream().anyMatch(change -> scanner.affects(change.path(), !change.modified()));
    }

    private Set<String> technologies(Commit commit) {
        try (ProjectTree tree = repository.tree(commit.id(), name, paths)) {
            Set<String> present = new HashSet<>();
            new Detector(catalog).detect(evidence.apply(scanner.scan(tree)))
                    .forEach(detected -> present.add(detected.technology().id()));
            return present;
        } catch (IOException e) {
            // the audited folder may not exist yet in old commits, or the commit's tree is missing: nothing of it
            return Set.of();
        }
    }
}
