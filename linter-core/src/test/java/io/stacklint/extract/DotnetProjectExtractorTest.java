package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DotnetProjectExtractorTest {

    private final DotnetProjectExtractor extractor = new DotnetProjectExtractor();

    private List<Evidence> extract(String path, String xml) throws ExtractionException {
        return extractor.extract(SourceFile.of(path, xml));
    }

    @Test
    void acceptsProjectFilesByName() {
        assertThat(extractor.accepts("src/App/App.csproj")).isTrue();
        assertThat(extractor.accepts("Lib.fsproj")).isTrue();
        assertThat(extractor.accepts("vb/Old.vbproj")).isTrue();
        assertThat(extractor.accepts("Directory.Packages.props")).isTrue();
        assertThat(extractor.accepts("src/Directory.Build.props")).isTrue();
        assertThat(extractor.accepts("Web/packages.config")).isTrue();
        assertThat(extractor.accepts("App.csproj.user")).isFalse();
        assertThat(extractor.accepts("Directory.Build.targets")).isFalse();
        assertThat(extractor.accepts("nuget.config")).isFalse();
        assertThat(extractor.accepts("App.sln")).isFalse();
        assertThat(extractor.accepts("packages.lock.json")).isFalse();
    }

    @Test
    void utf16AndDeclaredEncodingsAreRead() throws ExtractionException {
        // Visual Studio wrote old-style projects as UTF-16 with a byte-order mark; others declare windows-1252.
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<Project>\r\n  <ItemGroup>"
                + "<PackageReference Include=\"Dapper\" Version=\"2.1.35\" /></ItemGroup>\r\n</Project>";
        assertThat(extractor.extract(new SourceFile("Old.csproj", xml.getBytes(StandardCharsets.UTF_16))))
                .extracting(e -> e.location() + " " + e.value()).containsExactly("Old.csproj:3:14 Dapper 2.1.35");
        assertThat(extractor.extract(new SourceFile("Old.csproj", xml.getBytes(StandardCharsets.UTF_16LE))))
                .extracting(e -> e.location() + " " + e.value()).containsExactly("Old.csproj:3:14 Dapper 2.1.35");

        String latin = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<packages>"
                + "<package id=\"Caf\u00e9.Core\" version=\"1.0.0\" /></packages>";
        assertThat(extractor.extract(new SourceFile("packages.config", latin.getBytes(StandardCharsets.ISO_8859_1))))
                .extracting(Evidence::name).containsExactly("Caf\u00e9.Core");
    }

    @Test
    void refusesDoctypeAndEntities() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Project><ItemGroup><PackageReference Include="&x;" Version="1" /></ItemGroup></Project>
                """;
        Throwable thrown = catchThrowable(() -> extract("App.csproj", xxe));
        assertThat(thrown).isInstanceOf(ExtractionException.class);
        assertThat(((ExtractionException) thrown).line()).isEqualTo(2);
    }

    @Test
    void refusesBillionLaughs() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <packages><package id="&lol2;" version="1.0" /></packages>
                """;
        assertThat(catchThrowable(() -> extract("packages.config", laughs)))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "<Project>" + "<Choose>".repeat(5000) + "</Choose>".repeat(5000) + "</Project>";
        Throwable thrown = catchThrowable(() -> extract("App.csproj", deep));
        assertThat(thrown).isInstanceOf(ExtractionException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void binaryGarbageIsAnExtractionError() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertThat(catchThrowable(() -> extractor.extract(new SourceFile("App.csproj", garbage))))
                .isInstanceOf(ExtractionException.class);
    }

    @Test
    void aMonikerWithAnAbsurdVersionIsNoRuntimeAndTheRestOfTheFileStillCounts() throws ExtractionException {
        // found by fuzzing: the major version overflowed Integer.parseInt and ended the whole scan
        List<Evidence> evidence = extract("App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net5000000000000000000000000000000000000000.0;net8.0</TargetFrameworks>
                  </PropertyGroup>
                  <ItemGroup><PackageReference Include="Dapper" Version="2.1.35" /></ItemGroup>
                </Project>
                """);
        assertThat(evidence).extracting(Evidence::value).containsExactly("net8.0", "Dapper 2.1.35");
    }

    @Test
    void selfReferencingPropertiesStayAsWritten() throws ExtractionException {
        List<Evidence> evidence = extract("App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <A>$(B)$(B)</A>
                    <B>$(A)$(A)</B>
                    <Plain>1.0.$(Build)</Plain>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Loop" Version="$(A)" />
                    <PackageReference Include="Open" Version="$(Plain)" />
                  </ItemGroup>
                </Project>
                """);
        assertThat(evidence).extracting(Evidence::name).containsExactly("Loop", "Open");
        assertThat(evidence.get(0).version()).contains("$(");
        assertThat(evidence.get(1).version()).isEqualTo("1.0.$(Build)");
    }

    @Test
    void valueIsIdAndVersionAndRuntimeValueIsTheMoniker() throws ExtractionException {
        List<Evidence> evidence = extract("App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net8.0-android</TargetFramework></PropertyGroup>
                  <ItemGroup><PackageReference Include="Dapper" Version="2.1.35" /></ItemGroup>
                </Project>
                """);
        assertThat(evidence).extracting(Evidence::value).containsExactly("net8.0-android", "Dapper 2.1.35");
        assertThat(evidence.get(0).kind()).isEqualTo(EvidenceKind.RUNTIME);
        assertThat(evidence.get(0).version()).isEqualTo("8.0");
        assertThat(evidence).extracting(Evidence::via).containsOnly(List.of());
    }

    @Test
    void centralFileIsFoundUpTheFoldersButNeverAboveTheRoot() throws ExtractionException {
        Map<String, String> tree = Map.of("Directory.Packages.props", """
                <Project><ItemGroup><PackageVersion Include="Serilog" Version="3.1.1" /></ItemGroup></Project>
                """);
        SourceFile project = new SourceFile("a/b/c/App.csproj", """
                <Project><ItemGroup><PackageReference Include="Serilog" /></ItemGroup></Project>
                """.getBytes(StandardCharsets.UTF_8),
                path -> Optional.ofNullable(tree.get(path)).map(s -> s.getBytes(StandardCharsets.UTF_8)));
        assertThat(extractor.extract(project)).extracting(Evidence::version).containsExactly("3.1.1");

        SourceFile atRoot = new SourceFile("App.csproj", """
                <Project><ItemGroup><PackageReference Include="Serilog" /></ItemGroup></Project>
                """.getBytes(StandardCharsets.UTF_8), path -> Optional.empty());
        assertThat(extractor.extract(atRoot)).extracting(Evidence::version).containsOnlyNulls();
    }

    @Test
    void otherRootElementsDeclareNothing() throws ExtractionException {
        assertThat(extract("packages.config", "<configuration><package id=\"x\" version=\"1\"/></configuration>"))
                .isEmpty();
        assertThat(extract("App.csproj", "<VisualStudioProject><PackageReference Include=\"x\"/></VisualStudioProject>"))
                .isEmpty();
    }
}
