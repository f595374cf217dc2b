package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.engine.LintRequest;
import io.stacklint.engine.Linter;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Report;
import io.stacklint.model.Severity;
import io.stacklint.policy.Baseline;
import io.stacklint.policy.ConfigurationLoader;
import io.stacklint.radar.RadarLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in the README and docs/ that stacklint itself reads is read by stacklint here, so the
 * documentation cannot drift from what the code accepts: {@code .stacklint.yml} examples through the configuration
 * loader, radar examples through the radar loader, baseline examples through the baseline reader, and CI files
 * (whose first line names their path, {@code # .gitlab-ci.yml}) through a scan that must read them without a
 * parse error.
 */
class DocumentationExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```(yaml|json)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern NAMED_PATH = Pattern.compile("\\A# (\\.?[\\w./-]+\\.ya?ml)\\n");
    private static final Linter LINTER = Linter.withDefaults();

    @TempDir
    Path scratch;

    private record Example(String page, int line, String language, String text) {

        @Override
        public String toString() {
            return page + ":" + line;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleStacklintReadsIsValid() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> pages = new ArrayList<>(List.of(Path.of("../README.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                int line = (int) text.substring(0, block.start()).chars().filter(c -> c == '\n').count() + 2;
                examples.add(new Example(page.getFileName().toString(), line, block.group(1), block.group(2)));
            }
        }
        assertThat(examples).as("examples found in the docs").hasSizeGreaterThan(10);
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> check(example)));
    }

    private void check(Example example) throws IOException {
        String text = example.text();
        String name = example.toString();
        if (example.language().equals("json")) {
            if (text.contains("\"findings\"") && text.contains("\"schemaVersion\": 1,\n  \"findings\"")) {
                assertThat(Baseline.parse(name, text)).isNotNull();
            }
            return;
        }
        if (Pattern.compile("(?m)^(failOn|radars|radar|waivers|eol|transitive):").matcher(text).find()) {
            assertThat(ConfigurationLoader.parse(name, text, LINTER.catalog().ids())).isNotNull();
        } else if (Pattern.compile("(?m)^ratings:").matcher(text).find()) {
            assertThat(RadarLoader.parse(name, text, LINTER.catalog().ids()).ratings()).isNotEmpty();
        } else {
            Matcher path = NAMED_PATH.matcher(text);
            if (path.find()) {
                Path file = scratch.resolve(path.group(1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
                Report report = LINTER.run(LintRequest.check(scratch));
                assertThat(report.diagnostics()).as("what the scan of %s says", name)
                        .filteredOn(d -> d.severity() != Severity.NOTE)
                        .extracting(Diagnostic::message).isEmpty();
            }
        }
    }
}
