package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackageJsonExtractorTest {

    private final PackageJsonExtractor extractor = new PackageJsonExtractor();

    private List<Evidence> extract(String json) throws ExtractionException {
        return extractor.extract(SourceFile.of("package.json", json));
    }

    private ExtractionException refused(String json) {
        try {
            extractor.extract(SourceFile.of("package.json", json));
        } catch (ExtractionException e) {
            return e;
        }
        throw new AssertionError("expected an ExtractionException for " + json.substring(0, Math.min(80,
                json.length())));
    }

    @Test
    void acceptsOnlyFilesNamedPackageJson() {
        assertThat(extractor.accepts("package.json")).isTrue();
        assertThat(extractor.accepts("packages/api/package.json")).isTrue();
        assertThat(extractor.accepts("my-package.json")).isFalse();
        assertThat(extractor.accepts("package-lock.json")).isFalse();
        assertThat(extractor.accepts("app/package.json.bak")).isFalse();
        assertThat(extractor.accepts("app/Package.json")).isFalse();
    }

    @Test
    void reportsEveryFieldOfADependency() throws ExtractionException {
        Evidence express = extract("{\"dependencies\": {\"express\": \"^4.18.2\"}}").get(0);

        assertThat(express.kind()).isEqualTo(EvidenceKind.PACKAGE);
        assertThat(express.ecosystem()).isEqualTo("npm");
        assertThat(express.name()).isEqualTo("express");
        assertThat(express.version()).isEqualTo("^4.18.2");
        assertThat(express.value()).isEqualTo("express@^4.18.2");
        assertThat(express.scope()).isEqualTo(Scope.RUNTIME);
        assertThat(express.via()).isEmpty();
        assertThat(express.location().toString()).isEqualTo("package.json:1:19");
    }

    @Test
    void reportsTheNodeEngineAsARuntime() throws ExtractionException {
        Evidence node = extract("{\n  \"engines\": {\n    \"npm\": \">=9\",\n    \"node\": \">=18\"\n  }\n}").get(0);

        assertThat(node.kind()).isEqualTo(EvidenceKind.RUNTIME);
        assertThat(node.ecosystem()).isEqualTo("runtime");
        assertThat(node.name()).isEqualTo("node");
        assertThat(node.version()).isEqualTo(">=18");
        assertThat(node.value()).isEqualTo("node >=18");
        assertThat(node.scope()).isEqualTo(Scope.RUNTIME);
        assertThat(node.location().line()).isEqualTo(4);
        assertThat(node.location().column()).isEqualTo(5);
    }

    @Test
    void aliasesNameTheRealPackage() throws ExtractionException {
        List<Evidence> found = extract("""
                {"dependencies": {
                  "mysql": "npm:mysql2@^3.6.0",
                  "log": "npm:@scope/pkg@1",
                  "bare": "npm:@scope/bare",
                  "odd": "npm:",
                  "odder": "npm:@1.0.0"
                }}""");

        assertThat(found).extracting(Evidence::name, Evidence::version, Evidence::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mysql2", "^3.6.0", "mysql@npm:mysql2@^3.6.0"),
                org.assertj.core.groups.Tuple.tuple("@scope/pkg", "1", "log@npm:@scope/pkg@1"),
                org.assertj.core.groups.Tuple.tuple("@scope/bare", null, "bare@npm:@scope/bare"),
                // Not a usable alias target: kept under the key, spec as written.
                org.assertj.core.groups.Tuple.tuple("odd", "npm:", "odd@npm:"),
                org.assertj.core.groups.Tuple.tuple("odder", "npm:@1.0.0", "odder@npm:@1.0.0"));
    }

    @Test
    void emptyAndWhitespaceFilesDeclareNothing() throws ExtractionException {
        assertThat(extract("")).isEmpty();
        assertThat(extract(" \n\t\r\n")).isEmpty();
        assertThat(extractor.extract(new SourceFile("package.json", new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"name\"", "42", "null", "true"})
    void aTopLevelValueThatIsNotAnObjectIsRefused(String json) {
        ExtractionException e = refused(json);
        assertThat(e.getMessage()).startsWith("package.json must be a JSON object");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void invalidJsonIsRefusedWithItsPositionAndAShortMessage() {
        ExtractionException e = refused("{\n  \"name\": \"x\"\n  \"version\": \"1.0.0\"\n}");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("invalid JSON: ").doesNotContain("Source", "\n", "line:");
    }

    @Test
    void commentsAreRefused() {
        ExtractionException line = refused("{\n  \"dependencies\": {\n    // \"mysql\": \"^2\"\n  }\n}");
        assertThat(line.getMessage()).isEqualTo("invalid JSON: comments are not allowed in JSON");
        assertThat(line.line()).isEqualTo(3);
        assertThat(line.column()).isEqualTo(5);

        ExtractionException block = refused("/* generated */ {\"dependencies\": {}}");
        assertThat(block.getMessage()).isEqualTo("invalid JSON: comments are not allowed in JSON");
        assertThat(block.column()).isEqualTo(1);
    }

    @Test
    void truncatedAndTrailingContentAreRefused() {
        ExtractionException truncated = refused("{\"dependencies\": {\"express\": \"^4\"");
        assertThat(truncated.getMessage()).startsWith("invalid JSON: Unexpected end-of-input");

        ExtractionException trailing = refused("{\"dependencies\": {}}\n{\"dependencies\": {\"x\": \"1\"}}");
        assertThat(trailing.getMessage()).isEqualTo("unexpected content after the top-level object: an object");
        assertThat(trailing.line()).isEqualTo(2);
        assertThat(trailing.column()).isEqualTo(1);

        assertThat(refused("{} garbage").getMessage()).startsWith("invalid JSON: ");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        int depth = 200_000;
        String deepArray = "{\"config\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        ExtractionException e = refused(deepArray);
        assertThat(e.getMessage()).isEqualTo("package.json refused: nested deeper than 200 levels");
        assertThat(e.line()).isEqualTo(1);
        // '{' is level 1, so the 200th '[' (column 11 + 199) is level 201.
        assertThat(e.column()).isEqualTo(11 + 199 + 1);

        String deepObjects = "{\"dependencies\": {\"x\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}}";
        assertThat(refused(deepObjects).getMessage()).contains("nested deeper than 200 levels");

        assertThat(refused("[".repeat(depth)).getMessage()).startsWith("package.json must be a JSON object");
    }

    @Test
    void hugeKeysAndValuesAreRefusedOrSkipped() throws ExtractionException {
        String longKey = "x".repeat(JsonTrees.MAX_NAME_LENGTH + 1);
        assertThat(refused("{\"dependencies\": {\"" + longKey + "\": \"1\"}}").getMessage())
                .isEqualTo("package.json refused: a key longer than 10000 characters");

        String longRange = "1".repeat(JsonTrees.MAX_STRING_LENGTH + 1);
        assertThat(refused("{\"dependencies\": {\"x\": \"" + longRange + "\"}}").getMessage())
                .isEqualTo("package.json refused: a string longer than 1000000 characters");

        // A long string nobody reads (a big readme) is skipped, not refused.
        assertThat(extract("{\"readme\": \"" + longRange + "\", \"dependencies\": {\"x\": \"1\"}}"))
                .extracting(Evidence::name).containsExactly("x");
    }

    @Test
    void binaryGarbageIsRefusedNeverThrownAsARuntimeException() {
        byte[] garbage = new byte[4096];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        assertThatThrownBy(() -> extractor.extract(new SourceFile("package.json", garbage)))
                .isInstanceOf(ExtractionException.class);

        byte[] controls = "{\u0000\u0001}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> extractor.extract(new SourceFile("package.json", controls)))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("invalid JSON: ");
    }

    @Test
    void sectionsAndEntriesOfTheWrongShapeAreSkipped() throws ExtractionException {
        List<Evidence> found = extract("""
                {
                  "dependencies": [],
                  "devDependencies": "eslint",
                  "peerDependencies": null,
                  "optionalDependencies": {"a": 1, "b": null, "c": {"version": "1"}, "d": ["1"], "": "1", "e": "2"},
                  "engines": {"node": 18, "nodeVersion": ">=18"}
                }""");

        assertThat(found).extracting(Evidence::name).containsExactly("e");
    }

    @Test
    void nestedDependencyObjectsElsewhereAreNotEvidence() throws ExtractionException {
        assertThat(extract("""
                {
                  "config": {"dependencies": {"mysql": "^2"}},
                  "overrides": {"mysql": "npm:mysql2@^3"},
                  "resolutions": {"**/mysql": "2.18.1"},
                  "pnpm": {"overrides": {"mysql": "2"}},
                  "workspaces": {"packages": ["packages/*"]},
                  "bundledDependencies": ["mysql"],
                  "scripts": {"db": "mysql -u root"},
                  "description": "uses mysql and postgres",
                  "keywords": ["mysql", "postgres"]
                }""")).isEmpty();
    }

    @Test
    void duplicateKeysAreAllReported() throws ExtractionException {
        List<Evidence> found = extract("""
                {
                  "dependencies": {"async": "0.2.x", "async": "~0.9.0"},
                  "dependencies": {"async": "^3.2.5"}
                }""");

        assertThat(found).extracting(Evidence::version).containsExactly("0.2.x", "~0.9.0", "^3.2.5");
    }

    @Test
    void columnsCountCharactersAfterTabsAndNonAsciiText() throws ExtractionException {
        List<Evidence> found = extract("{\"author\": \"Zoë Ångström\",\t\"dependencies\": {\"chalk\": \"5\"}}");

        // {"author": "Zoë Ångström", is 26 characters, the tab is column 27, the section key starts at 28.
        assertThat(found.get(0).location().column()).isEqualTo(28 + "\"dependencies\": {".length());
    }

    @Test
    void evidenceIsInFileOrder() throws ExtractionException {
        List<Evidence> found = extract("""
                {
                  "devDependencies": {"jest": "29"},
                  "engines": {"node": "20"},
                  "dependencies": {"express": "4"},
                  "peerDependencies": {"react": "18"},
                  "optionalDependencies": {"fsevents": "2"}
                }""");

        assertThat(found).extracting(Evidence::name).containsExactly("jest", "node", "express", "react", "fsevents");
        assertThat(found).extracting(Evidence::scope).containsExactly(Scope.DEVELOPMENT, Scope.RUNTIME, Scope.RUNTIME,
                Scope.PROVIDED, Scope.OPTIONAL);
    }
}
