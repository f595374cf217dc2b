package io.stacklint.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.stacklint.model.Evidence;
import io.stacklint.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What every extractor promises for any bytes at all: evidence whose locations lie inside the file, or an
 * {@link ExtractionException}. Anything else escaping {@link Extractor#extract} (a runtime exception, a
 * StackOverflowError) fails the caller, which is how the fuzz targets find crashes.
 */
final class ExtractorProperty {

    private static final Path FIXTURES = Path.of("src/test/resources/extractors");
    private static final Map<String, List<String>> PATHS = new ConcurrentHashMap<>();

    private ExtractorProperty() {
    }

    /** The fuzzer's first choice picks one of the file names the extractor's fixtures use; the rest is the file. */
    static void check(String id, FuzzedDataProvider data) {
        List<String> paths = paths(id);
        String path = paths.get(data.consumeInt(0, paths.size() - 1));
        check(extractor(id), path, data.consumeRemainingAsBytes());
    }

    /**
     * Extracts {@code bytes} as the file at {@code path}. Every other file the extractor looks up (a parent POM, an
     * {@code .env}, an included requirements file) has the same bytes, so include chains and cycles get fuzzed too.
     */
    static void check(Extractor extractor, String path, byte[] bytes) {
        SourceFile file = new SourceFile(path, bytes, neighbour -> Optional.of(bytes));
        List<Evidence> evidence;
        try {
            evidence = extractor.extract(file);
        } catch (ExtractionException expected) {
            return;
        }
        int lines = lineBreaks(bytes) + 1;
        for (Evidence found : evidence) {
            Location location = found.location();
            if (location.path().isEmpty() || location.line() > lines) {
                throw new AssertionError(extractor.id() + " reported " + location + " in a file of at most " + lines
                        + " lines: " + found);
            }
        }
        for (SourceFile.Note note : file.notes()) {
            if (note.line() > lines) {
                throw new AssertionError(extractor.id() + " left a note at line " + note.line() + " in a file of at "
                        + "most " + lines + " lines: " + note.message());
            }
        }
    }

    static Extractor extractor(String id) {
        return Extractors.builtIn().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in extractor " + id));
    }

    /** The tree-relative paths of the extractor's fixture files that it accepts, each once, sorted. */
    static List<String> paths(String id) {
        return PATHS.computeIfAbsent(id, key -> fixtureFiles(key).stream()
                .map(file -> relativeToCase(key, file)).distinct().sorted().toList());
    }

    /** The extractor's fixture files that it accepts: the fuzzers' seeds and a regression run of the property. */
    static List<Path> fixtureFiles(String id) {
        Extractor extractor = extractor(id);
        try (Stream<Path> walk = Files.walk(FIXTURES.resolve(id))) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted()
                    .filter(file -> extractor.accepts(relativeToCase(id, file))).toList();
            if (files.isEmpty()) {
                throw new AssertionError("no fixture file of " + id + " that it accepts");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** extractors/ID/CASE/a/b.yml is the file a/b.yml of the tree CASE. */
    static String relativeToCase(String id, Path file) {
        Path relative = FIXTURES.resolve(id).relativize(file);
        return relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
    }

    /**
     * An upper bound of the line breaks any parser may count: \n, \r, and the NEL, LS and PS YAML 1.1 counts, in
     * UTF-8 or UTF-16 (counting a byte of each is an upper bound, which is all this needs).
     */
    private static int lineBreaks(byte[] bytes) {
        int count = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' || (bytes[i] & 0xff) == 0x85 || (bytes[i] & 0xfe) == 0xa8
                    || (bytes[i] & 0xfe) == 0x28) {
                count++;
            }
        }
        return count;
    }
}
