package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edge cases of the Cargo, Composer, Go, Gradle and NuGet lockfile extractors. */
class MiscLockExtractorsTest {

    private final Map<String, String> tree = new HashMap<>();

    private SourceFile file(String path, String text) {
        tree.put(path, text);
        FileLookup lookup = p -> Optional.ofNullable(tree.get(p)).map(t -> t.getBytes(StandardCharsets.UTF_8));
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8), lookup);
    }

    private static List<String> names(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.name() + "@" + e.version() + " " + e.via()).toList();
    }

    @Test
    void cargo_lock_with_thousands_of_crates_is_read_in_one_pass() throws ExtractionException {
        tree.put("Cargo.toml", "[package]\nname = \"app\"\n");
        int count = 20_000;
        StringBuilder lock = new StringBuilder("version = 3\n\n[[package]]\nname = \"app\"\nversion = \"0.1.0\"\n"
                + "dependencies = [\"hub\"]\n\n[[package]]\nname = \"hub\"\nversion = \"1.0.0\"\n"
                + "source = \"registry+https://github.com/rust-lang/crates.io-index\"\ndependencies = [\n");
        for (int i = 0; i < count; i++) {
            lock.append(" \"c").append(i).append("\",\n");
        }
        lock.append("]\n");
        for (int i = 0; i < count; i++) {
            lock.append("\n[[package]]\nname = \"c").append(i).append("\"\nversion = \"1.0.0\"\n")
                    .append("source = \"registry+https://github.com/rust-lang/crates.io-index\"\n");
        }
        List<Evidence> found = new CargoLockExtractor().extract(file("Cargo.lock", lock.toString()));
        assertThat(found).hasSize(count);
        assertThat(found.get(count - 1).via()).containsExactly("hub@1.0.0", "c" + (count - 1) + "@1.0.0");
    }

    @Test
    void cargo_lock_in_binary_garbage_is_refused() {
        tree.put("Cargo.toml", "[package]\nname = \"app\"\n");
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 2};
        SourceFile lock = new SourceFile("Cargo.lock", garbage,
                p -> Optional.ofNullable(tree.get(p)).map(t -> t.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new CargoLockExtractor().extract(lock)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void cargo_lock_reference_with_version_and_source_picks_that_crate() throws ExtractionException {
        tree.put("Cargo.toml", "[package]\nname = \"app\"\n");
        List<Evidence> found = new CargoLockExtractor().extract(file("Cargo.lock", """
                [[package]]
                name = "app"
                version = "0.1.0"
                dependencies = ["wrapper"]

                [[package]]
                name = "mysql"
                version = "24.0.0"
                source = "registry+https://github.com/rust-lang/crates.io-index"

                [[package]]
                name = "mysql"
                version = "25.0.0"
                source = "git+https://github.com/example/rust-mysql-simple#0123456789abcdef"

                [[package]]
                name = "wrapper"
                version = "1.0.0"
                source = "registry+https://github.com/rust-lang/crates.io-index"
                dependencies = ["mysql 25.0.0 (git+https://github.com/example/rust-mysql-simple#0123456789abcdef)"]
                """));
        assertThat(names(found)).containsExactly("mysql@24.0.0 []", "mysql@25.0.0 [wrapper@1.0.0, mysql@25.0.0]");
        assertThat(found).extracting(e -> e.location().line()).containsExactly(7, 12);
    }

    @Test
    void composer_lock_nested_too_deep_is_refused() {
        tree.put("composer.json", "{}");
        String deep = "{\"packages\": " + "[".repeat(300) + "]".repeat(300) + "}";
        assertThatThrownBy(() -> new ComposerLockExtractor().extract(file("composer.lock", deep)))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void composer_lock_beside_an_unreadable_composer_json_gives_nothing() throws ExtractionException {
        tree.put("composer.json", "{\"require\": ");
        assertThat(new ComposerLockExtractor().extract(file("composer.lock", """
                {"packages": [{"name": "acme/a", "version": "1.0.0"}]}
                """))).isEmpty();
    }

    @Test
    void composer_lock_top_level_array_is_refused() {
        tree.put("composer.json", "{}");
        assertThatThrownBy(() -> new ComposerLockExtractor().extract(file("composer.lock", "[]")))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("composer.lock must be a JSON object, found an array");
    }

    @Test
    void go_sum_with_windows_line_ends_and_a_broken_go_mod() throws ExtractionException {
        tree.put("go.mod", "module example.com/a\n\ngo 1.16\n");
        String sum = "github.com/go-sql-driver/mysql v1.6.0 h1:BCTh4TKNUYmOmMUcQ3IipzF5prigylS7XXjEkfCHuOE=\r\n";
        assertThat(names(new GoSumExtractor().extract(file("go.sum", sum))))
                .containsExactly("github.com/go-sql-driver/mysql@v1.6.0 []");
        tree.put("go.mod", "module example.com/a\nrequire (\n");
        assertThat(new GoSumExtractor().extract(file("go.sum", sum))).isEmpty();
    }

    @Test
    void gradle_lockfile_beside_a_kotlin_script_and_a_malformed_line_column() throws ExtractionException {
        tree.put("app/build.gradle.kts", "dependencies { implementation(\"com.acme:a:1.0\") }\n");
        assertThat(names(new GradleLockfileExtractor().extract(file("app/gradle.lockfile",
                "com.acme:a:1.0=runtimeClasspath\r\ncom.acme:b:2.0=runtimeClasspath\r\nempty=\r\n"))))
                .containsExactly("com.acme:b@2.0 []");
        assertThatThrownBy(() -> new GradleLockfileExtractor().extract(file("app/gradle.lockfile",
                "# comment\n  com.acme:b:2.0:extra=runtimeClasspath\n")))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void nuget_lock_is_read_beside_an_fsproj_named_after_its_folder_or_at_the_root() throws ExtractionException {
        String lock = """
                {"version": 1, "dependencies": {"net8.0": {
                  "A": {"type": "Direct", "resolved": "1.0.0", "dependencies": {"b": "2.0.0"}},
                  "B": {"type": "Transitive", "resolved": "2.0.0"}}}}
                """;
        tree.put("tests/fixtures/Lib/Lib.fsproj", "<Project />");
        assertThat(names(new NugetLockExtractor().extract(file("tests/fixtures/Lib/packages.lock.json", lock))))
                .containsExactly("B@2.0.0 [A@1.0.0, B@2.0.0]");
        assertThat(names(new NugetLockExtractor().extract(file("packages.lock.json", lock))))
                .containsExactly("B@2.0.0 [A@1.0.0, B@2.0.0]");
        SourceFile sample = file("testdata/Other/packages.lock.json", lock);
        assertThat(new NugetLockExtractor().extract(sample)).isEmpty();
        assertThat(sample.notes()).hasSize(1);
    }
}
