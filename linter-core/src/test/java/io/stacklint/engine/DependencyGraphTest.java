package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.ReportKind;
import io.stacklint.model.Report;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyGraphTest {

    private static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>shop</artifactId>
              <version>1.0</version>
              <dependencies>
                <dependency>
                  <groupId>com.example</groupId>
                  <artifactId>orders-starter</artifactId>
                  <version>2.1</version>
                </dependency>
              </dependencies>
            </project>
            """;

    private static final Linter LINTER = Linter.withDefaults(
            Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path root;

    @Test
    void a_driver_reached_through_a_starter_is_reported_at_the_starters_line_with_the_path() throws IOException {
        Files.writeString(root.resolve("pom.xml"), POM);
        DependencyGraph graph = pom -> pom.equals("pom.xml") ? List.of(new DependencyGraph.Dependency(
                "com.mysql", "mysql-connector-j", "9.1.0",
                List.of("com.example:orders-starter:2.1", "com.mysql:mysql-connector-j:9.1.0"))) : List.of();

        Report report = LINTER.run(LintRequest.check(root).withGraph(graph).withTransitive(true));

        Detection mysql = report.technologies().stream().filter(d -> d.id().equals("mysql")).findFirst().orElseThrow();
        Evidence evidence = mysql.evidence().get(0);
        assertThat(evidence.scope()).isEqualTo(Scope.TRANSITIVE);
        assertThat(evidence.location().toString()).isEqualTo("pom.xml:8:5");
        assertThat(evidence.via()).containsExactly("com.example:orders-starter:2.1", "com.mysql:mysql-connector-j:9.1.0");
        assertThat(report.findings()).extracting(Finding::technology, f -> f.location().toString(), Finding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mysql", "pom.xml:8:5",
                        "com.example:orders-starter:2.1 -> com.mysql:mysql-connector-j:9.1.0"));
        assertThat(report.failed()).isTrue();
    }

    @Test
    void a_graph_counts_only_when_transitive_reporting_is_on() throws IOException {
        Files.writeString(root.resolve("pom.xml"), POM);
        DependencyGraph graph = pom -> List.of(new DependencyGraph.Dependency("com.mysql", "mysql-connector-j",
                "9.1.0", List.of("com.example:orders-starter:2.1", "com.mysql:mysql-connector-j:9.1.0")));

        Report off = LINTER.run(LintRequest.check(root).withGraph(graph));
        Files.writeString(root.resolve(".stacklint.yml"), "transitive: true\n");
        Report fromConfiguration = LINTER.run(LintRequest.check(root).withGraph(graph));
        Report overridden = LINTER.run(LintRequest.check(root).withGraph(graph).withTransitive(false));

        assertThat(off.technologies()).extracting(Detection::id).doesNotContain("mysql");
        assertThat(fromConfiguration.technologies()).extracting(Detection::id).contains("mysql");
        assertThat(overridden.technologies()).extracting(Detection::id).doesNotContain("mysql");
    }

    @Test
    void indirect_go_requirements_count_only_when_transitive_reporting_is_on() throws IOException {
        Files.writeString(root.resolve("go.mod"), """
                module example.com/orders

                go 1.22

                require (
                \tgithub.com/jackc/pgx/v5 v5.7.1
                \tgithub.com/go-sql-driver/mysql v1.8.1 // indirect
                )
                """);

        Report off = LINTER.run(LintRequest.check(root));
        Report on = LINTER.run(LintRequest.check(root).withTransitive(true));

        assertThat(off.technologies()).extracting(Detection::id).contains("postgresql").doesNotContain("mysql");
        assertThat(on.technologies()).extracting(Detection::id).contains("postgresql", "mysql");
    }

    @Test
    void without_a_graph_only_declared_dependencies_count() throws IOException {
        Files.writeString(root.resolve("pom.xml"), POM);

        Report report = LINTER.run(LintRequest.check(root));

        assertThat(report.technologies()).extracting(Detection::id).doesNotContain("mysql");
    }

    @Test
    void folders_the_front_end_excludes_are_left_to_their_own_run() throws IOException {
        Files.createDirectories(root.resolve("orders"));
        Files.writeString(root.resolve("orders/docker-compose.yml"), "services:\n  db:\n    image: mysql:8.4\n");
        Files.writeString(root.resolve("docker-compose.yml"), "services:\n  db:\n    image: postgres:17\n");

        Report report = LINTER.run(new LintRequest(ReportKind.CHECK, root, Optional.empty(), Optional.empty())
                .withExclude(List.of("/orders/")));

        assertThat(report.technologies()).extracting(Detection::id).contains("postgresql").doesNotContain("mysql");
    }
}
