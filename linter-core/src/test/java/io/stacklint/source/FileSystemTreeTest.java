package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemTreeTest {

    @TempDir
    Path root;

    /** Records what a walk reports, in order. */
    private static final class Recorder implements ProjectTree.Visitor {
        final List<TreeFile> files = new ArrayList<>();
        final Map<String, String> skipped = new LinkedHashMap<>();

        @Override
        public void file(TreeFile file) {
            files.add(file);
        }

        @Override
        public void skipped(String path, String reason) {
            skipped.put(path, reason);
        }

        List<String> paths() {
            return files.stream().map(TreeFile::path).toList();
        }
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private Path touch(String relative) throws IOException {
        return write(relative, "x");
    }

    private Recorder walk() throws IOException {
        return walk(root);
    }

    private static Recorder walk(Path folder) throws IOException {
        Recorder recorder = new Recorder();
        try (FileSystemTree tree = FileSystemTree.open(folder)) {
            tree.walk(recorder);
        }
        return recorder;
    }

    // --- order and paths ---------------------------------------------------------------------------------------

    @Test
    void walksEveryFileOnceWithRelativeSlashSeparatedPaths() throws IOException {
        write("pom.xml", "<project/>");
        write("src/main/resources/application.yml", "spring: {}");
        write("deploy/docker-compose.yml", "services: {}");

        Recorder walked = walk();

        assertThat(walked.paths()).containsExactlyInAnyOrder(
                "pom.xml", "src/main/resources/application.yml", "deploy/docker-compose.yml");
        assertThat(walked.paths()).allSatisfy(path -> {
            assertThat(path).doesNotStartWith("/").doesNotContain("\\").doesNotContain("./");
            assertThat(Path.of(path).isAbsolute()).isFalse();
        });
        assertThat(walked.skipped).isEmpty();
    }

    @Test
    void reportsTheSizeOfEachFile() throws IOException {
        write("package.json", "{\"name\": \"app\"}");

        assertThat(walk().files).containsExactly(new TreeFile("package.json", 15));
    }

    @Test
    void walkOrderIsSortedAndDoesNotDependOnCreationOrder() throws IOException {
        for (String path : List.of("zeta.yml", "b/two.yml", "alpha.yml", "b/one.yml", "a/z.yml", "a/a.yml", "Z.yml")) {
            touch(path);
        }

        List<String> first = walk().paths();
        List<String> second = walk().paths();

        assertThat(second).isEqualTo(first);
        // files of one folder in name order, each folder's content together and folders in name order
        assertThat(first).containsSubsequence("Z.yml", "alpha.yml", "zeta.yml");
        assertThat(first).containsSubsequence("a/a.yml", "a/z.yml", "b/one.yml", "b/two.yml");
        assertThat(first).hasSize(7);
    }

    @Test
    void displayRootIsThePathAsTheUserNamedIt() throws IOException {
        try (FileSystemTree tree = FileSystemTree.open(root)) {
            assertThat(tree.displayRoot()).isEqualTo(root.toString());
            assertThat(tree.revision()).isEmpty();
        }
    }

    // --- folders never entered ---------------------------------------------------------------------------------

    @Test
    void neverEntersVersionControlDependencyOrVirtualenvFolders() throws IOException {
        touch("package.json");
        touch(".git/config");
        touch("node_modules/express/package.json");
        touch("web/node_modules/mysql/package.json");
        touch("vendor/bundle/Gemfile");
        touch(".venv/lib/requirements.txt");
        touch("venv/requirements.txt");
        touch("tools/python-env/pyvenv.cfg");
        touch("tools/python-env/lib/site-packages/requirements.txt");
        touch("tools/setup.py");

        assertThat(walk().paths()).containsExactlyInAnyOrder("package.json", "tools/setup.py");
    }

    @Test
    void skipsTargetBesideAPomButWalksATargetFolderThatIsSource() throws IOException {
        touch("pom.xml");
        touch("target/classes/application.yml");
        touch("service/pom.xml");
        touch("service/target/docker/Dockerfile");
        touch("deploy/target/docker-compose.yml"); // no pom.xml beside it: a folder that happens to be called target

        assertThat(walk().paths()).containsExactlyInAnyOrder(
                "pom.xml", "service/pom.xml", "deploy/target/docker-compose.yml");
    }

    @Test
    void walksAGoProjectsBuildFolder() throws IOException {
        touch("go.mod");
        touch("build/package/Dockerfile");
        touch("build/ci/.travis.yml");

        assertThat(walk().paths()).containsExactlyInAnyOrder(
                "go.mod", "build/package/Dockerfile", "build/ci/.travis.yml");
    }

    @Test
    void skipsBuildBesideAGradleBuild() throws IOException {
        touch("build.gradle");
        touch("build/resources/main/application.yml");
        touch("app/build.gradle.kts");
        touch("app/build/tmp/Dockerfile");

        assertThat(walk().paths()).containsExactlyInAnyOrder("build.gradle", "app/build.gradle.kts");
    }

    @Test
    void skipsDistBesideAPackageJson() throws IOException {
        touch("package.json");
        touch("dist/package.json");
        touch("dist/assets/index.js");

        assertThat(walk().paths()).containsExactly("package.json");
    }

    @Test
    void skipsDepsAndBuildBesideAMixProject() throws IOException {
        touch("mix.exs");
        touch("deps/ecto/mix.exs");
        touch("_build/dev/lib/app/ebin/app.app");
        touch("config/config.exs");

        assertThat(walk().paths()).containsExactlyInAnyOrder("mix.exs", "config/config.exs");
    }

    @Test
    void keepsDepsAndDistWhereTheyAreNotOutputs() throws IOException {
        touch("go.mod");
        touch("deps/docker-compose.yml");
        touch("dist/Dockerfile");

        assertThat(walk().paths()).containsExactlyInAnyOrder("go.mod", "deps/docker-compose.yml", "dist/Dockerfile");
    }

    // --- .gitignore --------------------------------------------------------------------------------------------

    @Test
    void honoursTheRootGitignoreWithNegationAndFolderPatterns() throws IOException {
        write(".gitignore", "*.yml\n!keep.yml\nlogs/\n");
        touch("drop.yml");
        touch("keep.yml");
        touch("config/keep.yml");
        touch("config/other.yml");
        touch("logs/compose.json");
        touch("services/api/logs/Dockerfile");
        touch("docs/logs"); // a file called logs: "logs/" only matches folders
        touch("Dockerfile");

        assertThat(walk().paths()).containsExactlyInAnyOrder(
                ".gitignore", "keep.yml", "config/keep.yml", "docs/logs", "Dockerfile");
    }

    @Test
    void honoursNestedGitignoresRelativeToTheirFolder() throws IOException {
        write(".gitignore", "*.tmp\n");
        write("services/.gitignore", "/local.yml\n!important.tmp\n");
        touch("a.tmp");
        touch("local.yml");
        touch("services/local.yml");
        touch("services/api/local.yml"); // anchored to services/, so not this one
        touch("services/important.tmp");
        touch("services/other.tmp");

        assertThat(walk().paths()).containsExactlyInAnyOrder(
                ".gitignore", "local.yml", "services/.gitignore", "services/api/local.yml",
                "services/important.tmp");
    }

    @Test
    void aNestedGitignoreDoesNotAffectSiblingFolders() throws IOException {
        write("a/.gitignore", "compose.yml\n");
        touch("a/compose.yml");
        touch("b/compose.yml");

        assertThat(walk().paths()).containsExactlyInAnyOrder("a/.gitignore", "b/compose.yml");
    }

    // --- symbolic links ----------------------------------------------------------------------------------------

    @Test
    void aLinkToAFileInsideTheTreeIsWalkedAndReadable() throws IOException {
        write("compose/base.yml", "services:\n  db:\n    image: mysql\n");
        Files.createSymbolicLink(root.resolve("docker-compose.yml"), Path.of("compose/base.yml"));

        try (FileSystemTree tree = FileSystemTree.open(root)) {
            Recorder walked = new Recorder();
            tree.walk(walked);

            assertThat(walked.paths()).containsExactlyInAnyOrder("compose/base.yml", "docker-compose.yml");
            assertThat(new String(tree.read("docker-compose.yml"), StandardCharsets.UTF_8))
                    .isEqualTo("services:\n  db:\n    image: mysql\n");
        }
    }

    @Test
    void aLinkToAFileOutsideTheTreeIsWalkedButNeverRead(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(root.resolve("package.json"), secret);

        try (FileSystemTree tree = FileSystemTree.open(root)) {
            Recorder walked = new Recorder();
            tree.walk(walked);

            assertThat(walked.paths()).containsExactly("package.json");
            assertThatThrownBy(() -> tree.read("package.json"))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("outside");
        }
    }

    @Test
    void aPathClimbingOutOfTheRootIsNeverRead(@TempDir Path elsewhere) throws IOException {
        Path scanned = Files.createDirectories(elsewhere.resolve("repo"));
        Files.writeString(elsewhere.resolve("secret.yml"), "token: 42");

        try (FileSystemTree tree = FileSystemTree.open(scanned)) {
            assertThatThrownBy(() -> tree.read("../secret.yml"))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("outside");
        }
    }

    @Test
    void foldersNestedDeeperThanTheLimitAreSkippedWithAReason() throws IOException {
        String limit = "n/".repeat(IgnoreRules.MAX_FOLDER_DEPTH);
        touch(limit + "pom.xml");
        touch(limit + "n/pom.xml");

        Recorder walked = walk();

        assertThat(walked.paths()).containsExactly(limit + "pom.xml");
        assertThat(walked.skipped).containsExactly(Map.entry(limit + "n", IgnoreRules.TOO_DEEP));
    }

    @Test
    void linksToFoldersAreNeverEnteredSoLoopsEnd(@TempDir Path elsewhere) throws IOException {
        touch("app/pom.xml");
        Files.createDirectories(elsewhere.resolve("lib"));
        Files.writeString(elsewhere.resolve("lib/package.json"), "{}");
        Files.createSymbolicLink(root.resolve("self"), root);
        Files.createSymbolicLink(root.resolve("app/parent"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("shared"), elsewhere.resolve("lib"));
        Files.createSymbolicLink(root.resolve("dangling.yml"), root.resolve("missing.yml"));

        Recorder walked = walk();

        assertThat(walked.paths()).containsExactly("app/pom.xml");
        assertThat(walked.skipped).isEmpty();
    }

    // --- opening -----------------------------------------------------------------------------------------------

    @Test
    void openingAMissingFolderFailsWithNoSuchFile() {
        Path missing = root.resolve("does-not-exist");

        assertThatThrownBy(() -> FileSystemTree.open(missing))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("does-not-exist");
    }

    @Test
    void openingARegularFileFailsWithNoSuchFile() throws IOException {
        Path file = touch("pom.xml");

        assertThatThrownBy(() -> FileSystemTree.open(file))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("pom.xml")
                .hasMessageContaining("not a directory");
    }

    // --- unreadable content ------------------------------------------------------------------------------------

    @Test
    void anUnreadableFolderIsReportedAsSkippedAndTheWalkGoesOn() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can read every folder");
        touch("locked/pom.xml");
        touch("open/pom.xml");
        Path locked = root.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Recorder walked = walk();

            assertThat(walked.paths()).containsExactly("open/pom.xml");
            assertThat(walked.skipped).containsOnlyKeys("locked");
            assertThat(walked.skipped.get("locked")).contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    // --- fixtures and the user's path patterns -----------------------------------------------------------------

    @Test
    void otherProjectsTestFixturesAreSkippedByDefault() throws IOException {
        touch("pom.xml");
        touch("src/test/resources/fixtures/legacy-app/pom.xml");
        touch("internal/parser/testdata/go.mod");
        touch("web/__fixtures__/package.json");
        touch("web/__snapshots__/docker-compose.yml");

        assertThat(walk().paths()).containsExactly("pom.xml");
    }

    @Test
    void includedFoldersComeBackAndExcludedPathsGo() throws IOException {
        touch("pom.xml");
        touch("legacy/pom.xml");
        touch("deploy/docker-compose.yml");
        touch("deploy/docker-compose.local.yml");
        touch("test/fixtures/shop/docker-compose.yml");
        touch("test/fixtures/other/docker-compose.yml");
        touch("vendor/acme/platform/pom.xml");

        Recorder walked = new Recorder();
        PathFilter filter = new PathFilter(List.of("legacy/", "*.local.yml"),
                List.of("test/fixtures/shop/", "vendor/acme/**"));
        try (FileSystemTree tree = FileSystemTree.open(root, filter)) {
            tree.walk(walked);
        }

        assertThat(walked.paths()).containsExactlyInAnyOrder("pom.xml", "deploy/docker-compose.yml",
                "test/fixtures/shop/docker-compose.yml", "vendor/acme/platform/pom.xml");
    }
}
