package io.stacklint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Location;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void codePointIndicesBecomeCharOffsets() throws ExtractionException {
        // two emoji (two chars each) on line 1, one on line 2: code point 9 is the 'x' after it
        SourceFile file = SourceFile.of("a.yml", "\uD83D\uDE80\uD83D\uDE80 a\nb \uD83D\uDC33 x\n");
        assertThat(file.offsetOfCodePoint(0)).isEqualTo(0);
        assertThat(file.offsetOfCodePoint(1)).isEqualTo(2);
        assertThat(file.offsetOfCodePoint(3)).isEqualTo(5);
        assertThat(file.location(file.offsetOfCodePoint(9)).toString()).isEqualTo("a.yml:2:6");
        assertThat(SourceFile.of("b.yml", "plain\ntext").offsetOfCodePoint(7)).isEqualTo(7);
    }

    @Test
    void offsetsBecomeOneBasedLinesAndColumns() throws ExtractionException {
        String text = "services:\n  db:\n    image: mysql:5.7\n";
        SourceFile file = SourceFile.of("deploy/docker-compose.yml", text);

        assertThat(file.location(0)).isEqualTo(new Location("deploy/docker-compose.yml", 1, 1));
        assertThat(file.location(text.indexOf("db"))).isEqualTo(new Location("deploy/docker-compose.yml", 2, 3));
        assertThat(file.location(text.indexOf("mysql"))).isEqualTo(new Location("deploy/docker-compose.yml", 3, 12));
    }

    @Test
    void theFirstCharacterOfALineIsColumnOne() throws ExtractionException {
        String text = "a\nb\n\nd";
        SourceFile file = SourceFile.of("f", text);

        assertThat(file.location(2)).hasToString("f:2:1");
        assertThat(file.location(4)).hasToString("f:3:1");
        assertThat(file.location(5)).hasToString("f:4:1");
    }

    @Test
    void windowsLineEndingsCountAsOneLineBreak() throws ExtractionException {
        String text = "services:\r\n  db:\r\n    image: mysql:5.7\r\n";
        SourceFile file = SourceFile.of("compose.yml", text);

        assertThat(file.location(text.indexOf("db"))).hasToString("compose.yml:2:3");
        assertThat(file.location(text.indexOf("mysql"))).hasToString("compose.yml:3:12");
        assertThat(file.location(text.indexOf("\r\n  db"))).hasToString("compose.yml:1:10");
    }

    @Test
    void aByteOrderMarkIsNotText() throws ExtractionException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        SourceFile file = new SourceFile("package.json", concat(bom, utf8("{\"a\": 1}")));

        assertThat(file.text()).isEqualTo("{\"a\": 1}");
        assertThat(file.location(file.text().indexOf("\"a\""))).hasToString("package.json:1:2");
    }

    @Test
    void onlyALeadingByteOrderMarkIsRemoved() throws ExtractionException {
        SourceFile file = SourceFile.of("f", "a\uFEFFb");

        assertThat(file.text()).isEqualTo("a\uFEFFb");
    }

    @Test
    void columnsCountUtf16CodeUnits() throws ExtractionException {
        String text = "name: \"\uD83D\uDE80 caf\u00e9\" mysql";
        SourceFile file = SourceFile.of("f", text);

        assertThat(file.location(text.indexOf("mysql"))).hasToString("f:1:" + (text.indexOf("mysql") + 1));
    }

    @Test
    void invalidUtf8IsRefusedAtTheLineOfTheFirstBadByte() {
        byte[] bytes = concat(utf8("line one\nline two \u00e9\nline three "), new byte[] {(byte) 0xC3, 0x28},
                utf8("\nline four\n"));
        SourceFile file = new SourceFile("pom.xml", bytes);

        assertThatThrownBy(file::text)
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isGreaterThanOrEqualTo(1);
                })
                .hasMessageContaining("UTF-8");
    }

    @Test
    void aLatin1FileIsRefusedAtItsFirstLine() {
        byte[] latin1 = "caf\u00e9: true\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new SourceFile("a.yml", latin1).text())
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsRefused() {
        byte[] bytes = concat(utf8("a\nb\nc"), new byte[] {(byte) 0xE2, (byte) 0x82});

        assertThatThrownBy(() -> new SourceFile("f", bytes).location(0))
                .isInstanceOfSatisfying(ExtractionException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void namesAndBytesAreAsGiven() {
        byte[] bytes = utf8("x");
        SourceFile file = new SourceFile("services/api/package.json", bytes);

        assertThat(file.path()).isEqualTo("services/api/package.json");
        assertThat(file.name()).isEqualTo("package.json");
        assertThat(file.bytes()).isEqualTo(bytes);
        file.bytes()[0] = 'y';
        assertThat(file.bytes()).isEqualTo(utf8("x"));
    }

    @Test
    void neighboursResolveRelativeToTheFilesFolderAndNeverLeaveTheTree() {
        java.util.Map<String, String> tree = java.util.Map.of(
                "pom.xml", "<project/>", "app/.env", "TAG=7", "app/compose/base.yml", "services: {}");
        SourceFile file = new SourceFile("app/docker-compose.yml", utf8("services: {}"),
                path -> java.util.Optional.ofNullable(tree.get(path)).map(SourceFileTest::utf8));

        assertThat(file.resolve(".env")).map(SourceFile::path).contains("app/.env");
        assertThat(file.resolve("../pom.xml")).map(SourceFile::path).contains("pom.xml");
        assertThat(file.resolve("./compose/../compose/base.yml")).map(SourceFile::path)
                .contains("app/compose/base.yml");
        assertThat(file.resolve("missing.env")).isEmpty();
        assertThat(file.treePath("../../etc/passwd")).isEmpty();
        assertThat(file.treePath("/etc/passwd")).isEmpty();
        assertThat(file.treePath("C:/Windows/win.ini")).isEmpty();
        assertThat(SourceFile.of("pom.xml", "").resolve("../pom.xml")).isEmpty();
    }

    @Test
    void notesAreKeptInOrder() {
        SourceFile file = SourceFile.of("pom.xml", "<project/>");
        file.note(3, 5, "parent org.acme:parent:1 is not in the repository");
        file.note(0, 0, "second");

        assertThat(file.notes()).containsExactly(
                new SourceFile.Note(3, 5, "parent org.acme:parent:1 is not in the repository"),
                new SourceFile.Note(1, 1, "second"));
    }

    @Test
    void aFreshCopySharesTheTextButNotTheNotes() throws ExtractionException {
        SourceFile file = SourceFile.of("pom.xml", "<project>\n</project>\n");
        file.text();
        file.note(1, 1, "first reader's note");

        SourceFile next = file.fresh();

        assertThat(next.text()).isSameAs(file.text());
        assertThat(next.notes()).isEmpty();
        assertThat(next.location(10)).isEqualTo(file.location(10));
    }
}
