package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.extract.ExtractionException;
import io.stacklint.extract.Extractor;
import io.stacklint.extract.SourceFile;
import io.stacklint.model.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A parser that never finishes costs the scan one file, reported, not the whole run. */
class ParseDeadlineTest {

    private static Extractor extractor(String id, ThrowingParse parse) {
        return new Extractor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public boolean accepts(String path) {
                return true;
            }

            @Override
            public List<Evidence> extract(SourceFile file) throws ExtractionException {
                return parse.parse(file);
            }
        };
    }

    @FunctionalInterface
    private interface ThrowingParse {
        List<Evidence> parse(SourceFile file) throws ExtractionException;
    }

    @Test
    void a_parse_that_never_ends_is_abandoned_with_a_diagnostic_naming_the_parser() {
        CountDownLatch never = new CountDownLatch(1);
        Extractor hanging = extractor("backtracking", file -> {
            while (true) {
                try {
                    never.await(); // stands for a parser stuck in pathological input
                } catch (InterruptedException e) {
                    // a real parser would not notice the interruption either
                }
            }
        });

        assertThatThrownBy(() -> ParseDeadline.extract(hanging, SourceFile.of("pom.xml", "<project/>"),
                Duration.ofMillis(200)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("skipped: the backtracking parser did not finish within 200 ms; the file looks"
                        + " pathological");
    }

    @Test
    void a_parser_error_comes_through_unchanged() {
        Extractor failing = extractor("strict", file -> {
            throw new ExtractionException(3, 7, "unexpected end of file");
        });

        assertThatThrownBy(() -> ParseDeadline.extract(failing, SourceFile.of("pom.xml", "<project>")))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(7);
                    assertThat(e).hasMessage("unexpected end of file");
                });
    }

    @Test
    void a_parse_within_the_deadline_gives_its_evidence() throws ExtractionException {
        Extractor quick = extractor("quick", file -> List.of());

        assertThat(ParseDeadline.extract(quick, SourceFile.of("pom.xml", "<project/>"))).isEmpty();
    }

    @Test
    void a_bug_an_input_reveals_in_an_extractor_costs_that_file_with_a_diagnostic_asking_for_a_report() {
        Extractor overflowing = extractor("dotnet-project", file -> {
            throw new NumberFormatException("For input string: \"" + "5".repeat(400) + "\"");
        });
        Extractor recursing = extractor("deep", file -> {
            throw new StackOverflowError();
        });

        assertThatThrownBy(() -> ParseDeadline.extract(overflowing, SourceFile.of("App.csproj", "<Project/>")))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("skipped: the dotnet-project extractor failed on this file"
                        + " (NumberFormatException: For input string: \"555")
                .hasMessageEndingWith("...); this is a bug in stacklint, please report it")
                .hasCauseInstanceOf(NumberFormatException.class)
                .message().hasSizeLessThan(260); // the 400 digits are cut
        assertThatThrownBy(() -> ParseDeadline.extract(recursing, SourceFile.of("pom.xml", "<project/>")))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("skipped: the deep extractor failed on this file (StackOverflowError); this is a bug in"
                        + " stacklint, please report it");
    }

    @Test
    void the_jvm_running_out_of_memory_still_ends_the_scan() {
        Extractor exhausting = extractor("greedy", file -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThatThrownBy(() -> ParseDeadline.extract(exhausting, SourceFile.of("pom.xml", "<project/>")))
                .isInstanceOf(OutOfMemoryError.class);
    }
}
