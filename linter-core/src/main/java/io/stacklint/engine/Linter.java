package io.stacklint.engine;

import io.stacklint.catalog.Catalog;
import io.stacklint.catalog.CatalogLoader;
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
import io.stacklint.report.Explanation;
import io.stacklint.radar.LifecyclesLoader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import io.stacklint.model.Report;
import io.stacklint.model.Target;
import io.stacklint.model.Technology;
import io.stacklint.policy.Configuration;
import io.stacklint.policy.ConfigurationLoader;
import io.stacklint.policy.Judge;
import io.stacklint.policy.Policy;
import io.stacklint.radar.Radar;
import io.stacklint.radar.RadarLoader;
import io.stacklint.source.FileSystemTree;
import io.stacklint.source.PathFilter;
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

    public Linter(Catalog catalog, Radar radar, Lifecycles lifecycles, List<Extractor> extractors, Clock clock) {
        this.catalog = catalog;
        this.radar = radar;
        this.lifecycles = lifecycles;
        this.extractors = List.copyOf(extractors);
        this.clock = clock;
    }

    /** The shipped catalog, default rating list, end-of-life facts and extractors, judging on today's date. */
    public static Linter withDefaults() {
        return withDefaults(Clock.systemDefaultZone());
    }

    /** The shipped defaults, judging versions' age on the clock's date (tests fix the date). */
    public static Linter withDefaults(Clock clock) {
        Catalog catalog = CatalogLoader.loadDefault();
        return new Linter(catalog, RadarLoader.loadDefault(catalog.ids()),
                LifecyclesLoader.loadDefault(catalog.ids()), Extractors.builtIn(), clock);
    }

    /**
     * Scans the request's root and judges what it finds.
     *
     * @throws StacklintException when the request itself is wrong: a missing folder, a bad configuration
     */
    public Report run(LintRequest request) {
        Configuration configuration;
        try (ProjectTree tree = open(request.root(), PathFilter.DEFAULT)) {
            configuration = configuration(request, tree);
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": cannot be read: " + e.getMessage(), e);
        }
        List<String> exclude = new ArrayList<>(configuration.exclude());
        exclude.addAll(request.exclude());
        PathFilter paths = new PathFilter(exclude, configuration.include());
        try (ProjectTree tree = open(request.root(), paths)) {
            Policy policy = Policy.of(configuration, request.failOn());
            Scanner.Result scan = new Scanner(catalog, extractors).scan(tree);
            EndOfLifeMode endOfLife = configuration.endOfLife().orElse(EndOfLifeMode.AVOID);
            LocalDate today = LocalDate.now(clock);
            List<Evidence> evidence = new ArrayList<>(scan.evidence());
            evidence.addAll(TransitiveEvidence.of(scan.evidence(), request.graph()));
            List<Detection> detections = new Detector(catalog).detect(evidence).stream()
                    .map(d -> rate(d, endOfLife, today))
                    .toList();
            List<Finding> findings = new Judge(policy, this::displayName).findings(detections);
            return new Report(request.kind(), version(), new Target(tree.displayRoot(), tree.revision()),
                    policy.failOn(), detections, findings, scan.diagnostics());
        } catch (IOException e) {
            throw new StacklintException(request.root() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The radar's rating, and for each declaration whose version's age rates worse, that rating. */
    private Detection rate(Detector.Detected detected, EndOfLifeMode endOfLife, LocalDate today) {
        String id = detected.technology().id();
        Optional<Rating> rating = radar.rating(id);
        Map<Location, Rating> ratingsAt = new HashMap<>();
        detected.versionOf().forEach((evidence, version) -> lifecycles
                .rate(id, version, rating, today, endOfLife)
                .ifPresent(aged -> ratingsAt.put(evidence.location(), aged)));
        return new Detection(detected.technology(), rating, detected.versions(), detected.evidence(), ratingsAt);
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

    private static ProjectTree open(Path root, PathFilter paths) {
        try {
            return FileSystemTree.open(root, paths);
        } catch (NoSuchFileException e) {
            throw new StacklintException(root + ": " + (e.getReason() == null ? "no such directory" : e.getReason()));
        } catch (IOException e) {
            throw new StacklintException(root + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration(LintRequest request, ProjectTree tree) {
        if (request.config().isPresent()) {
            Path file = request.config().get();
            if (!Files.isRegularFile(file)) {
                throw new StacklintException(file + ": configuration file not found");
            }
            try {
                return ConfigurationLoader.parse(file.toString(), decode(Files.readAllBytes(file), file.toString()));
            } catch (IOException e) {
                throw ConfigurationLoader.unreadable(file.toString(), "cannot be read: " + e.getMessage());
            }
        }
        String display = request.root().resolve(ConfigurationLoader.FILE_NAME).toString();
        try {
            byte[] bytes = tree.read(ConfigurationLoader.FILE_NAME);
            return ConfigurationLoader.parse(display, decode(bytes, display));
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
