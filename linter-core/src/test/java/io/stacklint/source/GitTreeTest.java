package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeTest {

    @TempDir
    Path temp;

    @Test
    void reads_an_old_revision_without_touching_the_working_folder() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("shop"))) {
            repo.write("docker-compose.yml", "services:\n  db:\n    image: mysql:5.7\n");
            repo.commit("mysql", "Ada Lovelace", "2021-03-01T10:00:00Z");
            repo.tag("v1");
            repo.write("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
            repo.commit("postgres", "Ada Lovelace", "2022-03-01T10:00:00Z");
            repo.write("docker-compose.yml", "uncommitted\n");

            try (GitTree tree = GitTree.open(repo.folder(), "v1", PathFilter.DEFAULT)) {
                assertThat(new String(tree.read("docker-compose.yml"), StandardCharsets.UTF_8))
                        .contains("mysql:5.7");
                assertThat(tree.revision()).contains("v1");
            }
            assertThat(Files.readString(repo.folder().resolve("docker-compose.yml"))).isEqualTo("uncommitted\n");
        }
    }

    @Test
    void walks_like_the_folder_with_the_revisions_own_gitignore() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("app"))) {
            repo.write("pom.xml", "<project/>\n")
                    .write("target/classes/pom.xml", "<project/>\n")
                    .write("node_modules/left-pad/package.json", "{}\n")
                    .write("generated/compose.yml", "services: {}\n")
                    .write("web/package.json", "{}\n")
                    .write("build/package/Dockerfile", "FROM alpine\n");
            repo.commit("first", "Ada Lovelace", "2021-03-01T10:00:00Z");
            // committed before it was ignored: git keeps it in the tree, and so the walk must skip it
            repo.write(".gitignore", "generated/\n");
            repo.commit("second", "Ada Lovelace", "2021-03-02T10:00:00Z");

            try (GitTree tree = GitTree.open(repo.folder(), "HEAD", PathFilter.DEFAULT);
                    FileSystemTree folder = FileSystemTree.open(repo.folder())) {
                assertThat(walk(tree)).containsExactly(".gitignore", "pom.xml", "build/package/Dockerfile",
                        "web/package.json");
                assertThat(walk(tree)).isEqualTo(walk(folder));
                // a walk reduced to some paths visits exactly those the whole walk visits
                Seen only = new Seen();
                tree.walk(only, java.util.Set.of("target/classes/pom.xml", "node_modules/left-pad/package.json",
                        "generated/compose.yml", "web/package.json", "build/package/Dockerfile", "web/absent.txt"));
                assertThat(only.paths).containsExactly("build/package/Dockerfile", "web/package.json");
            }
        }
    }

    @Test
    void skips_folders_nested_deeper_than_the_limit_as_the_folder_walk_does() throws Exception {
        String limit = "n/".repeat(IgnoreRules.MAX_FOLDER_DEPTH);
        try (TestRepository repo = TestRepository.init(temp.resolve("deep"))) {
            repo.write(limit + "pom.xml", "<project/>\n").write(limit + "n/pom.xml", "<project/>\n");
            repo.commit("deep", "Ada Lovelace", "2021-03-01T10:00:00Z");

            try (GitTree tree = GitTree.open(repo.folder(), "HEAD", PathFilter.DEFAULT);
                    FileSystemTree folder = FileSystemTree.open(repo.folder())) {
                Seen seen = new Seen();
                tree.walk(seen);
                assertThat(seen.paths).containsExactly(limit + "pom.xml", "skipped " + limit + "n");
                assertThat(seen.reasons).containsExactly(IgnoreRules.TOO_DEEP);
                assertThat(walk(tree)).isEqualTo(walk(folder));
            }
        }
    }

    @Test
    void reads_a_bare_repository_and_never_follows_symbolic_links() throws Exception {
        Path bare;
        try (TestRepository repo = TestRepository.init(temp.resolve("work"))) {
            repo.write("package.json", "{\"dependencies\": {\"express\": \"4\"}}\n");
            Files.createSymbolicLink(repo.folder().resolve("link.json"), Path.of("package.json"));
            repo.commit("first", "Ada Lovelace", "2021-03-01T10:00:00Z");
            bare = repo.bareClone(temp.resolve("bare.git"));
        }
        try (GitTree tree = GitTree.open(bare, "main", PathFilter.DEFAULT)) {
            assertThat(walk(tree)).containsExactly("package.json");
            assertThatThrownBy(() -> tree.read("link.json")).isInstanceOf(IOException.class)
                    .hasMessageContaining("symbolic link");
            assertThat(tree.blobId("package.json")).isPresent();
            assertThat(tree.blobId("missing.json")).isEmpty();
        }
    }

    @Test
    void an_unknown_revision_is_named() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("app"))) {
            repo.write("pom.xml", "<project/>\n").commit("first", "Ada Lovelace", "2021-03-01T10:00:00Z");
            assertThatThrownBy(() -> GitTree.open(repo.folder(), "v9", PathFilter.DEFAULT))
                    .isInstanceOf(IOException.class).hasMessageContaining("unknown revision 'v9'");
        }
        assertThatThrownBy(() -> GitTree.open(temp, "HEAD", PathFilter.DEFAULT))
                .isInstanceOf(IOException.class).hasMessageContaining("not a git repository");
    }

    @Test
    void a_missing_blob_is_a_skipped_file() throws Exception {
        try (TestRepository repo = TestRepository.init(temp.resolve("app"))) {
            repo.write("pom.xml", "<project/>\n").write("package.json", "{}\n");
            repo.commit("first", "Ada Lovelace", "2021-03-01T10:00:00Z");
            String id;
            try (GitTree tree = GitTree.open(repo.folder(), "HEAD", PathFilter.DEFAULT)) {
                id = tree.blobId("package.json").orElseThrow();
            }
            Files.delete(repo.folder().resolve(".git/objects/" + id.substring(0, 2) + "/" + id.substring(2)));
            try (GitTree tree = GitTree.open(repo.folder(), "HEAD", PathFilter.DEFAULT)) {
                Seen seen = new Seen();
                tree.walk(seen);
                assertThat(seen.paths).containsExactly("package.json", "pom.xml");
                assertThat(seen.reasons).isEmpty();
                assertThatThrownBy(() -> tree.read("package.json"))
                        .hasMessage("missing from the repository (shallow or partial clone)");
            }
        }
    }

    static List<String> walk(ProjectTree tree) throws IOException {
        Seen seen = new Seen();
        tree.walk(seen);
        return seen.paths;
    }

    /** What a walk visits in order ("skipped PATH" for a skipped one), and the reasons of the skips. */
    static final class Seen implements ProjectTree.Visitor {
        final List<String> paths = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        @Override
        public void file(TreeFile file) {
            paths.add(file.path());
        }

        @Override
        public void skipped(String path, String reason) {
            paths.add("skipped " + path);
            reasons.add(reason);
        }
    }
}
