package io.stacklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.engine.DependencyGraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class MavenDependencyGraphTest {

    @Test
    void only_artifacts_reached_through_another_are_transitive_with_their_path_from_the_direct_one() {
        Set<Artifact> artifacts = new LinkedHashSet<>();
        artifacts.add(artifact("com.example", "orders-starter", "1.0", "pom",
                "com.example:shop:jar:1.0", "com.example:orders-starter:pom:1.0"));
        artifacts.add(artifact("com.mysql", "mysql-connector-j", "9.1.0", "jar",
                "com.example:shop:jar:1.0", "com.example:orders-starter:pom:1.0", "com.mysql:mysql-connector-j:jar:9.1.0"));

        DependencyGraph graph = MavenDependencyGraph.of(artifacts);

        assertThat(graph.transitive("pom.xml")).containsExactly(new DependencyGraph.Dependency(
                "com.mysql", "mysql-connector-j", "9.1.0",
                List.of("com.example:orders-starter:1.0", "com.mysql:mysql-connector-j:9.1.0")));
        assertThat(graph.transitive("orders/pom.xml")).isEmpty();
    }

    @Test
    void a_trail_entry_with_a_classifier_keeps_group_artifact_and_version() {
        assertThat(MavenDependencyGraph.gav("io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.115.Final"))
                .isEqualTo("io.netty:netty-transport-native-epoll:4.1.115.Final");
    }

    @Test
    void formats_are_the_clis_names_and_an_unknown_one_lists_them() throws MojoExecutionException {
        assertThat(ReportFiles.parse(" json, SARIF,json ")).containsExactly("json", "sarif");
        assertThatThrownBy(() -> ReportFiles.parse("json,html5"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("stack.formats: unknown format 'html5'; formats are text, json, sarif, junit, checkstyle,"
                        + " gitlab, github, markdown, html");
    }

    private static Artifact artifact(String group, String name, String version, String type, String... trail) {
        DefaultArtifact artifact = new DefaultArtifact(group, name, version, "compile", type, null,
                new DefaultArtifactHandler(type));
        artifact.setDependencyTrail(List.of(trail));
        return artifact;
    }
}
