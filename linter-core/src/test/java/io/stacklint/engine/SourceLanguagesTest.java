package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Languages counted from source files, as Linguist counts them, with documentation and generated code left out. */
class SourceLanguagesTest {

    @TempDir
    Path repo;

    private void write(String path) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// " + path + "\n");
    }

    private List<Evidence> sources(Report report, String technology) {
        return report.technologies().stream().filter(d -> d.id().equals(technology))
                .flatMap(d -> d.evidence().stream()).filter(e -> e.kind() == EvidenceKind.SOURCE).toList();
    }

    @Test
    void eachExtensionIsOneCountedPieceOfEvidenceAtItsFirstFile() throws IOException {
        write("service/src/main/java/org/acme/App.java");
        write("service/src/main/java/org/acme/Order.java");
        write("service/src/test/java/org/acme/OrderTest.java");
        write("tools/Release.kt");

        Report report = Linter.withDefaults().run(LintRequest.check(repo));

        assertThat(sources(report, "java")).singleElement().satisfies(evidence -> {
            assertThat(evidence.name()).isEqualTo(".java");
            assertThat(evidence.value()).isEqualTo("3 .java files");
            assertThat(evidence.location().path()).isEqualTo("service/src/main/java/org/acme/App.java");
            assertThat(evidence.location().line()).isEqualTo(1);
        });
        assertThat(sources(report, "kotlin")).extracting(Evidence::value).containsExactly("1 .kt file");
    }

    @Test
    void documentationSamplesGeneratedCodeAndFixturesSayNothingOfTheProjectsLanguages() throws IOException {
        write("docs/examples/client.py");
        write("documentation/snippets/Demo.java");
        write("api/generated/orders.pb.go");
        write("api/orders.pb.go");
        write("web/static/app.min.js");
        write("test/fixtures/legacy/script.rb");
        write("proto/orders_pb2.py");
        write("proto/orders_pb2_grpc.py");
        write("app/lib/models/order.g.dart");
        write("desktop/Forms/MainForm.designer.cs");
        write("web/src/api.generated.ts");

        Report report = Linter.withDefaults().run(LintRequest.check(repo));

        assertThat(report.technologies()).extracting(Detection::id)
                .doesNotContain("python", "java", "go", "ruby", "dart", "csharp", "typescript");
    }

    @Test
    void namesThatOnlyResembleGeneratedCodeStillCount() throws IOException {
        write("app/lib/pb2.dart");
        write("desktop/Designer.cs");
        write("web/src/generated.ts");
        write("web/src/generated.min.ts");

        Report report = Linter.withDefaults().run(LintRequest.check(repo));

        assertThat(report.technologies()).extracting(Detection::id).contains("dart", "csharp", "typescript");
    }
}
