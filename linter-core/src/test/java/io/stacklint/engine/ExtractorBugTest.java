package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.extract.Extractor;
import io.stacklint.extract.Extractors;
import io.stacklint.extract.SourceFile;
import io.stacklint.model.Detection;
import io.stacklint.model.Diagnostic;
import io.stacklint.model.Evidence;
import io.stacklint.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug that one file's content reveals in one extractor (an unchecked exception where an ExtractionException
 * belongs) costs that file, reported, and never the scan: otherwise a stranger's pull request could add one crafted
 * file and stop every CI job from reporting the rest of the repository.
 */
class ExtractorBugTest {

    @TempDir
    Path repo;

    @Test
    void theOtherFilesAreStillReportedAndTheBrokenFileIsNamed() throws IOException {
        Files.writeString(repo.resolve("docker-compose.yml"), """
                services:
                  db:
                    image: mysql:5.7
                """);
        Files.writeString(repo.resolve("App.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"/>\n");
        List<Extractor> extractors = new ArrayList<>(Extractors.builtIn());
        extractors.add(0, new Extractor() {
            @Override
            public String id() {
                return "buggy";
            }

            @Override
            public boolean accepts(String path) {
                return path.endsWith(".csproj");
            }

            @Override
            public List<Evidence> extract(SourceFile file) {
                Integer.parseInt(file.name()); // stands for a parse some content breaks
                return List.of();
            }
        });
        ShippedRules rules = ShippedRules.get();
        Linter linter = new Linter(rules.catalog(), rules.radar(), rules.lifecycles(), extractors,
                Clock.systemUTC());

        Report report = linter.run(LintRequest.check(repo));

        assertThat(report.technologies()).extracting(Detection::id).contains("mysql");
        assertThat(report.diagnostics()).extracting(d -> d.location().path(), Diagnostic::message)
                .anySatisfy(diagnostic -> assertThat(diagnostic.toList()).containsExactly("App.csproj",
                        "skipped: the buggy extractor failed on this file (NumberFormatException: For input string:"
                                + " \"App.csproj\"); this is a bug in stacklint, please report it"));
    }
}
