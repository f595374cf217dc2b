package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Keeps the fuzz targets complete, and checks their property on the real-looking fixtures they start from. */
class ExtractorFuzzTargetsTest {

    @Test
    void everyBuiltInExtractorHasAFuzzTarget() {
        var targets = Arrays.stream(ExtractorFuzzTest.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(FuzzTest.class)).map(method -> method.getName()).toList();
        var expected = Extractors.builtIn().stream().map(extractor -> target(extractor.id())).toList();
        assertThat(targets).containsExactlyInAnyOrderElementsOf(expected);
    }

    @TestFactory
    Stream<DynamicContainer> everyFixtureFileKeepsTheProperty() {
        return Extractors.builtIn().stream().map(extractor -> DynamicContainer.dynamicContainer(extractor.id(),
                ExtractorProperty.fixtureFiles(extractor.id()).stream().map(file -> DynamicTest.dynamicTest(
                        file.toString(), () -> ExtractorProperty.check(extractor,
                                ExtractorProperty.relativeToCase(extractor.id(), file), read(file))))));
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** maven-pom is the target mavenPom. */
    static String target(String id) {
        String[] parts = id.split("-");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
