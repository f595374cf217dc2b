package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Report;
import io.stacklint.model.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lockfiles of Ruby, Python and Elixir: a MySQL driver only in the lockfile is found only when asked. */
class RubyPythonLockTransitiveTest {

    private static final Linter LINTER = Linter.withDefaults(
            Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path root;

    private Evidence onlyWhenAsked() {
        Report off = LINTER.run(LintRequest.check(root));
        Report on = LINTER.run(LintRequest.check(root).withTransitive(true));
        assertThat(off.technologies()).extracting(Detection::id).doesNotContain("mysql");
        Detection mysql = on.technologies().stream().filter(d -> d.id().equals("mysql")).findFirst().orElseThrow();
        assertThat(on.failed()).isTrue();
        Evidence evidence = mysql.evidence().get(0);
        assertThat(evidence.scope()).isEqualTo(Scope.TRANSITIVE);
        return evidence;
    }

    @Test
    void gemfile_lock() throws IOException {
        Files.writeString(root.resolve("Gemfile"), """
                source "https://rubygems.org"
                gem "acme_orders", "~> 2.4"
                """);
        Files.writeString(root.resolve("Gemfile.lock"), """
                GEM
                  remote: https://rubygems.org/
                  specs:
                    acme_orders (2.4.1)
                      mysql2 (~> 0.5)
                    mysql2 (0.5.6)

                DEPENDENCIES
                  acme_orders (~> 2.4)
                """);
        Evidence evidence = onlyWhenAsked();
        assertThat(evidence.location().toString()).isEqualTo("Gemfile.lock:6:5");
        assertThat(evidence.via()).containsExactly("acme_orders@2.4.1", "mysql2@0.5.6");
    }
}
