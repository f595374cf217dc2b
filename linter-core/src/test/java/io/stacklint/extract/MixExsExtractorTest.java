package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MixExsExtractorTest {

    private final MixExsExtractor extractor = new MixExsExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("mix.exs", text));
    }

    private List<Evidence> deps(String list) throws ExtractionException {
        return extract("defmodule A.MixProject do\n  defp deps do\n    " + list + "\n  end\nend\n");
    }

    @Test
    void acceptsOnlyMixExs() {
        assertThat(extractor.accepts("mix.exs")).isTrue();
        assertThat(extractor.accepts("apps/web/mix.exs")).isTrue();
        assertThat(extractor.accepts("mix.lock")).isFalse();
        assertThat(extractor.accepts("remix.exs")).isFalse();
        assertThat(extractor.accepts("config/mix.exs.orig")).isFalse();
    }

    @Test
    void valueIsNameAndRequirement() throws ExtractionException {
        assertThat(deps("[{:phoenix, \"~> 1.7.10\"}, {:dep, path: \"../dep\"}]")).extracting(Evidence::value)
                .containsExactly("phoenix ~> 1.7.10", "dep");
    }

    @Test
    void onlyDecidesTheScope() throws ExtractionException {
        assertThat(deps("""
                [{:a, "1.0", only: :test}, {:b, "1.0", only: [:dev, :test]}, {:c, "1.0", only: :prod},
                 {:d, "1.0", only: [:test, :prod]}, {:e, "1.0", runtime: false}, {:f, "1.0", only: Mix.env()}]
                """)).extracting(Evidence::scope).containsExactly(Scope.TEST, Scope.DEVELOPMENT, Scope.RUNTIME,
                Scope.RUNTIME, Scope.RUNTIME, Scope.RUNTIME);
    }

    @Test
    void tuplesOutsideTheDepsListAreNotDependencies() throws ExtractionException {
        assertThat(deps("""
                deps = [{:ok, pid}, %{:phoenix => "1"}, Foo.bar({:x, "1"})]
                fun = fn -> [{:mysql, "1.0"}] end
                {:tuple, "1.0"}
                [{:real, "1.0"} | ["#{inspect({:fake, "1"})}", ?", ~w(a b), ~r/{:re, "1"}/]]
                """)).extracting(Evidence::name).containsExactly("real");
        assertThat(extract("defmodule X do\n  def aliases do\n    [{:phoenix, \"1.0\"}]\n  end\nend\n")).isEmpty();
    }

    @Test
    void conditionalListsInsideDepsCount() throws ExtractionException {
        assertThat(deps("[{:a, \"1\"}] ++ if(Mix.env() == :prod, do: [{:b, \"2\"}], else: [])"))
                .extracting(Evidence::name).containsExactly("a", "b");
    }

    @Test
    void unterminatedStringAndSigilNameWhereTheyStart() {
        assertThatThrownBy(() -> extract("defp deps do\n  [{:a, \"1.0}]\nend\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(9);
                    assertThat(e.getMessage()).isEqualTo("string is never closed");
                });
        assertThatThrownBy(() -> extract("@x ~s(abc\n")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.column()).isEqualTo(4));
        assertThatThrownBy(() -> extract("defp deps do\n  []\n")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.getMessage()).isEqualTo("`do` is never closed with `end`"));
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "defp deps do\n" + "[".repeat(100_000) + "]".repeat(100_000) + "\nend\n";
        assertThatThrownBy(() -> extract(deep)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("nesting");
        String interpolation = "\"#{".repeat(10_000);
        assertThatThrownBy(() -> extract(interpolation)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void hostileInputStaysLinear() throws ExtractionException {
        String heredocs = "@doc \"\"\"\n".repeat(1) + "x\n".repeat(200_000);
        String sigils = "~s(".repeat(50_000);
        StringBuilder many = new StringBuilder("defp deps do\n[\n");
        for (int i = 0; i < 50_000; i++) {
            many.append("{:dep").append(i).append(", \"~> 1.0\", only: :test},\n");
        }
        many.append("]\nend\n");
        {
            assertThatThrownBy(() -> extract(heredocs)).isInstanceOf(ExtractionException.class);
            assertThatThrownBy(() -> extract(sigils)).isInstanceOf(ExtractionException.class);
            assertThat(extract(many.toString())).hasSize(50_000);
        }
    }

    @Test
    void garbageNeverEscapesAsRuntimeException() {
        Random random = new Random(7);
        String alphabet = "defp deps do end fn {:a, \"~> 1\"} [] () # \"\"\" ''' ~s~S? \\ #{ } only: :test \n,";
        {
            for (int round = 0; round < 20_000; round++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                try {
                    extract(text.toString());
                } catch (ExtractionException expected) {
                    assertThat(expected.getMessage()).doesNotStartWith("cannot read");
                }
            }
        }
    }
}
