package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GemfileExtractorTest {

    private final GemfileExtractor extractor = new GemfileExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("Gemfile", text));
    }

    @Test
    void acceptsGemfileAndGemsRbInAnyFolderButNotTheLockFile() {
        assertThat(extractor.accepts("Gemfile")).isTrue();
        assertThat(extractor.accepts("engines/admin/Gemfile")).isTrue();
        assertThat(extractor.accepts("gems.rb")).isTrue();
        assertThat(extractor.accepts("Gemfile.lock")).isFalse();
        assertThat(extractor.accepts("gems.locked")).isFalse();
        assertThat(extractor.accepts("MyGemfile")).isFalse();
        assertThat(extractor.accepts("lib/gems.rb.bak")).isFalse();
    }

    @Test
    void valueIsNameAndRequirement() throws ExtractionException {
        List<Evidence> found = extract("gem 'rails', '~> 7.1'\ngem \"pg\"\nruby '3.3.0'\n");
        assertThat(found).extracting(Evidence::value).containsExactly("rails ~> 7.1", "pg", "ruby 3.3.0");
        assertThat(found.get(2).kind()).isEqualTo(EvidenceKind.RUNTIME);
        assertThat(found.get(2).ecosystem()).isEqualTo("runtime");
        assertThat(found.get(0).via()).isEmpty();
    }

    @Test
    void methodCallsNamedGemAreNotDeclarations() throws ExtractionException {
        assertThat(extract("Bundler.gem 'mysql2'\nx = gem_name('mysql2')\nfoo.gem('sqlite3')\n")).isEmpty();
    }

    @Test
    void interpolatedNamesAreNotEvidence() throws ExtractionException {
        assertThat(extract("gem \"mysql#{2}\"\ngem 'a\\'b'\n")).isEmpty();
    }

    @Test
    void groupsOfTestOnlyAndMixedWithProduction() throws ExtractionException {
        List<Evidence> found = extract("""
                group :test do gem 'a' end
                group :development, :test do; gem 'b'; end
                group :test, :production do
                  gem 'c'
                end
                gem 'd', group: 'test'
                """);
        assertThat(found).extracting(Evidence::scope)
                .containsExactly(Scope.TEST, Scope.DEVELOPMENT, Scope.RUNTIME, Scope.TEST);
    }

    @Test
    void whileLoopWithDoNeedsOneEnd() throws ExtractionException {
        assertThat(extract("while false do\n  x = 1\nend\ngem 'a'\n")).hasSize(1);
    }

    @Test
    void realWorldIdiomsDoNotDerailTheParser() throws ExtractionException {
        List<Evidence> found = extract("""
                git_source(:github) { |repo| "https://github.com/#{repo}.git" }
                install_if -> { RUBY_PLATFORM =~ /darwin/ } do
                  gem "terminal-notifier"
                end
                case ENV.fetch("DB", "pg")
                when "mysql" then gem "mysql2"
                else gem "pg"
                end
                plugins = []
                plugins << "x" if ENV["X"]
                total = 10 % 3 / 2
                module Local
                  class << self
                    def enabled? = false
                  end
                end
                gem "oj", :platforms => [:mri_30, :mri_31]
                gem 'rubocop', require: false unless ENV['CI']
                """);
        assertThat(found).extracting(Evidence::name).containsExactly("terminal-notifier", "mysql2", "pg", "oj",
                "rubocop");
    }

    @Test
    void unterminatedStringNamesWhereItStarts() {
        assertThatThrownBy(() -> extract("gem 'rails'\ngem \"pg, '1.0'\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage()).isEqualTo("string is never closed");
                });
    }

    @Test
    void unclosedBeginBlockAndStrayEnd() {
        assertThatThrownBy(() -> extract("=begin\ngem 'x'\n")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> extract("gem 'x'\nend\n")).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> extract("group :test do\n  gem 'x'\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(13);
                });
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "gem 'x', " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertThatThrownBy(() -> extract(deep)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("nesting");
        String interpolation = "x = " + "\"#{".repeat(10_000) + "\n";
        assertThatThrownBy(() -> extract(interpolation)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void hostileInputStaysLinear() throws ExtractionException {
        String heredocs = "x(<<\"A\n".repeat(50_000);
        String percents = "x = %w[".repeat(50_000);
        String blocks = "if a\n".repeat(150) + "gem 'x'\n" + "end\n".repeat(150);
        {
            assertThatThrownBy(() -> extract(heredocs)).isInstanceOf(ExtractionException.class);
            assertThatThrownBy(() -> extract(percents)).isInstanceOf(ExtractionException.class);
            assertThat(extract(blocks)).hasSize(1);
            assertThat(extract("gem 'a'\n".repeat(100_000))).hasSize(100_000);
        }
    }

    @Test
    void garbageNeverEscapesAsRuntimeException() {
        Random random = new Random(42);
        String alphabet = "gem 'a\"#{}()[]<<~EOS\n%w|/=begin end do if:: ?\\,";
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

    @Test
    void binaryIsRefusedAsText() {
        byte[] bytes = {'g', 'e', 'm', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("Gemfile", bytes)))
                .isInstanceOf(ExtractionException.class);
        assertThat(new String(bytes, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("gem");
    }
}
