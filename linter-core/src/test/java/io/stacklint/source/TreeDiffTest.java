package io.stacklint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw tree diff of history audits gives exactly the files JGit's own tree walk finds, on trees shaped to catch
 * the mistakes a byte-level diff can make: names that sort differently as a file and as a folder ({@code a} beside
 * {@code a.b} and {@code a-b}), a file turned into a folder, modes, submodules, non-ASCII names.
 */
class TreeDiffTest {

    private static final String[] NAMES = {"a", "a.b", "a-b", "a0", "b", "pom.xml", "é", "A", "z"};
    private static final FileMode[] FILE_MODES = {FileMode.REGULAR_FILE, FileMode.EXECUTABLE_FILE,
            FileMode.SYMLINK, FileMode.GITLINK};

    @TempDir
    Path folder;
    private Repository repository;
    private ObjectInserter inserter;

    @BeforeEach
    void createRepository() throws IOException {
        repository = FileRepositoryBuilder.create(folder.resolve("repo.git").toFile());
        repository.create(true);
        inserter = repository.newObjectInserter();
    }

    @AfterEach
    void closeRepository() {
        inserter.close();
        repository.close();
    }

    @Test
    void findsWhatJGitsTreeWalkFindsOnRandomTrees() throws IOException {
        Random random = new Random(2026);
        for (int round = 0; round < 300; round++) {
            Map<String, Object> before = randomFolder(random, 0);
            Map<String, Object> after = mutate(random, before, 0);
            ObjectId from = write(before);
            ObjectId to = write(after);
            assertThat(changes(from, to)).as("round %d: %s -> %s", round, before, after)
                    .isEqualTo(oracle(from, to));
        }
    }

    @Test
    void aFileTurnedIntoAFolderIsADeletionAndAnAddition() throws IOException {
        ObjectId from = write(Map.of("a", blob("one"), "a.b", blob("two")));
        ObjectId to = write(Map.of("a", Map.of("pom.xml", blob("three")), "a.b", blob("two")));

        assertThat(changes(from, to)).containsExactly("a (added or deleted)", "a/pom.xml (added or deleted)");
    }

    @Test
    void anAddedOrDeletedFolderListsEveryFileInIt() throws IOException {
        ObjectId from = write(Map.of("README.md", blob("hello")));
        ObjectId to = write(Map.of("README.md", blob("hello"),
                "service", Map.of("pom.xml", blob("<project/>"), "src", Map.of("Main.java", blob("class Main {}")))));

        assertThat(changes(from, to)).containsExactly("service/pom.xml (added or deleted)",
                "service/src/Main.java (added or deleted)");
        assertThat(changes(to, from)).containsExactly("service/pom.xml (added or deleted)",
                "service/src/Main.java (added or deleted)");
        assertThat(changes(null, from)).containsExactly("README.md (added or deleted)");
    }

    @Test
    void readsFoldersWrittenWithTheOldZeroPaddedMode() throws IOException {
        ObjectId pom = inserter.insert(Constants.OBJ_BLOB, "<project/>".getBytes(StandardCharsets.UTF_8));
        ObjectId newPom = inserter.insert(Constants.OBJ_BLOB, "<project></project>".getBytes(StandardCharsets.UTF_8));
        ObjectId from = rawTree("040000", "app", tree("pom.xml", pom));
        ObjectId to = rawTree("040000", "app", tree("pom.xml", newPom));

        assertThat(changes(from, to)).containsExactly("app/pom.xml (modified)");
    }

    @Test
    void findsTheAuditedFolderOfATree() throws IOException {
        ObjectId root = write(Map.of("services", Map.of("shop", Map.of("pom.xml", blob("<project/>")))));
        try (ObjectReader reader = repository.newObjectReader()) {
            TreeDiff diff = new TreeDiff(reader);
            ObjectId shop = diff.subtree(root, "services/shop");

            assertThat(diff.changes(null, shop)).extracting(GitRepository.Change::path).containsExactly("pom.xml");
            assertThat(diff.subtree(root, "services/cart")).isNull();
            assertThat(diff.subtree(root, "services/shop/pom.xml")).as("a file is no folder").isNull();
        }
    }

    @Test
    void aMissingTreeIsReportedAsMissing() throws IOException {
        ObjectId from = write(Map.of("a", blob("one")));
        ObjectId absent = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
        TreeFormatter formatter = new TreeFormatter();
        formatter.append("lost", FileMode.TREE, absent);
        ObjectId to = inserter.insert(formatter);
        inserter.flush();

        try (ObjectReader reader = repository.newObjectReader()) {
            assertThatThrownBy(() -> new TreeDiff(reader).changes(from, to))
                    .isInstanceOf(MissingObjectException.class);
        }
    }

    private List<String> changes(ObjectId from, ObjectId to) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            return new TreeDiff(reader).changes(from, to).stream()
                    .map(change -> change.path() + (change.modified() ? " (modified)" : " (added or deleted)"))
                    .toList();
        }
    }

    /** What a recursive JGit tree walk with {@code ANY_DIFF} reports, in its order. */
    private List<String> oracle(ObjectId from, ObjectId to) throws IOException {
        List<String> changes = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(from);
            walk.addTree(to);
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                boolean modified = !walk.getFileMode(0).equals(FileMode.MISSING)
                        && !walk.getFileMode(1).equals(FileMode.MISSING);
                changes.add(walk.getPathString() + (modified ? " (modified)" : " (added or deleted)"));
            }
        }
        return changes;
    }

    private Map<String, Object> randomFolder(Random random, int depth) {
        Map<String, Object> folder = new TreeMap<>();
        int entries = 1 + random.nextInt(5);
        for (int i = 0; i < entries; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            boolean subFolder = depth < 2 && random.nextInt(3) == 0;
            folder.put(name, subFolder ? randomFolder(random, depth + 1) : randomFile(random));
        }
        return folder;
    }

    private Map<String, Object> mutate(Random random, Map<String, Object> original, int depth) {
        Map<String, Object> folder = new TreeMap<>(original);
        for (String name : NAMES) {
            int roll = random.nextInt(10);
            Object entry = folder.get(name);
            if (roll == 0) {
                folder.remove(name);
            } else if (roll == 1) {
                folder.put(name, randomFile(random));
            } else if (roll == 2 && depth < 2) {
                folder.put(name, randomFolder(random, depth + 1));
            } else if (roll < 5 && entry instanceof Map<?, ?> sub) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) sub;
                folder.put(name, mutate(random, child, depth + 1));
            } else if (roll == 5 && entry instanceof File file) {
                folder.put(name, new File(FILE_MODES[random.nextInt(FILE_MODES.length)], file.text()));
            }
        }
        return folder.isEmpty() ? Map.of("z", blob("keep")) : folder;
    }

    private File randomFile(Random random) {
        return new File(FILE_MODES[random.nextInt(FILE_MODES.length)], "v" + random.nextInt(3));
    }

    private static File blob(String text) {
        return new File(FileMode.REGULAR_FILE, text);
    }

    private ObjectId write(Map<String, Object> folder) throws IOException {
        TreeFormatter formatter = new TreeFormatter();
        // git orders a folder's entries as if its name ended with '/'
        List<String> names = new ArrayList<>(folder.keySet());
        names.sort((a, b) -> sortKey(a, folder.get(a)).compareTo(sortKey(b, folder.get(b))));
        for (String name : names) {
            Object entry = folder.get(name);
            if (entry instanceof File file) {
                ObjectId id = file.mode() == FileMode.GITLINK
                        ? ObjectId.fromString("%040x".formatted(file.text().hashCode() & 0xffffffffL))
                        : inserter.insert(Constants.OBJ_BLOB, file.text().getBytes(StandardCharsets.UTF_8));
                formatter.append(name, file.mode(), id);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) entry;
                formatter.append(name, FileMode.TREE, write(sub));
            }
        }
        ObjectId id = inserter.insert(formatter);
        inserter.flush();
        return id;
    }

    private static String sortKey(String name, Object entry) {
        byte[] bytes = (name + (entry instanceof Map ? "/" : "")).getBytes(StandardCharsets.UTF_8);
        StringBuilder key = new StringBuilder();
        for (byte b : bytes) {
            key.append((char) (b & 0xff));
        }
        return key.toString();
    }

    private ObjectId tree(String name, ObjectId blob) throws IOException {
        TreeFormatter formatter = new TreeFormatter();
        formatter.append(name, FileMode.REGULAR_FILE, blob);
        ObjectId id = inserter.insert(formatter);
        inserter.flush();
        return id;
    }

    /** A tree of one entry written byte by byte, as old git versions did with a zero-padded folder mode. */
    private ObjectId rawTree(String mode, String name, ObjectId id) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes((mode + " " + name).getBytes(StandardCharsets.UTF_8));
        raw.write(0);
        byte[] idBytes = new byte[Constants.OBJECT_ID_LENGTH];
        id.copyRawTo(idBytes, 0);
        raw.writeBytes(idBytes);
        ObjectId tree = inserter.insert(Constants.OBJ_TREE, raw.toByteArray());
        inserter.flush();
        return tree;
    }

    private record File(FileMode mode, String text) {
    }
}
