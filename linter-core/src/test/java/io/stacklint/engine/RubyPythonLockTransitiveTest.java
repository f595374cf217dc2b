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
    @Test
    void poetry_lock() throws IOException {
        Files.writeString(root.resolve("pyproject.toml"), """
                [tool.poetry]
                name = "orders"
                version = "0.1.0"

                [tool.poetry.dependencies]
                python = "^3.11"
                acme-orders = "^2.1"
                """);
        Files.writeString(root.resolve("poetry.lock"), """
                [[package]]
                name = "acme-orders"
                version = "2.1.3"

                [package.dependencies]
                PyMySQL = ">=1.0"

                [[package]]
                name = "pymysql"
                version = "1.1.0"
                """);
        Evidence evidence = onlyWhenAsked();
        assertThat(evidence.location().toString()).isEqualTo("poetry.lock:9:1");
        assertThat(evidence.via()).containsExactly("acme-orders@2.1.3", "pymysql@1.1.0");
    }

    @Test
    void uv_lock() throws IOException {
        Files.writeString(root.resolve("pyproject.toml"), """
                [project]
                name = "orders"
                version = "0.1.0"
                dependencies = ["acme-orders>=2.1"]
                """);
        Files.writeString(root.resolve("uv.lock"), """
                version = 1

                [[package]]
                name = "acme-orders"
                version = "2.1.3"
                source = { registry = "https://pypi.org/simple" }
                dependencies = [{ name = "mysqlclient" }]

                [[package]]
                name = "mysqlclient"
                version = "2.2.4"
                source = { registry = "https://pypi.org/simple" }

                [[package]]
                name = "orders"
                version = "0.1.0"
                source = { editable = "." }
                dependencies = [{ name = "acme-orders" }]
                """);
        Evidence evidence = onlyWhenAsked();
        assertThat(evidence.location().toString()).isEqualTo("uv.lock:10:1");
        assertThat(evidence.via()).containsExactly("acme-orders@2.1.3", "mysqlclient@2.2.4");
    }

    @Test
    void pipfile_lock_has_no_via() throws IOException {
        Files.writeString(root.resolve("Pipfile"), """
                [packages]
                records = "*"
                """);
        Files.writeString(root.resolve("Pipfile.lock"), """
                {"_meta": {"pipfile-spec": 6},
                 "default": {
                  "pymysql": {"version": "==1.1.0"},
                  "records": {"version": "==0.5.3"}},
                 "develop": {}}
                """);
        Evidence evidence = onlyWhenAsked();
        assertThat(evidence.location().toString()).isEqualTo("Pipfile.lock:3:3");
        assertThat(evidence.via()).isEmpty();
        assertThat(evidence.value()).isEqualTo("pymysql@1.1.0");
    }

    @Test
    void mix_lock() throws IOException {
        Files.writeString(root.resolve("mix.exs"), """
                defmodule Orders.MixProject do
                  use Mix.Project
                  def project, do: [app: :orders, deps: deps()]
                  defp deps, do: [{:acme_orders, "~> 2.1"}]
                end
                """);
        Files.writeString(root.resolve("mix.lock"), """
                %{
                  "acme_orders": {:hex, :acme_orders, "2.1.3", "aa", [:mix], [{:myxql, "~> 0.6", [hex: :myxql, repo: "hexpm", optional: false]}], "hexpm", "bb"},
                  "myxql": {:hex, :myxql, "0.6.4", "cc", [:mix], [], "hexpm", "dd"},
                }
                """);
        Evidence evidence = onlyWhenAsked();
        assertThat(evidence.location().toString()).isEqualTo("mix.lock:3:3");
        assertThat(evidence.via()).containsExactly("acme_orders@2.1.3", "myxql@0.6.4");
    }
}
