package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RequirementsExtractorTest {

    private final RequirementsExtractor extractor = new RequirementsExtractor();

    private List<Evidence> extract(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("requirements.txt", text));
    }

    @Test
    void acceptsRequirementsFilesButNotOtherInFiles() {
        assertThat(extractor.accepts("requirements.txt")).isTrue();
        assertThat(extractor.accepts("svc/requirements-dev.txt")).isTrue();
        assertThat(extractor.accepts("requirements_test.txt")).isTrue();
        assertThat(extractor.accepts("dev-requirements.txt")).isTrue();
        assertThat(extractor.accepts("test_requirements.txt")).isTrue();
        assertThat(extractor.accepts("requirements/base.txt")).isTrue();
        assertThat(extractor.accepts("app/requirements/local.in")).isTrue();
        assertThat(extractor.accepts("requirements.in")).isTrue();
        assertThat(extractor.accepts("requirements-dev.in")).isTrue();
        assertThat(extractor.accepts("configure.in")).isFalse();
        assertThat(extractor.accepts("Makefile.in")).isFalse();
        assertThat(extractor.accepts("MANIFEST.in")).isFalse();
        assertThat(extractor.accepts("constraints.txt")).isFalse();
        assertThat(extractor.accepts("requirements.txt.orig")).isFalse();
        assertThat(extractor.accepts("requirements/README.md")).isFalse();
        assertThat(extractor.accepts("docs/requirements/nested/x.txt")).isFalse();
        assertThat(extractor.accepts("myrequirements.txt")).isFalse();
    }

    @Test
    @Timeout(60) // without the budget this never ends: fail instead of hanging the build
    void includesThatReachTheSameFileThroughEverLongerPathsStopAfterAHundredFiles() throws ExtractionException {
        // on disk, "a -> ." and "b -> ." make a/common.txt, b/a/common.txt, a/b/a/common.txt ... the same file: a
        // hostile repository with two such includes per file asked for 2^32 reads before the budget
        byte[] include = "-r a/common.txt\n-r b/common.txt\ndjango==5.0\n".getBytes(StandardCharsets.UTF_8);
        SourceFile file = new SourceFile("requirements.txt", include, neighbour -> Optional.of(include));

        List<Evidence> found = extractor.extract(file);

        assertThat(found).extracting(Evidence::name).contains("django");
        assertThat(file.notes()).extracting(SourceFile.Note::message)
                .anyMatch(message -> message.startsWith("more than 100 included files; "));
    }

    @Test
    void scopeFromTheFileName() {
        assertThat(RequirementsExtractor.scopeOf("requirements.txt")).isEqualTo(Scope.RUNTIME);
        assertThat(RequirementsExtractor.scopeOf("requirements-dev.txt")).isEqualTo(Scope.DEVELOPMENT);
        assertThat(RequirementsExtractor.scopeOf("development.txt")).isEqualTo(Scope.DEVELOPMENT);
        assertThat(RequirementsExtractor.scopeOf("requirements_docs.in")).isEqualTo(Scope.DEVELOPMENT);
        assertThat(RequirementsExtractor.scopeOf("tests.txt")).isEqualTo(Scope.TEST);
        assertThat(RequirementsExtractor.scopeOf("test-requirements.txt")).isEqualTo(Scope.TEST);
        assertThat(RequirementsExtractor.scopeOf("requirements.test.txt")).isEqualTo(Scope.TEST);
        assertThat(RequirementsExtractor.scopeOf("latest.txt")).isEqualTo(Scope.RUNTIME);
        assertThat(RequirementsExtractor.scopeOf("devops.txt")).isEqualTo(Scope.RUNTIME);
    }

    @Test
    void valueKeepsExtrasAndSpecifier() throws ExtractionException {
        List<Evidence> found = extract("celery[redis, sqs] >= 5.3 , < 6\nflask\n");
        assertThat(found).extracting(Evidence::value).containsExactly("celery[redis,sqs]>=5.3,<6", "flask");
        assertThat(found).extracting(Evidence::ecosystem).containsOnly("pypi");
        assertThat(found.get(0).via()).isEmpty();
    }

    @Test
    void crlfAndContinuationsKeepTheirLocations() throws ExtractionException {
        List<Evidence> found = extract("a==1 \\\r\n  --hash=sha256:00\r\n\r\n  \\\r\n b>=2\r\n");
        assertThat(found).extracting(e -> e.location().line() + ":" + e.location().column() + " " + e.version())
                .containsExactly("1:1 ==1", "5:2 >=2");
    }

    @Test
    void aHashSignWithoutSpaceBeforeItIsNotAComment() throws ExtractionException {
        assertThat(extract("git+https://example.com/repo.git#egg=acme\n")).extracting(Evidence::name)
                .containsExactly("acme");
    }

    @Test
    void includeCyclesEndAndNotesNameTheChain() throws ExtractionException {
        Map<String, String> files = new HashMap<>();
        files.put("a.txt", "alpha\n-r b.txt\n");
        files.put("b.txt", "beta\n-r a.txt\n-r b.txt\n");
        files.put("requirements.txt", "-r a.txt\n-r a.txt\n");
        SourceFile top = new SourceFile("requirements.txt", files.get("requirements.txt").getBytes(
                StandardCharsets.UTF_8), path -> Optional.ofNullable(files.get(path))
                .map(s -> s.getBytes(StandardCharsets.UTF_8)));
        assertThat(extractor.extract(top)).extracting(e -> e.location().path() + " " + e.name())
                .containsExactly("a.txt alpha", "b.txt beta");
        assertThat(top.notes()).isEmpty();
    }

    @Test
    void aBrokenIncludedFileIsANoteNotAnError() throws ExtractionException {
        Map<String, byte[]> files = Map.of("libs/common.txt", "ok\nbad[\n".getBytes(StandardCharsets.UTF_8),
                "libs/binary.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        SourceFile top = new SourceFile("requirements.txt",
                "-r libs/common.txt\n-r libs/binary.txt\nfine\n".getBytes(StandardCharsets.UTF_8),
                path -> Optional.ofNullable(files.get(path)));
        assertThat(extractor.extract(top)).extracting(Evidence::name).containsExactly("fine");
        assertThat(top.notes()).extracting(SourceFile.Note::message).containsExactly(
                "cannot read included file libs/common.txt:2:4: invalid requirement: '[' is not closed",
                "cannot read included file libs/binary.txt:1:1: not valid UTF-8 text (skipped)");
    }

    @Test
    void aLongIncludeChainStops() throws ExtractionException {
        SourceFile top = new SourceFile("requirements.txt", "-r f0.txt\n".getBytes(StandardCharsets.UTF_8),
                path -> {
                    int n = Integer.parseInt(path.substring(1, path.indexOf('.')));
                    return Optional.of(("p" + n + "\n-r f" + (n + 1) + ".txt\n").getBytes(StandardCharsets.UTF_8));
                });
        assertThat(extractor.extract(top)).hasSize(32);
        assertThat(top.notes()).extracting(SourceFile.Note::message).singleElement().asString()
                .startsWith("includes nested too deeply at f32.txt");
    }

    @Test
    void garbageIsAnErrorWithAPlace() {
        assertThatThrownBy(() -> extract("flask\n\u0000\u0001garbage\n"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1);
                });
        assertThatThrownBy(() -> extractor.extract(new SourceFile("requirements.txt",
                new byte[] {'a', '\n', (byte) 0xc3, (byte) 0x28}))).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aHugeLineIsReadInLinearTime() throws ExtractionException {
        String big = "x" + "a".repeat(2_000_000) + "==1\n" + " ".repeat(1_000_000) + "\\\n".repeat(10_000) + "y\n";
        assertThat(extract(big)).extracting(Evidence::version).containsExactly("==1", null);
    }
}
