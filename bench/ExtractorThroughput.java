import io.stacklint.extract.ExtractionException;
import io.stacklint.extract.Extractor;
import io.stacklint.extract.Extractors;
import io.stacklint.extract.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files per second each extractor parses, single-threaded, on the candidate files of a generated monorepo.
 * Run through bench/run (it passes the jar on the class path): warm-up rounds first so the JIT has compiled the
 * parsers, then timed rounds, of which the median is printed. Not JMH: good to a few percent, which is what a
 * regression check on a hot extractor needs.
 */
public class ExtractorThroughput {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<Extractor> extractors = Extractors.builtIn();
        Map<String, List<SourceFile>> byExtractor = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.contains("node_modules/") || path.contains("/target/") || path.contains("/vendor/")) {
                    continue;
                }
                for (Extractor extractor : extractors) {
                    if (extractor.accepts(path)) {
                        byExtractor.computeIfAbsent(extractor.id(), k -> new ArrayList<>())
                                .add(new SourceFile(path, Files.readAllBytes(file)));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-24s %8s %12s%n", "extractor", "files", "files/s");
        for (Extractor extractor : extractors) {
            List<SourceFile> files = byExtractor.get(extractor.id());
            if (files == null) {
                continue;
            }
            List<Long> nanos = new ArrayList<>();
            for (int round = 0; round < rounds + 5; round++) {
                long start = System.nanoTime();
                for (SourceFile file : files) {
                    try {
                        // a fresh SourceFile each time: it caches its decoded text
                        extractor.extract(new SourceFile(file.path(), file.bytes()));
                    } catch (ExtractionException e) {
                        throw new IllegalStateException(file.path() + ": " + e.getMessage(), e);
                    }
                }
                if (round >= 5) {
                    nanos.add(System.nanoTime() - start);
                }
            }
            nanos.sort(null);
            double median = nanos.get(nanos.size() / 2) / 1e9;
            System.out.printf(Locale.ROOT, "%-24s %8d %12.0f%n", extractor.id(), files.size(), files.size() / median);
        }
    }
}
