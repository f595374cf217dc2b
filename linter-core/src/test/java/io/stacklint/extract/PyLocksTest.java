package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyLocksTest {

    @Test
    void names_compare_as_pep_503_says() {
        assertThat(PyLocks.normalize("PyMySQL")).isEqualTo("pymysql");
        assertThat(PyLocks.normalize("django_debug.toolbar")).isEqualTo("django-debug-toolbar");
        assertThat(PyLocks.normalize("typing__-extensions")).isEqualTo("typing-extensions");
    }

    @Test
    void a_lock_entry_that_is_not_a_table_is_skipped_not_a_crash() throws ExtractionException {
        SourceFile file = new SourceFile("uv.lock", "package = [1, \"x\"]\n".getBytes(),
                path -> path.equals("pyproject.toml") ? java.util.Optional.of(new byte[0]) : java.util.Optional.empty());
        assertThat(new UvLockExtractor().extract(file)).isEmpty();
        SourceFile poetry = new SourceFile("poetry.lock", "package = [1, \"x\"]\n".getBytes(),
                path -> path.equals("pyproject.toml") ? java.util.Optional.of(new byte[0]) : java.util.Optional.empty());
        assertThat(new PoetryLockExtractor().extract(poetry)).isEmpty();
    }
}
