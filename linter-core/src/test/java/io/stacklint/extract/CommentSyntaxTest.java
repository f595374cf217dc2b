package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CommentSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "docker-compose.yml | HASH",
        "pyproject.toml     | HASH",
        "Gemfile            | HASH",
        "mix.exs            | HASH",
        "requirements.txt   | HASH",
        "api/pom.xml        | XML",
        "src/App.csproj     | XML",
        "build.gradle       | SLASHES",
        "build.gradle.kts   | SLASHES",
        "Jenkinsfile        | SLASHES",
        "infra/main.tf      | HCL",
        "setup.cfg          | INI",
        "web/package.json   | NONE"})
    void each_file_kind_has_its_comment_syntax(String path, CommentSyntax expected) {
        assertThat(CommentSyntax.of(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "docker-compose.yml | '    # stacklint-disable-next-line mysql -- legacy replica'",
        "pyproject.toml     | '# stacklint-disable-next-line mysql -- legacy replica'",
        "Gemfile            | '  # stacklint-disable-next-line mysql -- legacy replica'",
        "mix.exs            | '      # stacklint-disable-next-line mysql -- legacy replica'",
        "requirements.txt   | '# stacklint-disable-next-line mysql -- legacy replica'",
        "build.gradle       | '    // stacklint-disable-next-line mysql -- legacy replica'",
        "pom.xml            | '    <!-- stacklint-disable-next-line mysql: legacy replica -->'"})
    void a_whole_line_comment_suppresses_the_next_line(String path, String comment) {
        List<CommentSyntax.Marker> markers = CommentSyntax.of(path).markers("first\n" + comment + "\nthird\n");

        assertThat(markers).hasSize(1);
        CommentSyntax.Marker marker = markers.get(0);
        assertThat(marker.line()).isEqualTo(2);
        assertThat(marker.column()).isEqualTo(comment.indexOf(comment.strip().substring(0, 1)) + 1);
        assertThat(marker.targetLine()).isEqualTo(3);
        assertThat(marker.technologies()).containsExactly("mysql");
        assertThat(marker.reason()).isEqualTo("legacy replica");
    }

    @Test
    void a_trailing_comment_suppresses_its_own_line_and_may_name_several_ids() {
        List<CommentSyntax.Marker> markers = CommentSyntax.HASH.markers(
                "services:\n  db:\n    image: mysql:8.0  # stacklint-disable-line mysql, redis -- until Q3\n");

        assertThat(markers).singleElement().satisfies(marker -> {
            assertThat(marker.targetLine()).isEqualTo(3);
            assertThat(marker.technologies()).containsExactly("mysql", "redis");
            assertThat(marker.reason()).isEqualTo("until Q3");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "docker-compose.yml | '    # stacklint-ignore mysql -- legacy replica'                   | 3",
        "docker-compose.yml | '    image: mysql:8.0  # stacklint-ignore mysql -- legacy replica' | 2",
        "Gemfile            | 'gem \"mysql2\"  # stacklint-ignore mysql -- legacy replica'        | 2",
        "mix.exs            | '      # stacklint-ignore mysql -- legacy replica'               | 3",
        "Cargo.toml         | 'mysql = \"25\" # stacklint-ignore mysql -- legacy replica'        | 2",
        "build.gradle.kts   | '    // stacklint-ignore mysql -- legacy replica'                | 3",
        "pom.xml            | '    <!-- stacklint-ignore mysql: legacy replica -->'             | 3"})
    void stacklint_ignore_covers_the_next_line_alone_and_its_own_line_after_a_declaration(String path,
            String line, int target) {
        List<CommentSyntax.Marker> markers = CommentSyntax.of(path).markers("first\n" + line + "\nthird\n");

        assertThat(markers).singleElement().satisfies(marker -> {
            assertThat(marker.line()).isEqualTo(2);
            assertThat(marker.targetLine()).isEqualTo(target);
            assertThat(marker.technologies()).containsExactly("mysql");
            assertThat(marker.reason()).isEqualTo("legacy replica");
        });
    }

    @Test
    void the_marker_in_prose_or_another_syntax_is_no_suppression() {
        assertThat(CommentSyntax.HASH.markers("description: use stacklint-ignore mysql -- x to skip\n")).isEmpty();
        assertThat(CommentSyntax.HASH.markers("description: see stacklint-disable-next-line mysql -- x\n")).isEmpty();
        assertThat(CommentSyntax.SLASHES.markers("# stacklint-disable-next-line mysql -- x\n")).isEmpty();
        assertThat(CommentSyntax.NONE.markers("// stacklint-disable-next-line mysql -- x\n")).isEmpty();
    }

    @Test
    void a_missing_reason_is_kept_blank_for_the_engine_to_refuse() {
        assertThat(CommentSyntax.HASH.markers("# stacklint-disable-next-line mysql\nimage: mysql\n"))
                .singleElement().satisfies(marker -> assertThat(marker.reason()).isEmpty());
    }
}
