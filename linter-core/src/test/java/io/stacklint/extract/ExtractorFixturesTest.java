package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every extractor fixture: {@code src/test/resources/extractors/<extractor-id>/<case>/} holds real-looking
 * files and an {@code expected.txt} listing, one per line, exactly the evidence the extractor must report for
 * the files it accepts in that folder, in the form
 * {@code path:line:column kind ecosystem name version scope} (version {@code -} when none is declared), followed
 * by {@code via a > b > c} for evidence reached through other dependencies, or
 * {@code path:line:column error: message} for a file it must refuse, or {@code path:line:column note: message} for
 * a note the extractor leaves (a parent POM outside the repository). Lines starting with {@code #} are comments.
 * Anything not listed is a false positive and fails the case. An extractor may read the case folder's other files
 * (a compose file's {@code .env}), as it reads the scanned tree's.
 */
class ExtractorFixturesTest {

    private static final Path ROOT = Path.of("src/test/resources/extractors");

    @TestFactory
    Stream<DynamicNode> everyExtractorFixture() throws IOException {
        try (Stream<Path> kinds = Files.list(ROOT)) {
            return kinds.sorted().<DynamicNode>map(ExtractorFixturesTest::extractorCases).toList().stream();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltInExtractorHasFixtures() {
        return Extractors.builtIn().stream().map(extractor -> DynamicTest.dynamicTest(extractor.id(),
                () -> assertThat(ROOT.resolve(extractor.id())).as("fixture folder of " + extractor.id())
                        .isDirectory()));
    }

    private static DynamicContainer extractorCases(Path kindFolder) {
        String id = kindFolder.getFileName().toString();
        Extractor extractor = Extractors.builtIn().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in extractor with id " + id));
        try (Stream<Path> cases = Files.list(kindFolder)) {
            List<DynamicTest> tests = cases.filter(Files::isDirectory).sorted()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), folder.toUri(),
                            () -> assertCase(extractor, folder)))
                    .toList();
            return DynamicContainer.dynamicContainer(id, tests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertCase(Extractor extractor, Path folder) throws IOException {
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(render(extractor, folder)).as("evidence of %s in %s", extractor.id(), folder)
                .containsExactlyElementsOf(expected);
    }

    /** What the extractor reports for every file it accepts in the folder, files in path order. */
    static List<String> render(Extractor extractor, Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            if (!extractor.accepts(path)) {
                continue;
            }
            SourceFile source = new SourceFile(path, Files.readAllBytes(file), neighbour -> read(folder, neighbour));
            try {
                for (Evidence evidence : extractor.extract(source)) {
                    lines.add(render(evidence));
                }
            } catch (ExtractionException e) {
                lines.add(path + ":" + e.line() + ":" + e.column() + " error: " + e.getMessage());
            }
            for (SourceFile.Note note : source.notes()) {
                lines.add(path + ":" + note.line() + ":" + note.column() + " note: " + note.message());
            }
        }
        return lines;
    }

    private static Optional<byte[]> read(Path folder, String path) {
        Path file = folder.resolve(path).normalize();
        try {
            return file.startsWith(folder) && Files.isRegularFile(file)
                    ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Evidence evidence) {
        return evidence.location() + " " + evidence.kind().id() + " " + evidence.ecosystem() + " " + evidence.name()
                + " " + (evidence.version() == null ? "-" : evidence.version()) + " " + evidence.scope().id()
                + (evidence.via().isEmpty() ? "" : " via " + String.join(" > ", evidence.via()));
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
