package io.stacklint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the catalog's fixtures in {@code rules/src/test/fixtures/<technology-id>/}: each folder is a small
 * repository, and its {@code expected.txt} lists exactly the detections a scan must make, one
 * {@code technology-id path:line} per line (comments start with {@code #}). Anything else detected is a false
 * positive; anything missing is a miss.
 */
class CatalogFixturesTest {

    private static final Path FIXTURES = Path.of("../rules/src/test/fixtures");
    private static final Linter LINTER = Linter.withDefaults();

    @TestFactory
    Stream<DynamicTest> everyCatalogFixture() throws IOException {
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(),
                            () -> assertFixture(folder)));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTechnologyHasAFixture() {
        return LINTER.catalog().technologies().stream().map(technology -> DynamicTest.dynamicTest(technology.id(),
                () -> assertThat(FIXTURES.resolve(technology.id())).as("fixture of " + technology.id())
                        .isDirectory()));
    }

    private static void assertFixture(Path folder) throws IOException {
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .sorted()
                .toList();
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
