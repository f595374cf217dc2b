package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MixLockExtractorTest {

    private static final String MIX_EXS = """
            defmodule App.MixProject do
              use Mix.Project
              def project, do: [app: :app, deps: [{:acme_store, "~> 1.0"}]]
            end
            """;

    private final MixLockExtractor extractor = new MixLockExtractor();

    private static SourceFile lock(String text) {
        Map<String, String> tree = Map.of("mix.exs", MIX_EXS, "mix.lock", text);
        return new SourceFile("mix.lock", text.getBytes(StandardCharsets.UTF_8),
                path -> Optional.ofNullable(tree.get(path)).map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void arrow_keys_comments_and_a_renamed_hex_package_read_like_the_usual_form() throws ExtractionException {
        String text = """
                # an old hand-merged lock
                %{"acme_store" => {:hex, :acme_store, "1.0.2", "aa", [:mix], [{:db, "~> 0.6", [hex: :myxql, repo: "hexpm", optional: false]}], "hexpm", "bb"},
                  "db" => {:hex, :myxql, "0.6.4", "cc", [:mix], [], "hexpm", "dd"}}
                """;
        List<Evidence> found = extractor.extract(lock(text));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("myxql");
            assertThat(e.version()).isEqualTo("0.6.4");
            assertThat(e.via()).containsExactly("acme_store@1.0.2", "myxql@0.6.4");
            assertThat(e.location().toString()).isEqualTo("mix.lock:3:3");
        });
    }

    @Test
    void deep_nesting_is_refused_not_a_stack_overflow() {
        String text = "%{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThatThrownBy(() -> extractor.extract(lock(text))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void an_unterminated_string_is_an_error_at_its_quote() {
        assertThatThrownBy(() -> extractor.extract(lock("%{\n  \"plug\": {:hex, :plug, \"1.15")))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(25);
                });
    }

    @Test
    void a_lock_that_is_not_a_map_is_an_error() {
        assertThatThrownBy(() -> extractor.extract(lock("[1, 2]"))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("map literal");
    }

    @Test
    void garbage_is_an_error_not_a_crash() {
        assertThatThrownBy(() -> extractor.extract(lock("%{\"a\": ~S<oops>}"))).isInstanceOf(ExtractionException.class);
    }
}
