package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsLockExtractorsTest {

    private static final byte[] MANIFEST = "{\"name\": \"app\", \"dependencies\": {\"a\": \"^1\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private static SourceFile beside(String path, String text) {
        return beside(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceFile beside(String path, byte[] bytes) {
        return new SourceFile(path, bytes, other -> other.equals("package.json")
                ? Optional.of(MANIFEST) : Optional.empty());
    }

    @Test
    void a_dependency_cycle_ends_and_every_member_gets_the_shortest_path() throws ExtractionException {
        String lock = """
                {"lockfileVersion": 3, "packages": {
                  "": {"dependencies": {"a": "^1"}},
                  "node_modules/a": {"version": "1.0.0", "dependencies": {"b": "*"}},
                  "node_modules/b": {"version": "2.0.0", "dependencies": {"c": "*"}},
                  "node_modules/c": {"version": "3.0.0", "dependencies": {"a": "*", "b": "*"}}
                }}
                """;
        List<Evidence> found = new NpmLockExtractor().extract(beside("package-lock.json", lock));
        assertThat(found).extracting(Evidence::name).containsExactly("b", "c");
        assertThat(found.get(1).via()).containsExactly("a@1.0.0", "b@2.0.0", "c@3.0.0");
        assertThat(found.get(1).value()).isEqualTo("a@1.0.0 -> b@2.0.0 -> c@3.0.0");
    }

    @Test
    void deep_nesting_is_refused_with_a_position() {
        String deep = "{\"dependencies\": " + "{\"x\": ".repeat(500) + "{}" + "}".repeat(501);
        assertThatThrownBy(() -> new NpmLockExtractor().extract(beside("package-lock.json", deep)))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void a_top_level_array_is_refused() {
        assertThatThrownBy(() -> new NpmLockExtractor().extract(beside("package-lock.json", "[1, 2]")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("must be a JSON object");
    }

    @Test
    void binary_garbage_is_refused_not_thrown() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28};
        for (Extractor extractor : List.of(new NpmLockExtractor(), new YarnLockExtractor(), new PnpmLockExtractor())) {
            String name = extractor instanceof NpmLockExtractor ? "package-lock.json"
                    : extractor instanceof YarnLockExtractor ? "yarn.lock" : "pnpm-lock.yaml";
            assertThatThrownBy(() -> extractor.extract(beside(name, garbage)))
                    .isInstanceOf(ExtractionException.class);
        }
    }

    @Test
    void yaml_alias_bombs_are_not_expanded() throws ExtractionException {
        StringBuilder bomb = new StringBuilder("lockfileVersion: '9.0'\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char previous = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }
        // the node tree shares aliased nodes and nothing here walks them, so the bomb never goes off
        assertThat(new PnpmLockExtractor().extract(beside("pnpm-lock.yaml", bomb.toString()))).isEmpty();
    }

    @Test
    void a_classic_field_before_any_entry_is_refused_at_its_line() {
        assertThatThrownBy(() -> new YarnLockExtractor().extract(beside("yarn.lock", "# yarn lockfile v1\n  version \"1\"\n")))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(((ExtractionException) e).line()).isEqualTo(2));
    }

    @Test
    void accepts_only_its_own_file_names() {
        assertThat(new NpmLockExtractor().accepts("web/npm-shrinkwrap.json")).isTrue();
        assertThat(new NpmLockExtractor().accepts("node_modules/.package-lock.json")).isFalse();
        assertThat(new YarnLockExtractor().accepts("apps/site/yarn.lock")).isTrue();
        assertThat(new YarnLockExtractor().accepts("yarn.lock.bak")).isFalse();
        assertThat(new PnpmLockExtractor().accepts("pnpm-lock.yaml")).isTrue();
        assertThat(new PnpmLockExtractor().accepts("pnpm-workspace.yaml")).isFalse();
    }

    @Test
    void a_large_lockfile_is_read_in_one_pass() throws ExtractionException {
        int count = 20_000;
        StringBuilder lock = new StringBuilder("{\"lockfileVersion\": 3, \"packages\": {\"\": {\"dependencies\": {\"a\": \"^1\"}},\n");
        lock.append("\"node_modules/a\": {\"version\": \"1.0.0\", \"dependencies\": {\"p0\": \"*\"}}");
        for (int i = 0; i < count; i++) {
            // a binary tree: p(i) needs p(2i+1) and p(2i+2), each installed once at the top
            lock.append(",\n\"node_modules/p").append(i).append("\": {\"version\": \"1.0.").append(i)
                    .append("\", \"dependencies\": {\"p").append(2 * i + 1).append("\": \"*\", \"p")
                    .append(2 * i + 2).append("\": \"*\"}}");
        }
        lock.append("}}");
        List<Evidence> found = new NpmLockExtractor().extract(beside("package-lock.json", lock.toString()));
        assertThat(found).hasSize(count);
        assertThat(found.get(0).via()).containsExactly("a@1.0.0", "p0@1.0.0");
        assertThat(found.get(count - 1).via()).hasSize(16);
    }
}
