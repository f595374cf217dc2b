package io.stacklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository with every kind of hostile file next to a few good ones, made read-only: the scan reports the good
 * files, lists each hostile one as not read, prints no stack trace, leaks nothing from outside the tree and
 * changes not one byte, name or link of the tree.
 */
class HostileRepositoryTest {

    @Test
    void a_hostile_read_only_repository_is_scanned_and_left_exactly_as_it_was(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("web"));
        Files.writeString(repo.resolve("docker-compose.yml"), "services:\n  db:\n    image: mysql:8.0\n");
        Files.writeString(repo.resolve("web/package.json"),
                "{\n  \"name\": \"web\",\n  \"dependencies\": {\n    \"express\": \"^4.18.2\"\n  }\n}\n");
        Files.writeString(repo.resolve("pom.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE project [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <project><groupId>&secret;</groupId><artifactId>x</artifactId><version>1</version></project>
                """);
        Files.writeString(repo.resolve(".gitlab-ci.yml"), """
                a: &a [x, x, x, x, x, x, x, x, x]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                image: mysql:5.7
                """);
        Files.writeString(repo.resolve("Gemfile"), "gem 'rails'\n" + "#".repeat(5 * 1024 * 1024) + "\n");
        Files.write(repo.resolve("requirements.txt"), "caf\u00e9==1.0\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(repo.resolve("composer.json"), "[".repeat(100_000));
        Files.createSymbolicLink(repo.resolve("Dockerfile"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(repo.resolve("loop"), Path.of("."));
        // 1,900 folders deep: a walk that recursed without bound ran out of stack (StackOverflowError)
        Path deep = Files.createDirectories(repo.resolve("d/".repeat(1900)));
        Files.writeString(deep.resolve("package.json"), "{\"dependencies\": {\"mongoose\": \"^8.0.0\"}}\n");
        Map<String, String> before = snapshot(repo);
        makeReadOnly(repo);

        Path json = dir.resolve("out/report.json");
        CliRun run = CliRun.of("check", "--format", "text", "--format", "json:" + json, repo.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("MySQL", "docker-compose.yml:3:12", "Files not read", "pom.xml",
                ".gitlab-ci.yml", "Gemfile", "requirements.txt", "composer.json",
                "skipped: folders nested more than 128 deep").doesNotContain("Mongoose");
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "root:x:0:0");
        assertThat(Files.readString(json)).doesNotContain("root:x:0:0").contains("\"diagnostics\"");
        makeWritable(repo);
        assertThat(snapshot(repo)).as("the tree after the scan").isEqualTo(before);
    }

    /** Every entry of the tree, links not followed: a file's SHA-256, a link's target, a folder's name. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String key = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    entries.put(key, "link " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(key, "folder");
                } else {
                    entries.put(key, sha256(Files.readAllBytes(path)));
                }
            }
        }
        return entries;
    }

    /** Permissions, as a reader that respects them would see (root ignores them: the snapshot is the real test). */
    private static void makeReadOnly(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
    }

    private static void makeWritable(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !Files.isSymbolicLink(p)).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
