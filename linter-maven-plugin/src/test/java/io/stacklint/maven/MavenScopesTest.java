package io.stacklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class MavenScopesTest {

    private static final Location MYSQL_LINE = new Location("pom.xml", 14, 5);
    private static final Location POSTGRES_LINE = new Location("pom.xml", 9, 5);

    @Test
    void by_default_a_test_scoped_driver_is_checked_and_said_to_be_test_scope() throws MojoExecutionException {
        MavenScopes scopes = MavenScopes.of(MavenScopes.DEFAULT, artifacts());
        Report report = report();

        Report filtered = scopes.filter(report);

        assertThat(filtered.failed()).isTrue();
        assertThat(scopes.testOnly(filtered, filtered.findings().get(0))).isTrue();
        assertThat(scopes.testOnly(filtered, filtered.findings().get(1))).isFalse();
    }

    @Test
    void scopes_left_out_drop_their_findings_and_technologies() throws MojoExecutionException {
        Report filtered = MavenScopes.of("compile, runtime", artifacts()).filter(report());

        assertThat(filtered.failed()).isFalse();
        assertThat(filtered.findings()).extracting(Finding::technology).containsExactly("postgresql");
        assertThat(filtered.technologies()).extracting(Detection::id).containsExactly("postgresql");
    }

    @Test
    void an_unknown_scope_is_a_configuration_error_listing_the_scopes() {
        assertThatThrownBy(() -> MavenScopes.of("compile,tests", Set.of()))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("stack.includeScopes: unknown scope 'tests'; scopes are compile, runtime, provided, test,"
                        + " system");
    }

    private static Report report() {
        Detection mysql = detection("mysql", "MySQL", Ring.AVOID, Evidence.ofPackage("maven",
                "com.mysql:mysql-connector-j", "9.1.0", MYSQL_LINE, "com.mysql:mysql-connector-j:9.1.0", Scope.TEST));
        Detection postgres = detection("postgresql", "PostgreSQL", Ring.SUNSETTING, Evidence.ofPackage("maven",
                "org.postgresql:postgresql", "42.7.13", POSTGRES_LINE, "org.postgresql:postgresql:42.7.13",
                Scope.RUNTIME));
        return new Report(ReportKind.CHECK, "test", new Target(".", Optional.empty()), Ring.AVOID,
                List.of(mysql, postgres), List.of(
                        new Finding("mysql", Ring.AVOID, Severity.ERROR, MYSQL_LINE, "MySQL is rated avoid.",
                                "com.mysql:mysql-connector-j:9.1.0", false),
                        new Finding("postgresql", Ring.SUNSETTING, Severity.WARNING, POSTGRES_LINE,
                                "PostgreSQL is rated sunsetting.", "org.postgresql:postgresql:42.7.13", false)),
                List.of());
    }

    private static Detection detection(String id, String name, Ring ring, Evidence evidence) {
        return new Detection(new Technology(id, name, "database", "", List.of()),
                Optional.of(new Rating(ring, "", List.of())), List.of(), List.of(evidence));
    }

    private static Set<Artifact> artifacts() {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        artifacts.add(new DefaultArtifact("com.mysql", "mysql-connector-j", "9.1.0", "test", "jar", null,
                new DefaultArtifactHandler("jar")));
        artifacts.add(new DefaultArtifact("org.postgresql", "postgresql", "42.7.13", "compile", "jar", null,
                new DefaultArtifactHandler("jar")));
        return artifacts;
    }
}
