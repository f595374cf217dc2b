package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TomlTest {

    private static Toml.Table parse(String text) throws ExtractionException {
        return Toml.parse(SourceFile.of("pyproject.toml", text));
    }

    @Test
    void keysAndValuesKeepWhereTheyStart() throws ExtractionException {
        Toml.Table root = parse("""
                # comment
                [project]
                name = "shop"
                dependencies = [
                  "django>=4.2",  # web
                  'psycopg[binary]==3.1.18',
                ]

                [tool.poetry.dependencies]
                python = "^3.11"
                requests = { version = "^2.31", extras = ["socks"] }
                """);

        Toml.Entry dependencies = root.table("project").orElseThrow().entry("dependencies").orElseThrow();
        assertThat(dependencies.line()).isEqualTo(4);
        assertThat(dependencies.value().items()).extracting(v -> v.string().orElseThrow(), Toml.Value::line,
                Toml.Value::column).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("django>=4.2", 5, 3),
                        org.assertj.core.groups.Tuple.tuple("psycopg[binary]==3.1.18", 6, 3));
        Toml.Table poetry = root.table("tool", "poetry", "dependencies").orElseThrow();
        assertThat(poetry.entries()).extracting(Toml.Entry::key, Toml.Entry::line, Toml.Entry::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("python", 10, 1),
                        org.assertj.core.groups.Tuple.tuple("requests", 11, 1));
        assertThat(poetry.table("requests").flatMap(t -> t.string("version"))).contains("^2.31");
    }

    @Test
    void dottedKeysArraysOfTablesAndEveryStringForm() throws ExtractionException {
        Toml.Table root = parse("""
                [dependencies]
                serde.version = "1.0"
                serde.features = ["derive"]
                "quoted.key" = 'C:\\path'

                [[bin]]
                name = "a"
                [[bin]]
                name = \"""
                b\\
                   c\"""
                when = 1979-05-27 07:32:00Z
                flag = true
                size = 1_000
                """);

        assertThat(root.table("dependencies", "serde").flatMap(t -> t.string("version"))).contains("1.0");
        assertThat(root.table("dependencies").flatMap(t -> t.string("quoted.key"))).contains("C:\\path");
        var bins = root.get("bin").orElseThrow().items();
        assertThat(bins).hasSize(2);
        Toml.Table second = bins.get(1).table().orElseThrow();
        assertThat(second.string("name")).contains("bc");
        assertThat(second.get("when").orElseThrow().kind()).isEqualTo(Toml.Kind.DATETIME);
        assertThat(second.get("flag").orElseThrow().isTrue()).isTrue();
        assertThat(second.get("size").orElseThrow().kind()).isEqualTo(Toml.Kind.INTEGER);
    }

    @Test
    void errorsNameTheLineAndColumn() {
        assertThatThrownBy(() -> parse("[project]\nname = shop\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(8);
                }).hasMessageContaining("strings need quotes");
        assertThatThrownBy(() -> parse("a = 1\na = 2\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> parse("[a]\nx = 1\n[a]\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> parse("deps = [\"a\",\n")).hasMessageContaining("unclosed array");
        assertThatThrownBy(() -> parse("name = \"open\n")).hasMessageContaining("unclosed string");
    }

    @Test
    void hostileNestingIsRefusedNotAStackOverflow() {
        String deep = "x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("nested deeper");
    }
}
