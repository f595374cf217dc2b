package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.Detector;
import io.stacklint.error.ConfigurationException;
import io.stacklint.error.StacklintException;
import io.stacklint.extract.ExtractionException;
import io.stacklint.extract.Extractor;
import io.stacklint.extract.Extractors;
import io.stacklint.extract.SourceFile;
import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Rating;
import io.stacklint.radar.Lifecycles;
import io.stacklint.radar.RadarImporter;
import io.stacklint.report.Explanation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import io.stacklint.model.Scope;
import io.stacklint.model.Target;
import io.stacklint.model.Technology;
import io.stacklint.policy.Configuration;
import io.stacklint.policy.ConfigurationLoader;
import io.stacklint.policy.Judge;
import io.stacklint.policy.Policy;
import io.stacklint.radar.Radar;
import io.stacklint.radar.RadarLoader;
import io.stacklint.radar.HttpsRadarFetcher;
import io.stacklint.radar.RadarChain;
import io.stacklint.radar.RadarFetcher;
import io.stacklint.radar.RadarReference;
import io.stacklint.policy.Baseline;
import io.stacklint.policy.Waiver;
import io.stacklint.policy.Waivers;
import io.stacklint.model.Diagnostic;
import java.util.ArrayList;
import io.stacklint.history.TimelineBuilder;
import io.stacklint.model.Audit;
import io.stacklint.model.Commit;
import io.stacklint.model.ReportKind;
import io.stacklint.source.FileSystemTree;
import io.stacklint.source.GitRepository;
import io.stacklint.source.GitTree;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import io.stacklint.source.PathFilter;
import io.stacklint.source.RemoteMirror;
import io.stacklint.model.Timeline;
import io.stacklint.source.ProjectTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The one entry point of the engine. Front ends build a {@link LintRequest}, call {@link #run}, and render the
 * immutable {@link Report}; they never touch extractors, the catalog or the policy themselves.
 */
public final class Linter {

    private final Catalog catalog;
    private final Radar radar;
    private final Lifecycles lifecycles;
    private final List<Extractor> extractors;
    private final Clock clock;
    private final RadarFetcher fetcher;

    public Linter(Catalog catalog, Radar radar, Lifecycles lifecycles, List<Extractor> extractors, Clock clock) {
        this(catalog, radar, lifecycles, extractors, clock, RadarFetcher.none());
    }

    /** @param fetcher brings radars named by https URL */
    public Linter(Catalog catalog, Radar radar, Lifecycles lifecycles, List<Extractor> extractors, Clock clock,
            RadarFetcher fetcher) {
        this.catalog = catalog;
        this.radar = radar;
        this.lifecycles = lifecycles;
        this.extractors = List.copyOf(extractors);
        this.clock = clock;
        this.fetcher = fetcher;
    }

    /** The shipped catalog, default rating list, end-of-life facts and extractors, judging on today's date. */
    public static Linter withDefaults() {
        return withDefaults(Clock.systemDefaultZone());
    }

    /** The shipped defaults, judging versions' age on the clock's date (tests fix the date). */
    public static Linter withDefaults(Clock clock) {
        ShippedRules defaults = ShippedRules.get();
        Path cache = HttpsRadarFetcher.defaultCacheDir(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
        return new Linter(defaults.catalog(), defaults.radar(), defaults.lifecycles(), Extractors.builtIn(), clock,
                HttpsRadarFetcher.create(cache, clock));
    }

    /**
     * Starts reading the shipped catalog, radar and end-of-life facts on another thread, so that a front end can
     * parse its command line meanwhile (each costs tens of milliseconds at a cold start). Harmless to call twice.
     */
    public static void preloadDefaults() {
        ShippedRules.start();
    }

    /**
     * Scans the request's root and judges what it finds.
     *
     * @throws StacklintException when the request itself is wrong: a missing folder, a bad configuration
     */
    public Report run(LintRequest request) {
        Configuration configuration = configuration(request);
        try (ProjectTree tree = open(request, paths(request, configuration))) {
            return judge(request, tree, configuration, scanner(configuration));
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * What the request's tree (the folder, or its {@code --rev}) introduces over {@code baseRevision} of the same
     * repository: a {@link ReportKind#DIFF} report of the findings that are not in the base. Both sides are judged
     * by the request's configuration. A finding matches one in the base by technology, path and declaration,
     * never by line, so an edit above a declaration does not make it new.
     */
    public Report diff(LintRequest request, String baseRevision) {
        Configuration configuration = configuration(request);
        PathFilter paths = paths(request, configuration);
        Scanner scanner = scanner(configuration);
        Report head;
        try (ProjectTree tree = open(request, paths)) {
            head = judge(request, tree, configuration, scanner);
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": cannot be read: " + e.getMessage(), e);
        }
        Report base;
        try (ProjectTree tree = GitTree.open(request.root(), baseRevision, paths)) {
            base = judge(request, tree, configuration, scanner);
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": " + baseRevision + ": " + e.getMessage(), e);
        }
        return Changes.introduced(base, head, baseRevision);
    }

    /**
     * Audits one repository at the request's revision (default {@code HEAD}) and, with {@code history}, walks its
     * first-parent history from {@code since} to that revision, parsing each distinct blob once.
     */
    public Audit audit(LintRequest request, boolean history, Optional<Instant> since) {
        return audit(request, request.root().toString(), AuditOptions.local(history, since, true));
    }

    /**
     * Audits one target: a working or bare repository's folder, or a remote URL mirrored into the options' cache
     * (cloned the first time, fetched after). Whatever goes wrong with this target (it cannot be cloned, it is no
     * repository, its revision does not exist) becomes the audit's error, so the other targets of a run go on.
     *
     * @param template the request every target shares; its root is ignored
     */
    public Audit audit(String target, LintRequest template, AuditOptions options) {
        try {
            Path root;
            if (RemoteMirror.isRemote(target)) {
                root = new RemoteMirror(options.cacheRoot(), options.depth(), options.credentials())
                        .mirror(target);
            } else {
                root = Path.of(target);
            }
            LintRequest request = new LintRequest(template.kind(), root, template.config(), template.failOn(),
                    template.radars(), template.offline(), template.revision(), template.exclude(), template.graph(),
                    template.transitive());
            return audit(request, RemoteMirror.redact(target), options);
        } catch (IOException | StacklintException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            String name = RemoteMirror.redact(target);
            if (message.startsWith(target + ": ")) {
                message = message.substring(target.length() + 2);
            }
            Report empty = new Report(ReportKind.AUDIT, version(), new Target(name, template.revision()),
                    template.failOn().orElse(io.stacklint.model.Ring.AVOID), List.of(), List.of(),
                    List.of(new Diagnostic(io.stacklint.model.Severity.ERROR, Location.fileStart(name), message)));
            return new Audit(empty, Optional.empty(), Optional.of(message), 0);
        }
    }

    private Audit audit(LintRequest request, String name, AuditOptions options) {
        String revision = request.revision().orElse("HEAD");
        LintRequest atRevision = new LintRequest(ReportKind.AUDIT, request.root(), request.config(),
                request.failOn(), request.radars(), request.offline(), Optional.of(revision), List.of(),
                DependencyGraph.NONE, request.transitive());
        Configuration configuration = configuration(atRevision);
        PathFilter paths = paths(request, configuration);
        Scanner scanner = new Scanner(catalog, extractors, options.history() ? new EvidenceCache() : null,
                FileSize.cap(configuration));
        try (GitRepository repository = openRepository(request.root())) {
            Report report;
            try (ProjectTree tree = repository.tree(revision, name, paths)) {
                report = judge(atRevision, tree, configuration, scanner);
            }
            if (!options.history()) {
                return new Audit(report, Optional.empty());
            }
            List<Timeline> timelines = new HistoryWalk(repository, scanner, catalog, name, paths,
                    scan -> evidence(atRevision, configuration, scan))
                    .timelines(repository.history(revision, options.since(), options.firstParent()),
                            radar(atRevision, configuration)::rating);
            return new Audit(report, Optional.of(timelines));
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": " + e.getMessage(), e);
        }
    }

    private Report judge(LintRequest request, ProjectTree tree, Configuration configuration, Scanner scanner)
            throws IOException {
        return judge(request, tree, configuration, scanner, true);
    }

    /**
     * The findings a {@code stacklint baseline} run accepts: every finding of the request that no waiver covers,
     * as a baseline file to write. With {@code prune}, only the entries of the existing baseline that still match a
     * finding are kept and nothing new is accepted.
     *
     * @throws StacklintException when pruning and the repository has no baseline
     */
    public BaselineFile baseline(LintRequest request, boolean prune) {
        Configuration configuration = configuration(request);
        try (ProjectTree tree = open(request, paths(request, configuration))) {
            Report report = judge(request, tree, configuration, scanner(configuration), false);
            List<Finding> accepted = report.findings().stream().filter(finding -> !finding.waived()).toList();
            String file = Baseline.fileOf(configuration);
            int removed = 0;
            if (prune) {
                Located<Baseline> existing = baseline(tree, configuration).orElseThrow(() -> new StacklintException(
                        "no baseline to prune: " + String.join(" or ", Baseline.candidates(configuration))
                                + " does not exist; run 'stacklint baseline' first"));
                accepted = existing.value().accepted(accepted);
                removed = existing.value().size() - accepted.size();
                file = existing.path();
            }
            return new BaselineFile(file, Baseline.render(file, accepted, LocalDate.now(clock).toString()),
                    accepted.size(), removed);
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The findings a {@code stacklint baseline} run accepts, as a new baseline file. */
    public BaselineFile baseline(LintRequest request) {
        return baseline(request, false);
    }

    private Report judge(LintRequest request, ProjectTree tree, Configuration configuration, Scanner scanner,
            boolean applyBaseline) throws IOException {
        Radar radar = radar(request, configuration);
        Policy policy = Policy.of(configuration, request.failOn());
        Scanner.Result scan = scanner.scan(tree);
        EndOfLifeMode endOfLife = configuration.endOfLife().orElse(EndOfLifeMode.AVOID);
        LocalDate today = LocalDate.now(clock);
        List<Detection> detections = new Detector(catalog).detect(evidence(request, configuration, scan)).stream()
                .map(d -> rate(radar, d, endOfLife, today))
                .toList();
        List<Finding> judged = new Judge(policy, this::displayName).findings(detections);
        String configPath = request.config().isPresent() ? request.config().get().toString()
                : ConfigurationLoader.FILE_NAME;
        List<Waiver> waivers = configuration.waivers().stream().map(w -> w.reportedAt(configPath)).toList();
        Waivers.Result waived = new Waivers(waivers, scan.suppressions(), today, policy.failOn()).apply(judged);
        List<Diagnostic> diagnostics = new ArrayList<>(scan.diagnostics());
        if (transitive(request, configuration)) {
            diagnostics.addAll(TransitiveEvidence.problems(scan.evidence(), request.graph()));
        }
        diagnostics.addAll(waived.diagnostics());
        List<Finding> findings = waived.findings();
        Optional<Located<Baseline>> baseline = applyBaseline ? baseline(tree, configuration) : Optional.empty();
        if (baseline.isPresent()) {
            Baseline.Result accepted = baseline.get().value().apply(findings);
            findings = accepted.findings();
            diagnostics.addAll(accepted.diagnostics());
        }
        diagnostics.sort(null);
        return new Report(request.kind(), version(), new Target(tree.displayRoot(), tree.revision()),
                policy.failOn(), detections, findings, diagnostics);
    }

    /**
     * What the scan found, with what other dependencies bring in when transitive reporting is on, and without
     * it (lockfile entries, go.mod indirect requirements) when it is off.
     */
    private static boolean transitive(LintRequest request, Configuration configuration) {
        return request.transitive().or(configuration::transitive).orElse(false);
    }

    private static List<Evidence> evidence(LintRequest request, Configuration configuration, Scanner.Result scan) {
        List<Evidence> evidence = new ArrayList<>(scan.evidence());
        if (transitive(request, configuration)) {
            evidence.addAll(TransitiveEvidence.of(scan.evidence(), request.graph()));
        } else {
            evidence.removeIf(e -> e.scope() == Scope.TRANSITIVE);
        }
        return evidence;
    }

    private record Located<T>(String path, T value) {
    }

    /** The baseline file of the scanned tree, when it has one. */
    private static Optional<Located<Baseline>> baseline(ProjectTree tree, Configuration configuration) {
        for (String file : Baseline.candidates(configuration)) {
            byte[] bytes;
            try {
                bytes = tree.read(file, 16L * 1024 * 1024);
            } catch (IOException e) {
                continue; // not this one: every finding is new unless another candidate exists
            }
            return Optional.of(new Located<>(file, Baseline.parse(file, decode(bytes, file))));
        }
        return Optional.empty();
    }

    private Scanner scanner(Configuration configuration) {
        return new Scanner(catalog, extractors, null, FileSize.cap(configuration));
    }

    /** The configuration's path settings, with what the front end leaves to another run excluded too. */
    private static PathFilter paths(LintRequest request, Configuration configuration) {
        List<String> exclude = new ArrayList<>(configuration.exclude());
        exclude.addAll(request.exclude());
        return new PathFilter(exclude, configuration.include());
    }

    private Configuration configuration(LintRequest request) {
        try (ProjectTree tree = open(request, PathFilter.DEFAULT)) {
            return configuration(request, tree);
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The radar's rating, and for each declaration whose version's age rates worse, that rating. */
    private Detection rate(Radar radar, Detector.Detected detected, EndOfLifeMode endOfLife, LocalDate today) {
        String id = detected.technology().id();
        Optional<Rating> rating = radar.rating(id);
        Map<Location, Rating> ratingsAt = new HashMap<>();
        detected.versionOf().forEach((evidence, version) -> {
            Optional<Rating> ranged = radar.rating(id, version);
            lifecycles.rate(id, version, ranged.or(() -> rating), today, endOfLife).or(() -> ranged)
                    .ifPresent(own -> ratingsAt.put(evidence.location(), own));
        });
        return new Detection(detected.technology(), rating, detected.versions(), detected.evidence(), ratingsAt);
    }

    /**
     * The radar of this run: the command line's radars, else the configuration's, else the embedded default;
     * relative paths are resolved against the current folder or the configuration file's folder.
     */
    private Radar radar(LintRequest request, Configuration configuration) {
        RadarChain chain = new RadarChain(catalog.ids(), radar, fetcher, request.offline());
        if (!request.radars().isEmpty()) {
            return chain.load(request.radars().stream().map(r -> new RadarReference(r, Optional.empty())).toList(),
                    Path.of(""));
        }
        if (!configuration.radars().isEmpty()) {
            Path configFile = request.config().orElse(request.root().resolve(ConfigurationLoader.FILE_NAME));
            Path base = configFile.toAbsolutePath().getParent();
            return chain.load(configuration.radars().stream()
                    .map(r -> new RadarReference(r.reference(), Optional.of(r.location()))).toList(), base);
        }
        return radar;
    }

    /**
     * What stacklint knows of one technology, judged on the clock's date.
     *
     * @throws StacklintException for an id the catalog does not know, suggesting the nearest one
     */
    public Explanation explain(String id) {
        Technology technology = catalog.technology(id).orElseThrow(() -> new StacklintException(
                "unknown technology id '" + id + "'" + catalog.nearest(id)
                        .map(known -> "; did you mean '" + known + "'?")
                        .orElse("; 'stacklint catalog' lists the known ids")));
        LocalDate today = LocalDate.now(clock);
        Optional<Explanation.Lifecycle> lifecycle = lifecycles.product(id).map(product -> new Explanation.Lifecycle(
                product.name(), product.source(), product.cycles().stream()
                        .map(cycle -> new Explanation.Cycle(cycle.name(),
                                cycle.eol().map(LocalDate::toString).orElse(cycle.ended() ? "ended" : "not announced"),
                                cycle.ended() || cycle.eol().map(date -> !date.isAfter(today)).orElse(false)))
                        .toList()));
        return new Explanation(technology, radar.rating(id), this::displayName, catalog.describe(id), lifecycle);
    }

    /**
     * Reads a rating list and checks it against the catalog.
     *
     * @return the number of technologies it rates
     * @throws StacklintException naming the file, line and column of the first problem
     */
    public int validateRadar(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StacklintException(file + ": no such file");
        }
        try {
            String text = decode(Files.readAllBytes(file), file.toString());
            return RadarLoader.parse(file.toString(), text, catalog.ids()).ratings().size();
        } catch (IOException e) {
            throw new StacklintException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Converts another tool's radar to stacklint's format, validated against the catalog: a Build-Your-Own-Radar
     * CSV or JSON, a Zalando or Backstage JSON file, or an AOE technology-radar folder of markdown files.
     *
     * @param ringMapping ring names to map otherwise than the default (adopt recommended, trial and assess
     *                    experimental, hold avoid)
     */
    public RadarImporter.Result importRadar(Path file, Map<String, Ring> ringMapping) {
        RadarImporter importer = new RadarImporter(catalog.technologies(), ringMapping);
        RadarImporter.Result result;
        try {
            if (Files.isDirectory(file)) {
                List<RadarImporter.Source> markdown = new ArrayList<>();
                try (var walk = Files.walk(file)) {
                    for (Path item : walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                        String path = file.relativize(item).toString().replace('\\', '/');
                        markdown.add(new RadarImporter.Source(path, decode(Files.readAllBytes(item), path)));
                    }
                }
                result = importer.importFolder(file.toString(), markdown);
            } else if (Files.isRegularFile(file)) {
                result = importer.importRadar(file.toString(), decode(Files.readAllBytes(file), file.toString()));
            } else {
                throw new StacklintException(file + ": no such file or folder");
            }
        } catch (IOException e) {
            throw new StacklintException(file + ": cannot be read: " + e.getMessage(), e);
        }
        RadarLoader.parse(file + " (imported)", result.radar(), catalog.ids());
        return result;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Radar radar() {
        return radar;
    }

    public Lifecycles lifecycles() {
        return lifecycles;
    }

    private String displayName(String id) {
        return catalog.technology(id).map(Technology::name).orElse(id);
    }

    private static GitRepository openRepository(Path root) {
        try {
            return GitRepository.open(root);
        } catch (NoSuchFileException e) {
            throw new StacklintException(root + ": " + (e.getReason() == null ? "no such directory" : e.getReason()));
        } catch (IOException e) {
            throw new StacklintException(root + ": " + e.getMessage(), e);
        }
    }

    private static ProjectTree open(LintRequest request, PathFilter paths) {
        Path root = request.root();
        try {
            if (request.revision().isPresent()) {
                return GitTree.open(root, request.revision().get(), paths);
            }
            return FileSystemTree.open(root, paths);
        } catch (NoSuchFileException e) {
            throw new StacklintException(root + ": " + (e.getReason() == null ? "no such directory" : e.getReason()));
        } catch (IOException e) {
            throw new StacklintException(root + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private Configuration configuration(LintRequest request, ProjectTree tree) {
        if (request.config().isPresent()) {
            Path file = request.config().get();
            if (!Files.isRegularFile(file)) {
                throw new StacklintException(file + ": configuration file not found");
            }
            try {
                return ConfigurationLoader.parse(file.toString(), decode(Files.readAllBytes(file), file.toString()),
                        catalog.ids());
            } catch (IOException e) {
                throw ConfigurationLoader.unreadable(file.toString(), "cannot be read: " + e.getMessage());
            }
        }
        String display = request.root().resolve(ConfigurationLoader.FILE_NAME).toString();
        try {
            byte[] bytes = tree.read(ConfigurationLoader.FILE_NAME);
            return ConfigurationLoader.parse(display, decode(bytes, display), catalog.ids());
        } catch (NoSuchFileException e) {
            return Configuration.empty();
        } catch (IOException e) {
            throw ConfigurationLoader.unreadable(display, "cannot be read: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes, String path) {
        try {
            return new SourceFile(path, bytes).text();
        } catch (ExtractionException e) {
            throw new ConfigurationException(new Location(path, e.line(), e.column()), e.getMessage());
        }
    }

    /** The stacklint version this engine was built as. */
    public static String version() {
        return Version.VALUE;
    }

    /** Loaded once: the version is read on every report. */
    private static final class Version {
        static final String VALUE = load();

        private static String load() {
            try (InputStream in = Linter.class.getResourceAsStream("version.properties")) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(in);
                }
                return properties.getProperty("version", "unknown");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
