package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GemfileLockExtractorTest {

    private final GemfileLockExtractor extractor = new GemfileLockExtractor();

    private static SourceFile lock(String name, String text) {
        Map<String, String> tree = Map.of("app/Gemfile", "gem \"rails\"\n", "app/" + name, text);
        return new SourceFile("app/" + name, text.getBytes(StandardCharsets.UTF_8),
                path -> Optional.ofNullable(tree.get(path)).map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void accepts_both_lockfile_names_only() {
        assertThat(extractor.accepts("Gemfile.lock")).isTrue();
        assertThat(extractor.accepts("a/b/gems.locked")).isTrue();
        assertThat(extractor.accepts("Gemfile")).isFalse();
        assertThat(extractor.accepts("Gemfile.lock.bak")).isFalse();
    }

    @Test
    void windows_line_endings_read_like_unix_ones() throws ExtractionException {
        String text = "GEM\r\n  remote: https://rubygems.org/\r\n  specs:\r\n    rails (7.1.0)\r\n      mysql2\r\n"
                + "    mysql2 (0.5.6)\r\n\r\nDEPENDENCIES\r\n  rails\r\n";
        List<Evidence> found = extractor.extract(lock("Gemfile.lock", text));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("mysql2");
            assertThat(e.version()).isEqualTo("0.5.6");
            assertThat(e.via()).containsExactly("rails@7.1.0", "mysql2@0.5.6");
            assertThat(e.value()).isEqualTo("rails@7.1.0 -> mysql2@0.5.6");
            assertThat(e.location().toString()).isEqualTo("app/Gemfile.lock:6:5");
        });
    }

    @Test
    void a_merge_conflict_is_an_error_at_its_marker() {
        String text = "GEM\n  specs:\n<<<<<<< HEAD\n    rails (7.1.0)\n=======\n    rails (7.0.8)\n>>>>>>> main\n";
        assertThatThrownBy(() -> extractor.extract(lock("Gemfile.lock", text)))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(1);
                });
    }

    @Test
    void binary_garbage_is_an_extraction_error_not_a_crash() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', (byte) 0xc3};
        SourceFile file = new SourceFile("Gemfile.lock", garbage,
                path -> path.equals("Gemfile") ? Optional.of(new byte[0]) : Optional.empty());
        assertThatThrownBy(() -> extractor.extract(file)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void a_big_lockfile_is_read_in_one_pass() throws ExtractionException {
        StringBuilder text = new StringBuilder("GEM\n  remote: https://rubygems.org/\n  specs:\n");
        int count = 30_000;
        for (int i = 0; i < count; i++) {
            text.append("    gem").append(i).append(" (1.0.").append(i).append(")\n");
            for (int child = 2 * i + 1; child <= 2 * i + 2 && child < count; child++) {
                text.append("      gem").append(child).append(" (>= 1.0)\n");
            }
        }
        text.append("\nDEPENDENCIES\n  gem0\n");
        List<Evidence> found = extractor.extract(lock("Gemfile.lock", text.toString()));
        assertThat(found).hasSize(count - 1);
        assertThat(found.get(count - 2).via()).hasSize(15);
    }
}
