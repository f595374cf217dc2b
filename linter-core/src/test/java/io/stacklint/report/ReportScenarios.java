package io.stacklint.report;

import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Rating;
import io.stacklint.model.Report;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Ring;
import io.stacklint.model.Scope;
import io.stacklint.model.Severity;
import io.stacklint.model.Target;
import io.stacklint.model.Technology;
import java.util.List;
import java.util.Optional;

/** The reports every format's golden files render, built by hand from the model records. */
final class ReportScenarios {

    static final String VERSION = "0.1.0";

    private static final Technology MYSQL = new Technology("mysql", "MySQL", "database", "https://www.mysql.com",
            List.of());
    private static final Rating MYSQL_RATING = new Rating(Ring.AVOID,
            "The organisation standardised on PostgreSQL; MySQL upgrades cost a week per service",
            List.of("postgresql", "mariadb"));
    private static final Technology POSTGRESQL = new Technology("postgresql", "PostgreSQL", "database",
            "https://www.postgresql.org", List.of());
    private static final Technology COMPOSE = new Technology("docker-compose", "Docker Compose", "platform",
            "https://docs.docker.com/compose/", List.of());
    private static final Technology JQUERY = new Technology("jquery", "jQuery", "library", "https://jquery.com",
            List.of());
    private static final Technology TRAVIS = new Technology("travis-ci", "Travis CI", "ci", "https://travis-ci.com",
            List.of());
    private static final Technology HTMX = new Technology("htmx", "htmx", "library", "https://htmx.org", List.of());
    private static final Technology LOG4J = new Technology("log4j", "Log4j 1.x", "library",
            "https://logging.apache.org/log4j/1.x/", List.of());
    private static final Technology MONGODB = new Technology("mongodb", "MongoDB", "database",
            "https://www.mongodb.com", List.of());

    private static final String MYSQL_MESSAGE = "MySQL is rated avoid: The organisation standardised on PostgreSQL;"
            + " MySQL upgrades cost a week per service. Use PostgreSQL or MariaDB instead.";

    private ReportScenarios() {
    }

    /** Technologies detected, none of them rated badly enough to report. */
    static Report noFindings() {
        return report(List.of(
                detection(COMPOSE, new Rating(Ring.RECOMMENDED, "The standard way to run dependencies locally",
                        List.of()), List.of(), file("docker-compose.yml")),
                detection(POSTGRESQL, new Rating(Ring.RECOMMENDED, "Our default database", List.of()),
                        List.of("16"), image("docker-compose.yml", 5, 12, "postgres:16"))),
                List.of(), List.of());
    }

    static Report oneFinding() {
        return report(List.of(
                detection(MYSQL, MYSQL_RATING, List.of("5.7"), image("docker-compose.yml", 4, 12, "mysql:5.7"))),
                List.of(new Finding("mysql", Ring.AVOID, Severity.ERROR, new Location("docker-compose.yml", 4, 12),
                        MYSQL_MESSAGE, "mysql:5.7", false)),
                List.of());
    }

    /** Errors, warnings and notes in several files and rings, a recommended technology and a file not read. */
    static Report manyAcrossRings() {
        Rating jquery = new Rating(Ring.SUNSETTING, "Browsers do natively what jQuery was for", List.of());
        Rating travis = new Rating(Ring.SUNSETTING, "Builds move to GitHub Actions", List.of("github-actions"));
        Rating htmx = new Rating(Ring.EXPERIMENTAL, "Being tried on two internal tools", List.of());
        return report(List.of(
                detection(COMPOSE, new Rating(Ring.RECOMMENDED, "The standard way to run dependencies locally",
                        List.of()), List.of(), file("docker-compose.yml")),
                detection(HTMX, htmx, List.of("^1.9.12"), npm("web/package.json", 16, 5, "htmx.org@^1.9.12")),
                detection(JQUERY, jquery, List.of("^3.7.1"), npm("web/package.json", 14, 5, "jquery@^3.7.1")),
                detection(MYSQL, MYSQL_RATING, List.of("8.0"), image("docker-compose.yml", 5, 12, "mysql:8.0"),
                        npm("web/package.json", 12, 5, "mysql2@^3.9.7")),
                detection(TRAVIS, travis, List.of(), file(".travis.yml"))),
                List.of(
                        new Finding("mysql", Ring.AVOID, Severity.ERROR, new Location("docker-compose.yml", 5, 12),
                                MYSQL_MESSAGE, "mysql:8.0", false),
                        new Finding("mysql", Ring.AVOID, Severity.ERROR, new Location("web/package.json", 12, 5),
                                MYSQL_MESSAGE, "mysql2@^3.9.7", false),
                        new Finding("jquery", Ring.SUNSETTING, Severity.WARNING,
                                new Location("web/package.json", 14, 5),
                                "jQuery is rated sunsetting: Browsers do natively what jQuery was for.",
                                "jquery@^3.7.1", false),
                        new Finding("travis-ci", Ring.SUNSETTING, Severity.WARNING, Location.fileStart(".travis.yml"),
                                "Travis CI is rated sunsetting: Builds move to GitHub Actions."
                                        + " Use github-actions instead.", ".travis.yml", false),
                        new Finding("htmx", Ring.EXPERIMENTAL, Severity.NOTE, new Location("web/package.json", 16, 5),
                                "htmx is rated experimental: Being tried on two internal tools.", "htmx.org@^1.9.12",
                                false)),
                List.of(new Diagnostic(Severity.WARNING, new Location("broken/pom.xml", 13, 2),
                        "invalid XML: unexpected end of file")));
    }

    /** One finding waived by the configuration, one not. */
    static Report waived() {
        return report(List.of(
                detection(MYSQL, MYSQL_RATING, List.of("5.7", "8.0"),
                        image("docker-compose.yml", 4, 12, "mysql:5.7"),
                        image("legacy/docker-compose.yml", 7, 12, "mysql:8.0"))),
                List.of(
                        new Finding("mysql", Ring.AVOID, Severity.ERROR, new Location("docker-compose.yml", 4, 12),
                                MYSQL_MESSAGE, "mysql:5.7", false),
                        new Finding("mysql", Ring.AVOID, Severity.ERROR,
                                new Location("legacy/docker-compose.yml", 7, 12), MYSQL_MESSAGE, "mysql:8.0", true)),
                List.of());
    }

    /** A technology only a transitive Maven dependency brings in. */
    static Report transitive() {
        Rating log4j = new Rating(Ring.AVOID, "End of life since 2015 and open to known exploits",
                List.of("logback"));
        Evidence evidence = new Evidence(EvidenceKind.PACKAGE, "maven", "log4j:log4j", "1.2.17",
                new Location("pom.xml", 41, 5), "log4j:log4j:1.2.17", Scope.TRANSITIVE,
                List.of("com.acme:billing-client:2.3.0", "commons-logging:commons-logging:1.1", "log4j:log4j:1.2.17"));
        return report(List.of(detection(LOG4J, log4j, List.of("1.2.17"), evidence)),
                List.of(new Finding("log4j", Ring.AVOID, Severity.ERROR, new Location("pom.xml", 41, 5),
                        "Log4j 1.x is rated avoid: End of life since 2015 and open to known exploits."
                                + " Use logback instead.", "log4j:log4j:1.2.17", false)),
                List.of());
    }

    /**
     * Paths with spaces and non-ASCII characters, and a message with every character some format must escape:
     * markup, quotes, percent, comma, colon, a line break.
     */
    static Report unusualPaths() {
        Rating mongodb = new Rating(Ring.AVOID, "SSPL licence & 50% higher cost: ask <platform-team>, \"db\" channel",
                List.of("postgresql"));
        String message = "MongoDB is rated avoid: SSPL licence & 50% higher cost: ask <platform-team>, \"db\" channel."
                + " Use PostgreSQL instead.\nSee https://wiki.example.com/db?topic=mongo#exit";
        return report(List.of(
                detection(MONGODB, mongodb, List.of("4.4"),
                        image("deploy/staging env/docker-compose.yml", 9, 12, "mongo:4.4"),
                        image("services/café-api/Dockerfile", 1, 6, "mongo:4.4"))),
                List.of(
                        new Finding("mongodb", Ring.AVOID, Severity.ERROR,
                                new Location("deploy/staging env/docker-compose.yml", 9, 12), message, "mongo:4.4",
                                false),
                        new Finding("mongodb", Ring.AVOID, Severity.ERROR,
                                new Location("services/café-api/Dockerfile", 1, 6), message, "mongo:4.4", false)),
                List.of());
    }

    private static Report report(List<Detection> detections, List<Finding> findings, List<Diagnostic> diagnostics) {
        return new Report(ReportKind.CHECK, VERSION, new Target("repo", Optional.empty()), Ring.AVOID, detections,
                findings, diagnostics);
    }

    private static Detection detection(Technology technology, Rating rating, List<String> versions,
            Evidence... evidence) {
        return new Detection(technology, Optional.of(rating), versions, List.of(evidence));
    }

    private static Evidence file(String path) {
        return new Evidence(EvidenceKind.FILE, "file", path, null, Location.fileStart(path), path, Scope.BUILD,
                List.of());
    }

    private static Evidence image(String path, int line, int column, String value) {
        String[] parts = value.split(":", 2);
        return new Evidence(EvidenceKind.CONTAINER_IMAGE, "docker", parts[0], parts[1],
                new Location(path, line, column), value, Scope.RUNTIME, List.of());
    }

    private static Evidence npm(String path, int line, int column, String value) {
        int at = value.lastIndexOf('@');
        return Evidence.ofPackage("npm", value.substring(0, at), value.substring(at + 1),
                new Location(path, line, column), value, Scope.RUNTIME);
    }
}
