package io.stacklint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the catalog's fixtures in {@code rules/src/test/resources/fixtures/<technology-id>/<case>/}: each case is a
 * small repository, and its {@code expected.txt} lists exactly the detections a scan must make, one
 * {@code technology-id path:line} per line (comments start with {@code #}). Anything else detected is a false
 * positive; anything missing is a miss. Every technology has a positive case, which detects it, and a negative
 * case, whose look-alikes (the name in prose and comments, a similar package, a commented-out service) must not.
 */
class CatalogFixturesTest {

    private static final Path FIXTURES = Path.of("../rules/src/test/resources/fixtures");
    private static final Linter LINTER = Linter.withDefaults();

    @TestFactory
    Stream<DynamicContainer> everyCatalogFixture() throws IOException {
        try (Stream<Path> technologies = Files.list(FIXTURES)) {
            return technologies.filter(Files::isDirectory).sorted().toList().stream()
                    .map(technology -> DynamicContainer.dynamicContainer(technology.getFileName().toString(),
                            cases(technology).stream().map(folder -> DynamicTest.dynamicTest(
                                    folder.getFileName().toString(), folder.toUri(), () -> assertFixture(folder)))));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureFolderIsATechnology() throws IOException {
        try (Stream<Path> technologies = Files.list(FIXTURES)) {
            return technologies.filter(Files::isDirectory).sorted().toList().stream()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                            () -> assertThat(LINTER.catalog().ids()).as("catalog ids")
                                    .contains(folder.getFileName().toString())));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTechnologyHasAPositiveFixture() {
        return LINTER.catalog().technologies().stream().map(technology -> DynamicTest.dynamicTest(technology.id(),
                () -> assertThat(cases(FIXTURES.resolve(technology.id())))
                        .as("fixture cases of %s that detect it", technology.id())
                        .anyMatch(folder -> expectedIds(folder).contains(technology.id()))));
    }

    @TestFactory
    Stream<DynamicTest> everyTechnologyHasANegativeFixture() {
        return LINTER.catalog().technologies().stream().map(technology -> DynamicTest.dynamicTest(technology.id(),
                () -> assertThat(cases(FIXTURES.resolve(technology.id())))
                        .as("fixture cases of %s whose look-alikes must not detect it", technology.id())
                        .anyMatch(folder -> !expectedIds(folder).contains(technology.id()))));
    }

    private static List<Path> cases(Path technology) {
        if (!Files.isDirectory(technology)) {
            return List.of();
        }
        try (Stream<Path> cases = Files.list(technology)) {
            return cases.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> expected(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("expected.txt")).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> expectedIds(Path folder) {
        return expected(folder).stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
    }

    private static void assertFixture(Path folder) {
        List<String> expected = expected(folder);
        Report report = LINTER.run(LintRequest.check(folder));
        List<String> actual = new ArrayList<>();
        for (Detection detection : report.technologies()) {
            for (Evidence evidence : detection.evidence()) {
                if (!evidence.location().path().equals("expected.txt")) {
                    actual.add(detection.id() + " " + evidence.location().path() + ":" + evidence.location().line());
                }
            }
        }
        // notes (a parent POM outside the fixture) are facts about real projects; warnings mean a broken fixture
        assertThat(report.diagnostics()).as("diagnostics of %s", folder)
                .allMatch(diagnostic -> diagnostic.severity() == io.stacklint.model.Severity.NOTE);
        assertThat(actual.stream().distinct().sorted().toList()).as("detections in %s", folder)
                .containsExactlyElementsOf(expected);
    }
}
