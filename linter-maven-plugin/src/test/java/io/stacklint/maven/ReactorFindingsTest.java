package io.stacklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class ReactorFindingsTest {

    private static final List<String> REACTOR = List.of("com.example:shop:pom:1.0", "com.example:orders:jar:1.0",
            "com.example:billing:jar:1.0");

    @Test
    void only_the_last_module_to_finish_gets_every_failing_module_in_reactor_order() {
        ReactorFindings reactor = newStore();
        ReactorFindings.Module billing = module("billing (billing)", 1, "mysql");
        ReactorFindings.Module orders = module("orders (orders)", 2, "oracle");

        // -T: billing finishes before orders, the root last
        assertThat(reactor.record(project("billing", "jar"), billing, REACTOR)).isEmpty();
        assertThat(reactor.record(project("orders", "jar"), orders, REACTOR)).isEmpty();
        assertThat(reactor.record(project("shop", "pom"), module("shop", 0, ""), REACTOR))
                .contains(List.of(orders, billing));
    }

    @Test
    void a_reactor_without_failing_findings_ends_with_nothing_to_report() {
        ReactorFindings reactor = newStore();

        assertThat(reactor.record(project("shop", "pom"), module("shop", 0, ""), List.of("com.example:shop:pom:1.0")))
                .contains(List.of());
    }

    private static ReactorFindings.Module module(String label, int errors, String technology) {
        return new ReactorFindings.Module(label, List.of("  line of " + label), errors, technology, "avoid");
    }

    private static MavenProject project(String artifactId, String packaging) {
        MavenProject project = new MavenProject();
        project.setGroupId("com.example");
        project.setArtifactId(artifactId);
        project.setVersion("1.0");
        project.setPackaging(packaging);
        return project;
    }

    /** A store of its own, as a new session gets. */
    private static ReactorFindings newStore() {
        return new ReactorFindings();
    }
}
