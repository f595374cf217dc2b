package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code stacklint inventory} on two whole repositories: a polyglot one (Maven with a parent outside the tree,
 * Gradle with a version catalog, npm, Bundler, Mix, PEP 621, Go, Composer, Cargo, .NET, runtime version files) and
 * a platform one (compose with a private registry, a multi-stage Dockerfile, a Helm chart, six CI systems,
 * Terraform for AWS and GCP, an Ansible role, a Puppetfile). The expected files list every technology with each
 * line that proves it; READMEs, comments and commented-out declarations in both repositories give nothing.
 */
class InventoryAcrossStacksTest {

    private static final Path REPOS = Path.of("src/test/resources/repos");
    private static final Path EXPECTED = Path.of("src/test/resources/expected");

    @ParameterizedTest
    @ValueSource(strings = {"polyglot", "platform"})
    void every_technology_is_listed_with_its_evidence_lines(String repository) throws IOException {
        CliRun run = CliRun.of("inventory", "--format", "json", REPOS.resolve(repository).toString());

        assertThat(run.exitCode()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> lines = new ArrayList<>();
        for (JsonNode technology : report.get("technologies")) {
            for (JsonNode evidence : technology.get("evidence")) {
                lines.add(technology.get("id").asText() + " " + evidence.get("path").asText() + ":"
                        + evidence.get("line").asInt() + ":" + evidence.get("column").asInt() + " "
                        + evidence.get("kind").asText() + " " + evidence.get("value").asText());
            }
        }
        assertThat(lines).containsExactlyElementsOf(
                Files.readAllLines(EXPECTED.resolve(repository + "-inventory.txt")));
        assertThat(lines).noneMatch(line -> line.contains("README") || line.startsWith("mongodb "));
    }
}
