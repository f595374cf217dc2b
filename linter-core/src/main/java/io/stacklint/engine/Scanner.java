package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.error.ConfigurationException;
import io.stacklint.extract.CommentSyntax;
import io.stacklint.extract.ExtractionException;
import io.stacklint.extract.FileLookup;
import io.stacklint.extract.Extractor;
import io.stacklint.extract.SourceFile;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import io.stacklint.model.Severity;
import io.stacklint.policy.Suppression;
import io.stacklint.source.ContentAddressed;
import io.stacklint.source.FileTooLargeException;
import io.stacklint.source.GitTree;
import java.util.HashMap;
import java.util.Set;
import io.stacklint.source.IgnoreRules;
import io.stacklint.source.ProjectTree;
import io.stacklint.source.TreeFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.ArrayDeque;

/**
 * One pass over a project tree: a single walk picks the candidate files (those an extractor accepts) and the
 * files whose mere presence is evidence; only candidates are read, in parallel, each by the extractors that
 * accept it. A file that cannot be read or parsed becomes a diagnostic, never the end of the scan.
 */
final class Scanner {

    /** Neighbouring files an extractor asks for (a parent POM, a .env) are build files: small. */
    static final long MAX_FILE_BYTES = Extractor.DEFAULT_SIZE_CAP;
    private static final int BINARY_PROBE_BYTES = 8000;
    /** Walked files classified together: enough to be worth a task, little enough to hold. */
    private static final int CLASSIFY_BATCH = 2048;
    /** Batches the walk may run ahead of their classification. */
    private static final int BATCHES_AHEAD = 4;
    /** Paths whose relevance a history remembers: a busy repository's, not a hostile one's millions. */
    private static final int MAX_REMEMBERED_PATHS = 200_000;

    private final Catalog catalog;
    private final List<Extractor> extractors;
    private final EvidenceCache cache;
    private final long buildFileCap;
    /** Each path's role, remembered by a history scanner: its snapshots classify the same paths again and again. */
    private final Map<String, Role> roles = new ConcurrentHashMap<>();

    Scanner(Catalog catalog, List<Extractor> extractors) {
        this(catalog, extractors, null, Extractor.DEFAULT_SIZE_CAP);
    }

    /**
     * A scanner that reuses what it extracted from a blob in every later content-addressed tree it scans (none
     * when {@code cache} is null), and skips build files above {@code buildFileCap} bytes (the configuration's
     * {@code maxFileSize}; lockfiles keep their own, larger cap unless this one is larger still).
     */
    Scanner(Catalog catalog, List<Extractor> extractors, EvidenceCache cache, long buildFileCap) {
        this.catalog = catalog;
        this.extractors = extractors;
        this.cache = cache;
        this.buildFileCap = buildFileCap;
    }

    private long sizeCap(Extractor extractor) {
        return extractor.sizeCap() == Extractor.DEFAULT_SIZE_CAP ? buildFileCap
                : Math.max(extractor.sizeCap(), buildFileCap);
    }

    /** The extension of a source file that counts towards its language, or null when the file does not count. */
    private String countedSource(String path) {
        String extension = extension(path);
        return extension != null && catalog.countsSources(extension) && IgnoreRules.isProjectSource(path)
                ? extension : null;
    }

    /** The extractors that read the file; most walked files are no candidate, so nothing is allocated for them. */
    private List<Extractor> accepting(String path) {
        List<Extractor> accepting = null;
        for (Extractor extractor : extractors) {
            if (extractor.accepts(path)) {
                accepting = accepting == null ? new ArrayList<>(2) : accepting;
                accepting.add(extractor);
            }
        }
        return accepting == null ? List.of() : List.copyOf(accepting);
    }

    /** The evidence a file is by its presence alone ({@code Procfile}, {@code .travis.yml}), if it is any. */
    private Optional<Evidence> presence(String path) {
        return catalog.matchFile(path).isEmpty() ? Optional.empty() : Optional.of(new Evidence(EvidenceKind.FILE,
                "file", path, null, Location.fileStart(path), path, Scope.BUILD, List.of()));
    }

    /**
     * Whether a change to {@code path} between two revisions may change what a scan finds: a candidate file, a
     * file whose presence is evidence, a neighbour some extraction read, a .gitignore (it decides what is walked)
     * and, when {@code addedOrDeleted}, a source file that is counted. Anything else leaves the evidence as it was.
     */
    boolean affects(String path, boolean addedOrDeleted) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(".gitignore") || (cache != null && cache.isNeighbour(path))) {
            return true;
        }
        if (readOrEvidence(path)) {
            return true;
        }
        String extension = extension(path);
        return addedOrDeleted && extension != null && catalog.countsSources(extension);
    }

    /** Whether a path is a candidate or a file whose presence is evidence. */
    private boolean readOrEvidence(String path) {
        Role role = role(path);
        return !role.accepting().isEmpty() || role.presence().isPresent();
    }

    /**
     * Whether a change to {@code path} forces a whole new snapshot rather than an update of the changed paths: a
     * .gitignore, or a file whose presence decides whether a sibling folder is walked ({@code pom.xml} beside
     * {@code target/}) being added or deleted.
     */
    boolean changesWhatIsWalked(String path, boolean addedOrDeleted) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals(".gitignore") || (addedOrDeleted && IgnoreRules.isFolderMarker(name));
    }

    /**
     * The paths to read again, besides {@code path} itself, when it changes: those whose extraction read it as a
     * neighbour (a lockfile reads its package.json, a module's pom.xml its parent).
     */
    Set<String> dependents(String path) {
        return cache == null ? Set.of() : cache.dependentsOf(path);
    }

    /** Per-path results of the whole tree, to be updated path by path along a history. */
    Snapshot snapshot(ProjectTree tree) throws IOException {
        Snapshot snapshot = new Snapshot();
        List<Candidate> candidates = new ArrayList<>();
        tree.walk(snapshot.collector(candidates));
        candidates.parallelStream().map(candidate -> Map.entry(candidate.file().path(), cachedRead(tree, candidate)))
                .toList().forEach(read -> snapshot.outcomes.put(read.getKey(), read.getValue()));
        return snapshot;
    }

    /**
     * Brings a snapshot of an earlier revision to {@code tree} when only {@code paths} changed between them (and
     * none of them {@link #changesWhatIsWalked changes what is walked}): the paths are forgotten, then walked and
     * read again in the new tree, everything else is kept.
     */
    void update(Snapshot snapshot, GitTree tree, Set<String> paths) throws IOException {
        for (String path : paths) {
            snapshot.forget(path);
        }
        List<Candidate> candidates = new ArrayList<>();
        tree.walk(snapshot.collector(candidates), paths);
        for (Candidate candidate : candidates) {
            snapshot.outcomes.put(candidate.file().path(), cachedRead(tree, candidate));
        }
    }

    /**
     * What a scan found, kept per path: each candidate file's outcome, the files whose presence is evidence and
     * the counted source files. A history walk keeps one and updates only the paths each commit changes.
     */
    final class Snapshot {
        private final Map<String, Outcome> outcomes = new HashMap<>();
        private final Map<String, Evidence> presence = new HashMap<>();
        private final Map<String, java.util.TreeSet<String>> sources = new HashMap<>();

        private ProjectTree.Visitor collector(List<Candidate> candidates) {
            return new ProjectTree.Visitor() {
                @Override
                public void file(TreeFile file) {
                    Role role = role(file.path());
                    if (role.sourceExtension() != null) {
                        sources.computeIfAbsent(role.sourceExtension(), k -> new java.util.TreeSet<>())
                                .add(file.path());
                    }
                    if (!role.accepting().isEmpty()) {
                        candidates.add(new Candidate(file, role.accepting()));
                    }
                    role.presence().ifPresent(found -> presence.put(file.path(), found));
                }

                @Override
                public void skipped(String path, String reason) {
                    // a history keeps no diagnostics of past revisions: the audited revision's report has its own
                }
            };
        }

        private void forget(String path) {
            outcomes.remove(path);
            presence.remove(path);
            String extension = extension(path);
            if (extension != null && sources.containsKey(extension)) {
                sources.get(extension).remove(path);
                if (sources.get(extension).isEmpty()) {
                    sources.remove(extension);
                }
            }
        }

        /** The evidence of the revision the snapshot is at, as {@link #scan} would find it. */
        Result result() {
            List<Evidence> evidence = new ArrayList<>(presence.values());
            sources.forEach((extension, paths) -> evidence.add(new Evidence(EvidenceKind.SOURCE, "source", extension,
                    null, Location.fileStart(paths.first()), paths.size() + (paths.size() == 1 ? " " + extension
                            + " file" : " " + extension + " files"), Scope.RUNTIME, List.of())));
            outcomes.values().forEach(outcome -> evidence.addAll(outcome.evidence()));
            return new Result(List.copyOf(evidence), List.of(), List.of());
        }
    }

    Result scan(ProjectTree tree) throws IOException {
        List<Diagnostic> walkDiagnostics = new ArrayList<>();
        Classified classified = new Classified(tree);
        List<TreeFile> batch = new ArrayList<>(CLASSIFY_BATCH);
        tree.walk(new ProjectTree.Visitor() {
            @Override
            public void file(TreeFile file) {
                batch.add(file);
                if (batch.size() == CLASSIFY_BATCH) {
                    classified.add(List.copyOf(batch));
                    batch.clear();
                }
            }

            @Override
            public void skipped(String path, String reason) {
                walkDiagnostics.add(new Diagnostic(Severity.WARNING, Location.fileStart(path), reason));
            }
        });
        classified.add(List.copyOf(batch));
        List<Outcome> outcomes = classified.outcomes();
        List<Evidence> presence = classified.presence;
        Map<String, SourceCount> sources = classified.sources;
        List<Suppression> suppressions = new ArrayList<>();
        List<ConfigurationException> wrongSuppressions = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            for (var marked : outcome.markers()) {
                suppression(marked.getKey(), marked.getValue(), wrongSuppressions).ifPresent(suppressions::add);
            }
        }
        if (!wrongSuppressions.isEmpty()) {
            wrongSuppressions.sort(Comparator.comparing(ConfigurationException::location));
            throw wrongSuppressions.get(0);
        }
        List<Evidence> evidence = new ArrayList<>(presence);
        sources.forEach((extension, count) -> evidence.add(new Evidence(EvidenceKind.SOURCE, "source", extension,
                null, Location.fileStart(count.first), count.count + (count.count == 1 ? " " + extension + " file"
                        : " " + extension + " files"), Scope.RUNTIME, List.of())));
        List<Diagnostic> diagnostics = new ArrayList<>(walkDiagnostics);
        for (Outcome outcome : outcomes) {
            evidence.addAll(outcome.evidence());
            diagnostics.addAll(outcome.diagnostics());
        }
        diagnostics.sort(null);
        return new Result(List.copyOf(evidence), List.copyOf(diagnostics), List.copyOf(suppressions));
    }

    /** A suppression comment checked like any configuration: known ids and a reason, or exit 2. */
    private Optional<Suppression> suppression(String path, CommentSyntax.Marker marker,
            List<ConfigurationException> wrong) {
        Location at = new Location(path, marker.line(), marker.column());
        if (marker.technologies().isEmpty()) {
            wrong.add(new ConfigurationException(at, "a suppression names no technology id"));
            return Optional.empty();
        }
        for (String id : marker.technologies()) {
            if (catalog.technology(id).isEmpty()) {
                wrong.add(new ConfigurationException(at, "unknown technology id '" + id + "' in a suppression"
                        + catalog.nearest(id).map(k -> "; did you mean '" + k + "'?").orElse("")));
                return Optional.empty();
            }
        }
        if (marker.reason().isEmpty()) {
            wrong.add(new ConfigurationException(at, "a suppression needs a reason after '--': "
                    + CommentSyntax.NEXT_LINE + " " + String.join(",", marker.technologies()) + " -- why"));
            return Optional.empty();
        }
        return Optional.of(new Suppression(at, marker.targetLine(), marker.technologies(), marker.reason()));
    }

    private Outcome cachedRead(ProjectTree tree, Candidate candidate) {
        if (cache == null || !(tree instanceof ContentAddressed addressed)) {
            return read(tree, candidate, path -> neighbour(tree, path));
        }
        String path = candidate.file().path();
        Optional<String> blob = blobId(addressed, path);
        if (blob.isEmpty()) {
            return read(tree, candidate, neighbour -> neighbour(tree, neighbour));
        }
        Optional<Outcome> cached = cache.find(path, blob.get(), neighbour -> blobId(addressed, neighbour));
        if (cached.isPresent()) {
            return cached.get();
        }
        Map<String, Optional<String>> neighbours = new java.util.concurrent.ConcurrentHashMap<>();
        Outcome outcome = read(tree, candidate, neighbour -> {
            neighbours.put(neighbour, blobId(addressed, neighbour));
            return neighbour(tree, neighbour);
        });
        cache.put(path, blob.get(), neighbours, outcome);
        return outcome;
    }

    private static Optional<String> blobId(ContentAddressed tree, String path) {
        try {
            return tree.blobId(path);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Outcome read(ProjectTree tree, Candidate candidate, FileLookup lookup) {
        String path = candidate.file().path();
        long cap = candidate.extractors().stream().mapToLong(this::sizeCap).max().orElse(buildFileCap);
        if (candidate.file().size() > cap) {
            return tooLarge(path, candidate.file().size(), cap);
        }
        byte[] bytes;
        try {
            bytes = tree.read(path, cap);
        } catch (FileTooLargeException e) {
            return tooLarge(path, e.size(), cap);
        } catch (NoSuchFileException e) {
            return Outcome.skipped(path, 1, 1, "skipped: the file disappeared during the scan");
        } catch (IOException e) {
            return new Outcome(List.of(), List.of(new Diagnostic(Severity.WARNING, Location.fileStart(path),
                    "skipped: " + (e.getMessage() == null ? "cannot be read" : e.getMessage()))), List.of());
        }
        if (looksBinary(bytes)) {
            return Outcome.skipped(path, 1, 1, "skipped: binary content");
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceFile file = new SourceFile(path, bytes, lookup);
        try {
            file.text(); // decoded once for every extractor and for the suppression markers
        } catch (ExtractionException e) {
            // not text: each extractor that needs text reports it, with its position
        }
        for (Extractor extractor : candidate.extractors()) {
            SourceFile source = file.fresh();
            try {
                evidence.addAll(ParseDeadline.extract(extractor, source));
            } catch (ExtractionException e) {
                diagnostics.add(new Diagnostic(Severity.WARNING, new Location(path, e.line(), e.column()),
                        e.getMessage()));
            }
            for (SourceFile.Note note : source.notes()) {
                diagnostics.add(new Diagnostic(Severity.NOTE, new Location(path, note.line(), note.column()),
                        note.message()));
            }
        }
        List<Map.Entry<String, CommentSyntax.Marker>> markers = new ArrayList<>();
        try {
            for (CommentSyntax.Marker marker : CommentSyntax.of(path).markers(file.text())) {
                markers.add(Map.entry(path, marker));
            }
        } catch (ExtractionException e) {
            // a file that cannot be decoded is already reported by its extractor; it suppresses nothing
        }
        return new Outcome(evidence, diagnostics, markers);
    }

    private static Outcome tooLarge(String path, long size, long cap) {
        return Outcome.skipped(path, 1, 1, String.format(Locale.ROOT,
                "skipped: %.1f MiB is above the %s size cap for this kind of file (maxFileSize)",
                size / (1024.0 * 1024.0), FileSize.format(cap)));
    }

    /** Another file an extractor asks for, under the limits every candidate file has. */
    private static Optional<byte[]> neighbour(ProjectTree tree, String path) {
        try {
            byte[] bytes = tree.read(path, MAX_FILE_BYTES);
            return looksBinary(bytes) ? Optional.empty() : Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The extension of a file name, lowercase with its dot, or null for none. */
    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot).toLowerCase(Locale.ROOT) : null;
    }

    /** Files of one extension: how many, and the first in walk order, where the evidence points. */
    private static final class SourceCount {
        private final String first;
        private int count;

        SourceCount(String first) {
            this.first = first;
        }
    }

    /** What a scan found, including the inline suppressions written in the files it read. */
    record Result(List<Evidence> evidence, List<Diagnostic> diagnostics, List<Suppression> suppressions) {
    }

    private record Candidate(TreeFile file, List<Extractor> extractors) {
    }

    /** A walked file that matters to a scan, and its role. */
    private record Walked(TreeFile file, Role role) {
    }

    /**
     * What a path is to a scan, whatever its content: a counted source (its extension), a candidate (the
     * extractors that read it), a file whose presence is evidence, several of these, or (mostly) nothing.
     */
    private record Role(String sourceExtension, List<Extractor> accepting, Optional<Evidence> presence) {

        static final Role NONE = new Role(null, List.of(), Optional.empty());

        boolean none() {
            return sourceExtension == null && accepting.isEmpty() && presence.isEmpty();
        }
    }

    /** The one place a path's role is decided; a history scanner remembers it (up to a bound). */
    private Role role(String path) {
        Role known = cache == null ? null : roles.get(path);
        if (known != null) {
            return known;
        }
        Role role = new Role(countedSource(path), accepting(path), presence(path));
        role = role.none() ? Role.NONE : role;
        if (cache != null && roles.size() < MAX_REMEMBERED_PATHS) {
            roles.put(path, role);
        }
        return role;
    }

    /**
     * What a walk found, folded in walk order. Tens of thousands of files in a monorepo are each asked of every
     * extractor, and the candidates among them read: both happen on the pool's threads while the walk goes on, a
     * few batches ahead at most so that the walked files are not all held, and the walking thread joins in once
     * the walk is done. Results are folded in walk order whichever thread computed them, so reports do not depend
     * on timing.
     */
    private final class Classified {
        private final ProjectTree tree;
        private final ArrayDeque<Job<List<Walked>>> batches = new ArrayDeque<>();
        private final List<Job<Outcome>> reads = new ArrayList<>();
        private final List<Evidence> presence = new ArrayList<>();
        private final Map<String, SourceCount> sources = new TreeMap<>();

        Classified(ProjectTree tree) {
            this.tree = tree;
        }

        void add(List<TreeFile> batch) {
            batches.add(new Job<>(() -> batch.stream().map(Scanner.this::classify).filter(Objects::nonNull).toList(),
                    ForkJoinPool.commonPool()));
            while (batches.size() > BATCHES_AHEAD) {
                fold(batches.poll().join());
            }
        }

        private void fold(List<Walked> walked) {
            for (Walked file : walked) {
                Role role = file.role();
                if (role.sourceExtension() != null) {
                    sources.computeIfAbsent(role.sourceExtension(), k -> new SourceCount(file.file().path())).count++;
                }
                if (!role.accepting().isEmpty()) {
                    Candidate candidate = new Candidate(file.file(), role.accepting());
                    reads.add(new Job<>(() -> cachedRead(tree, candidate), ForkJoinPool.commonPool()));
                }
                role.presence().ifPresent(presence::add);
            }
        }

        /** Each candidate's outcome, in walk order, once the walk is done. */
        List<Outcome> outcomes() {
            while (!batches.isEmpty()) {
                fold(batches.poll().join());
            }
            return reads.stream().map(Job::join).toList();
        }
    }

    /** A walked file with its role; null for the many files that matter to no scan. */
    private Walked classify(TreeFile file) {
        Role role = role(file.path());
        return role.none() ? null : new Walked(file, role);
    }

    record Outcome(List<Evidence> evidence, List<Diagnostic> diagnostics,
            List<Map.Entry<String, CommentSyntax.Marker>> markers) {

        static Outcome skipped(String path, int line, int column, String reason) {
            return new Outcome(List.of(), List.of(new Diagnostic(Severity.NOTE, new Location(path, line, column),
                    reason)), List.of());
        }
    }
}
