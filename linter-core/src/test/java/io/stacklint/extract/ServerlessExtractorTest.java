package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerlessExtractorTest {

    private final ServerlessExtractor extractor = new ServerlessExtractor();

    private List<String> rendered(String text) throws ExtractionException {
        return extractor.extract(SourceFile.of("serverless.yml", text)).stream()
                .map(e -> e.name() + " " + e.version()).toList();
    }

    @Test
    void runtimesMapToLanguages() throws ExtractionException {
        assertThat(rendered("functions:\n  a: {runtime: nodejs18.x}\n  b: {runtime: dotnetcore3.1}\n"
                + "  c: {runtime: java21}\n  d: {runtime: provided.al2}\n  e: {runtime: python2.7}\n"))
                .containsExactly("node 18.x", "dotnet 3.1", "java 21", "python 2.7");
    }

    @Test
    void nonScalarShapesAreNothing() throws ExtractionException {
        assertThat(rendered("provider: [aws]\nplugins: serverless-offline\nfunctions: x\n")).isEmpty();
        assertThat(rendered("- a\n- b\n")).isEmpty();
    }
}
