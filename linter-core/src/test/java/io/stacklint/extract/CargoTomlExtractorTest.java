package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CargoTomlExtractorTest {

    private final CargoTomlExtractor extractor = new CargoTomlExtractor();

    private List<Evidence> extract(String toml) throws ExtractionException {
        return extractor.extract(SourceFile.of("Cargo.toml", toml));
    }

    private static SourceFile inTree(String path, Map<String, String> tree) {
        FileLookup lookup = target -> Optional.ofNullable(tree.get(target))
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        return new SourceFile(path, tree.get(path).getBytes(StandardCharsets.UTF_8), lookup);
    }

    @Test
    void acceptsOnlyCargoToml() {
        assertThat(extractor.accepts("Cargo.toml")).isTrue();
        assertThat(extractor.accepts("crates/core/Cargo.toml")).isTrue();
        assertThat(extractor.accepts("Cargo.lock")).isFalse();
        assertThat(extractor.accepts("cargo.toml")).isFalse();
        assertThat(extractor.accepts(".cargo/config.toml")).isFalse();
    }

    @Test
    void reportsEveryFieldOfARenamedDependency() throws ExtractionException {
        Evidence pg = extract("[dependencies]\npg = { package = \"tokio-postgres\", version = \"0.7\" }\n").get(0);

        assertThat(pg.kind()).isEqualTo(EvidenceKind.PACKAGE);
        assertThat(pg.ecosystem()).isEqualTo("cargo");
        assertThat(pg.name()).isEqualTo("tokio-postgres");
        assertThat(pg.version()).isEqualTo("0.7");
        assertThat(pg.value()).isEqualTo("pg -> tokio-postgres 0.7");
        assertThat(pg.scope()).isEqualTo(Scope.RUNTIME);
        assertThat(pg.location().toString()).isEqualTo("Cargo.toml:2:1");
    }

    @Test
    void rustVersionIsTheRuntime() throws ExtractionException {
        Evidence rust = extract("[package]\nname = \"x\"\nrust-version = \"1.70.0\"\n").get(0);
        assertThat(rust.kind()).isEqualTo(EvidenceKind.RUNTIME);
        assertThat(rust.name()).isEqualTo("rust");
        assertThat(rust.version()).isEqualTo("1.70.0");
    }

    @Test
    void packageWorkspaceNamesTheRootExplicitly() throws ExtractionException {
        Map<String, String> tree = Map.of(
                "platform/Cargo.toml", "[workspace]\n[workspace.dependencies]\nrand = \"0.8.5\"\n",
                "Cargo.toml", "[workspace]\n[workspace.dependencies]\nrand = \"0.7\"\n",
                "apps/cli/Cargo.toml", "[package]\nname = \"cli\"\nworkspace = \"../../platform\"\n"
                        + "[dependencies]\nrand.workspace = true\n");
        Evidence rand = extractor.extract(inTree("apps/cli/Cargo.toml", tree)).get(0);
        assertThat(rand.version()).isEqualTo("0.8.5");
    }

    @Test
    void climbingSkipsManifestsThatAreNoWorkspaceRoot() throws ExtractionException {
        Map<String, String> tree = Map.of(
                "Cargo.toml", "[workspace]\n[workspace.dependencies]\nlog = \"0.4.21\"\n",
                "crates/Cargo.toml", "[package]\nname = \"not-a-root\"\n",
                "crates/a/Cargo.toml", "[dependencies]\nlog = { workspace = true }\n");
        assertThat(extractor.extract(inTree("crates/a/Cargo.toml", tree))).extracting(Evidence::version)
                .containsExactly("0.4.21");
    }

    @Test
    void anUnreadableRootCandidateIsNotedAndSkipped() throws ExtractionException {
        Map<String, String> tree = Map.of(
                "Cargo.toml", "[workspace\n",
                "a/Cargo.toml", "[dependencies]\nlog.workspace = true\n");
        SourceFile member = inTree("a/Cargo.toml", tree);
        assertThat(extractor.extract(member)).extracting(Evidence::version).containsOnlyNulls();
        assertThat(member.notes()).extracting(SourceFile.Note::message).anyMatch(m -> m.startsWith(
                "cannot read workspace candidate Cargo.toml:"));
    }

    @Test
    void deepNestingIsRefused() {
        String toml = "[dependencies]\nx = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThatThrownBy(() -> extract(toml)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void binaryGarbageIsRefusedNotThrown() {
        byte[] garbage = {'[', (byte) 0xff, (byte) 0xfe, 0, 1};
        assertThatThrownBy(() -> extractor.extract(new SourceFile("Cargo.toml", garbage)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void nonTableDependencyValuesAreSkipped() throws ExtractionException {
        assertThat(extract("[dependencies]\na = 1\nb = true\nc = [\"1\"]\n")).isEmpty();
    }
}
