package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.stacklint.model.Evidence;
import io.stacklint.model.Scope;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MavenPomExtractorTest {

    private final MavenPomExtractor extractor = new MavenPomExtractor();

    private List<Evidence> extract(String xml) throws ExtractionException {
        return extractor.extract(SourceFile.of("pom.xml", xml));
    }

    private static String pom(String body) {
        return "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>g</groupId>\n  <artifactId>a</artifactId>\n"
                + "  <version>1.0</version>\n" + body + "</project>\n";
    }

    @Test
    void acceptsOnlyFilesNamedPomXml() {
        assertThat(extractor.accepts("pom.xml")).isTrue();
        assertThat(extractor.accepts("services/orders/pom.xml")).isTrue();
        assertThat(extractor.accepts("mypom.xml")).isFalse();
        assertThat(extractor.accepts("dir/effective-pom.xml")).isFalse();
        assertThat(extractor.accepts("pom.xml.bak")).isFalse();
        assertThat(extractor.accepts("project.xml")).isFalse();
    }

    @Test
    void valueIsTheCoordinateWithVersionWhenKnown() throws ExtractionException {
        List<Evidence> evidence = extract(pom("""
                  <dependencies>
                    <dependency><groupId>com.mysql</groupId><artifactId>mysql-connector-j</artifactId>\
                <version>8.4.0</version></dependency>
                    <dependency><groupId>org.mariadb.jdbc</groupId><artifactId>mariadb-java-client</artifactId>\
                </dependency>
                  </dependencies>
                """));
        assertThat(evidence).extracting(Evidence::value)
                .containsExactly("com.mysql:mysql-connector-j:8.4.0", "org.mariadb.jdbc:mariadb-java-client");
        assertThat(evidence).extracting(Evidence::via).containsOnly(List.of());
    }

    @Test
    void theJavaVersionComesFromTheCompilerReleaseOrTheUsualProperties() throws ExtractionException {
        List<Evidence> fromProperty = extract(pom("""
                  <properties>
                    <jdk>17</jdk>
                    <java.version>${jdk}</java.version>
                  </properties>
                """));
        assertThat(fromProperty).singleElement().satisfies(evidence -> {
            assertThat(evidence.kind()).isEqualTo(io.stacklint.model.EvidenceKind.RUNTIME);
            assertThat(evidence.name()).isEqualTo("java");
            assertThat(evidence.version()).isEqualTo("17");
        });
        List<Evidence> fromPlugin = extract(pom("""
                  <properties><maven.compiler.source>1.8</maven.compiler.source></properties>
                  <build><plugins><plugin>
                    <artifactId>maven-compiler-plugin</artifactId>
                    <configuration><release>21</release></configuration>
                  </plugin></plugins></build>
                """));
        assertThat(fromPlugin).filteredOn(evidence -> evidence.name().equals("java"))
                .extracting(Evidence::version).containsExactly("21");
        assertThat(extract(pom("<properties><java.version>${env.JDK}</java.version></properties>"))).isEmpty();
    }

    @Test
    void profileDeclarationsNameTheirProfile() throws ExtractionException {
        List<Evidence> evidence = extract(pom("""
                  <profiles>
                    <profile>
                      <id>postgres</id>
                      <activation><activeByDefault>true</activeByDefault></activation>
                      <dependencies>
                        <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>\
                <version>42.7.3</version></dependency>
                      </dependencies>
                    </profile>
                    <profile>
                      <id>oracle</id>
                      <dependencies>
                        <dependency><groupId>com.oracle.database.jdbc</groupId><artifactId>ojdbc11</artifactId>\
                </dependency>
                      </dependencies>
                    </profile>
                  </profiles>
                """));
        assertThat(evidence).extracting(Evidence::value).containsExactly(
                "org.postgresql:postgresql:42.7.3 (profile postgres, active by default)",
                "com.oracle.database.jdbc:ojdbc11 (profile oracle)");
    }

    @Test
    void startTagSpanningLinesIsLocatedAtItsAngleBracket() throws ExtractionException {
        List<Evidence> evidence = extract(pom("""
                \t<dependencies>
                \t\t<!-- é --><dependency
                \t\t    combine.self="override" note="a>b"
                \t\t>
                \t\t\t<groupId>org.h2</groupId><artifactId>h2</artifactId>
                \t\t</dependency>
                \t</dependencies>
                """));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.location().line()).isEqualTo(8);
            assertThat(e.location().column()).isEqualTo(13);
        });
    }

    @Test
    void columnsCountCharactersInTheDeclaredEncoding() throws ExtractionException {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\r\n<project><name>Société</name><dependencies>"
                + "<dependency><groupId>x</groupId><artifactId>y</artifactId></dependency></dependencies></project>";
        List<Evidence> latin = extractor.extract(new SourceFile("pom.xml", xml.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin).singleElement().satisfies(e -> assertThat(e.location().toString()).isEqualTo("pom.xml:2:44"));

        String utf8 = xml.replace("ISO-8859-1", "UTF-8");
        List<Evidence> unicode = extractor.extract(new SourceFile("pom.xml", utf8.getBytes(StandardCharsets.UTF_8)));
        assertThat(unicode).singleElement().satisfies(e -> assertThat(e.location().toString()).isEqualTo("pom.xml:2:44"));
    }

    @Test
    void byteOrderMarkAndUtf16AreRead() throws ExtractionException {
        String xml = "<project>\n  <dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId>"
                + "</dependency></dependencies></project>";
        byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(extractor.extract(new SourceFile("pom.xml", withBom))).singleElement()
                .satisfies(e -> assertThat(e.location().toString()).isEqualTo("pom.xml:2:17"));
        assertThat(extractor.extract(new SourceFile("pom.xml", xml.getBytes(StandardCharsets.UTF_16)))).singleElement()
                .satisfies(e -> assertThat(e.location().toString()).isEqualTo("pom.xml:2:17"));
    }

    @Test
    void pluginDependenciesAreBuildAndNotManagedByTheProject() throws ExtractionException {
        List<Evidence> evidence = extract(pom("""
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>\
                <version>42.7.3</version></dependency>
                  </dependencies></dependencyManagement>
                  <build><plugins><plugin>
                    <groupId>org.jooq</groupId><artifactId>jooq-codegen-maven</artifactId>
                    <dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>\
                </dependency></dependencies>
                  </plugin></plugins></build>
                """));
        assertThat(evidence).extracting(Evidence::name, Evidence::version, Evidence::scope).containsExactly(
                org.assertj.core.groups.Tuple.tuple("org.jooq:jooq-codegen-maven", null, Scope.BUILD),
                org.assertj.core.groups.Tuple.tuple("org.postgresql:postgresql", null, Scope.BUILD));
    }

    @Test
    void scopesMapToStacklintScopes() throws ExtractionException {
        StringBuilder body = new StringBuilder("<dependencies>\n");
        for (String scope : List.of("compile", "runtime", "provided", "system", "test", "TEST", "import", "")) {
            body.append("<dependency><groupId>g</groupId><artifactId>").append(scope.isEmpty() ? "none" : scope)
                    .append("</artifactId><scope>").append(scope).append("</scope></dependency>\n");
        }
        List<Evidence> evidence = extract(pom(body.append("</dependencies>\n").toString()));
        assertThat(evidence).extracting(Evidence::scope).containsExactly(Scope.RUNTIME, Scope.RUNTIME,
                Scope.PROVIDED, Scope.PROVIDED, Scope.TEST, Scope.TEST, Scope.RUNTIME, Scope.RUNTIME);
    }

    @Test
    void dependencyWithoutCoordinatesIsNotEvidence() throws ExtractionException {
        assertThat(extract(pom("""
                  <dependencies>
                    <dependency><id>junit</id><version>3.8.1</version></dependency>
                    <dependency><groupId>mysql</groupId></dependency>
                    <dependency><groupId> </groupId><artifactId>x</artifactId></dependency>
                  </dependencies>
                """))).isEmpty();
    }

    @Test
    void onlyProjectDocumentsCount() throws ExtractionException {
        assertThat(extract("<settings><dependencies><dependency><groupId>mysql</groupId>"
                + "<artifactId>mysql-connector-java</artifactId></dependency></dependencies></settings>")).isEmpty();
        assertThat(extract(" \n\t\r\n")).isEmpty();
        assertThat(extract("<project/>")).isEmpty();
    }

    @Test
    void selfDoublingPropertiesStayAsWritten() throws ExtractionException {
        StringBuilder properties = new StringBuilder("<properties><p0>lol</p0>");
        for (int i = 1; i <= 40; i++) {
            properties.append("<p").append(i).append(">${p").append(i - 1).append("}${p").append(i - 1)
                    .append("}</p").append(i).append(">");
        }
        properties.append("</properties>\n<dependencies><dependency><groupId>g</groupId><artifactId>x</artifactId>"
                + "<version>${p40}</version></dependency></dependencies>\n");
        assertThat(extract(pom(properties.toString()))).singleElement()
                .satisfies(e -> assertThat(e.version()).isEqualTo("${p40}"));
    }

    @Test
    void externalEntityIsRefusedAndNeverRead() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <project>
                  <dependencies><dependency><groupId>&xxe;</groupId><artifactId>a</artifactId></dependency></dependencies>
                </project>
                """;
        Throwable thrown = catchThrowable(() -> extract(xxe));
        assertThat(thrown).isInstanceOf(ExtractionException.class);
        assertThat(thrown.getMessage()).doesNotContain("root:");
        assertThat(((ExtractionException) thrown).line()).isEqualTo(2);
    }

    @Test
    void externalDtdIsRefused() {
        String dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE project SYSTEM \"file:///etc/passwd\">\n<project/>";
        assertThatThrownBy(() -> extract(dtd)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("DOCTYPE");
        String parameterEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY % p SYSTEM "
                + "\"http://127.0.0.1:9/evil.dtd\"> %p;]>\n<project/>";
        assertThatThrownBy(() -> extract(parameterEntity)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE project [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        doc.append("]>\n<project><name>&l9;</name></project>");
        assertThatThrownBy(() -> extract(doc.toString())).isInstanceOf(ExtractionException.class);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<project>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</project>";
        assertThatThrownBy(() -> extract(deep)).isInstanceOf(ExtractionException.class)
                .hasMessageContaining("nested");
    }

    @Test
    void malformedXmlReportsTheParsersPosition() {
        String broken = pom("  <dependencies>\n    <dependency>\n      <groupId>x</groupId>\n  </dependencies>\n");
        assertThatThrownBy(() -> extract(broken)).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.getMessage()).startsWith("invalid XML: ").doesNotContain("ParseError");
        });
        assertThatThrownBy(() -> extract("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><project/>"))
                .isInstanceOf(ExtractionException.class);
        assertThatThrownBy(() -> extract("<project><dependencies>")).isInstanceOf(ExtractionException.class);
    }

    @Test
    void bytesThatDoNotMatchTheEncodingAreReportedWithTheirLine() {
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <name>Soci".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "t\u00e9</name>\n</project>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        assertThatThrownBy(() -> extractor.extract(new SourceFile("pom.xml", bytes)))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("not valid UTF-8 text");
                });
        assertThatThrownBy(() -> extract("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>\n<project/>"))
                .isInstanceOf(ExtractionException.class).hasMessage("unsupported encoding: x-no-such-charset");
    }

    @Test
    void windows1252DeclarationIsHonoured() throws ExtractionException {
        String xml = "<?xml version='1.0' encoding='windows-1252'?>\n<project><name>\u201cLedger\u201d</name>"
                + "<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId></dependency>"
                + "</dependencies></project>";
        List<Evidence> evidence = extractor.extract(new SourceFile("pom.xml", xml.getBytes(Charset.forName("windows-1252"))));
        assertThat(evidence).singleElement().satisfies(e -> assertThat(e.location().toString()).isEqualTo("pom.xml:2:45"));
    }

    @Test
    void binaryGarbageNeverEscapesAsRuntimeException() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(400) + 1];
            random.nextBytes(bytes);
            if (round % 2 == 0) {
                byte[] prefix = "<?xml version=\"1.0\"?><project><dependencies>".getBytes(StandardCharsets.UTF_8);
                System.arraycopy(prefix, 0, bytes, 0, Math.min(prefix.length, bytes.length));
            }
            Throwable thrown = catchThrowable(() -> extractor.extract(new SourceFile("pom.xml", bytes)));
            assertThat(thrown).as("round %d", round).satisfiesAnyOf(
                    t -> assertThat(t).isNull(),
                    t -> assertThat(t).isInstanceOf(ExtractionException.class));
        }
    }
}
