package io.stacklint.source;

import io.stacklint.source.GitObjects.Entry;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;

/**
 * A project tree over one git tree object, read straight from the object database: no checkout, so a bare
 * repository works and the working folder is never touched. The walk applies the same default skips, user paths
 * and .gitignore rules as {@link FileSystemTree}, the .gitignore files being those of the revision itself.
 * Symbolic links are never followed (a link is a blob naming a path, which may not even exist in the revision),
 * submodules are not entered, and objects missing from a shallow or partial clone are reported as skipped when
 * they are read.
 */
public final class GitTree implements ProjectTree, ContentAddressed {

    private final GitObjects objects;
    private final boolean ownsRepository;
    private final ObjectId root;
    private final String displayRoot;
    private final String revision;
    private final PathFilter filter;

    GitTree(GitObjects objects, boolean ownsRepository, ObjectId root, String displayRoot, String revision,
            PathFilter filter) {
        this.objects = objects;
        this.ownsRepository = ownsRepository;
        this.root = root;
        this.displayRoot = displayRoot;
        this.revision = revision;
        this.filter = filter;
    }

    /**
     * Opens {@code revision} (a commit id, branch, tag or expression such as {@code HEAD~3}) of the repository at
     * or above {@code folder}, working or bare. When {@code folder} is a sub-folder of a working repository, the
     * tree is that sub-folder at the revision.
     *
     * @throws IOException naming the folder or the revision when either is not found
     */
    public static GitTree open(java.nio.file.Path folder, String revision, PathFilter filter) throws IOException {
        GitRepository repository = GitRepository.open(folder);
        try {
            return repository.tree(revision, folder.toString(), filter, true);
        } catch (IOException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    @Override
    public String displayRoot() {
        return displayRoot;
    }

    @Override
    public Optional<String> revision() {
        return Optional.of(revision);
    }

    @Override
    public void walk(Visitor visitor) throws IOException {
        walkFolder(root, "", 0, IgnoreStack.EMPTY, false, visitor, null);
    }

    /**
     * The walk of {@link #walk}, reduced to {@code paths}: only their ancestor folders are listed, and each of the
     * paths is visited exactly when the full walk would visit it (same default skips, .gitignore files and user
     * paths). A history walk uses it to look again at the files a commit changed, and nothing else.
     */
    public void walk(Visitor visitor, Set<String> paths) throws IOException {
        Set<String> folders = new HashSet<>();
        for (String path : paths) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        walkFolder(root, "", 0, IgnoreStack.EMPTY, false, visitor, new Only(paths, folders));
    }

    /** The files a reduced walk visits, and the folders it enters to reach them. */
    private record Only(Set<String> files, Set<String> folders) {
    }

    private void walkFolder(ObjectId tree, String relative, int depth, IgnoreStack ignores, boolean passage,
            Visitor visitor, Only only) throws IOException {
        if (depth > IgnoreRules.MAX_FOLDER_DEPTH) {
            visitor.skipped(relative, IgnoreRules.TOO_DEEP);
            return;
        }
        TreeMap<String, Entry> entries;
        try {
            entries = objects.list(tree);
        } catch (MissingObjectException e) {
            if (relative.isEmpty()) {
                throw new IOException("the tree of " + revision + " is missing from the repository", e);
            }
            visitor.skipped(relative, "folder missing from the repository (shallow or partial clone)");
            return;
        }
        IgnoreStack scoped = ignores;
        Entry gitignore = entries.get(".gitignore");
        if (gitignore != null && gitignore.regularFile()) {
            scoped = ignores.with(relative, objects.ignoreRules(gitignore.id()));
        }
        Set<String> fileNames = new HashSet<>();
        List<String> folders = new ArrayList<>();
        for (Entry entry : entries.values()) {
            String childPath = relative.isEmpty() ? entry.name() : relative + "/" + entry.name();
            if (entry.mode() == FileMode.TREE) {
                // a reduced walk asks the ignore rules only about the folders on its way
                if ((only == null || only.folders().contains(childPath)) && !scoped.ignored(childPath, true)) {
                    folders.add(entry.name());
                }
            } else if (entry.regularFile()) {
                fileNames.add(entry.name());
                if (only != null && !only.files().contains(childPath)) {
                    continue;
                }
                if ((!passage || filter.included(childPath, false)) && !scoped.ignored(childPath, false)
                        && !filter.excluded(childPath, false)) {
                    // no size lookup here: it costs an object header per blob, and only candidates are read (a
                    // blob missing from a shallow or partial clone is reported when a candidate is read)
                    visitor.file(new TreeFile(childPath, TreeFile.UNKNOWN_SIZE));
                }
            } else if (entry.mode() == FileMode.SYMLINK) {
                fileNames.add(entry.name()); // counts as present for the default skips, never read
            }
        }
        for (String folderName : folders) {
            Entry child = entries.get(folderName);
            String childPath = relative.isEmpty() ? folderName : relative + "/" + folderName;
            if (filter.excluded(childPath, true)) {
                continue;
            }
            boolean skippedByDefault = IgnoreRules.skipFolder(folderName, fileNames)
                    || hasVirtualenvMarker(child.id());
            boolean skipped = skippedByDefault || passage;
            if (!skipped || filter.included(childPath, true)) {
                walkFolder(child.id(), childPath, depth + 1, scoped, false, visitor, only);
            } else if (filter.leadsToIncluded(childPath)) {
                walkFolder(child.id(), childPath, depth + 1, scoped, true, visitor, only);
            }
        }
    }

    private boolean hasVirtualenvMarker(ObjectId tree) throws IOException {
        try {
            return objects.isVirtualenv(tree);
        } catch (MissingObjectException e) {
            return false; // reported when the walk enters it
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        return read(path, Long.MAX_VALUE);
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        Entry entry = find(path).orElseThrow(() -> new NoSuchFileException(path));
        if (entry.mode() == FileMode.SYMLINK) {
            throw new IOException("symbolic link not followed in a git revision");
        }
        if (!entry.regularFile()) {
            throw new IOException("not a regular file");
        }
        ObjectLoader loader;
        try {
            loader = objects.reader().open(entry.id(), Constants.OBJ_BLOB);
        } catch (MissingObjectException e) {
            throw new IOException("missing from the repository (shallow or partial clone)", e);
        }
        if (loader.getSize() > maxBytes) {
            throw new FileTooLargeException(loader.getSize(), maxBytes);
        }
        return loader.getBytes();
    }

    @Override
    public Optional<String> blobId(String path) throws IOException {
        return find(path).filter(Entry::regularFile).map(entry -> entry.id().name());
    }

    /** The entry at a path, found through the folders' listings (most of them parsed already by the walk). */
    private Optional<Entry> find(String path) throws IOException {
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
            return Optional.empty();
        }
        try {
            ObjectId folder = root;
            String[] segments = path.split("/");
            for (int i = 0; i < segments.length - 1; i++) {
                Entry entry = objects.list(folder).get(segments[i]);
                if (entry == null || entry.mode() != FileMode.TREE) {
                    return Optional.empty();
                }
                folder = entry.id();
            }
            return Optional.ofNullable(objects.list(folder).get(segments[segments.length - 1]));
        } catch (MissingObjectException e) {
            throw new IOException("missing from the repository (shallow or partial clone)", e);
        }
    }

    @Override
    public void close() {
        if (ownsRepository) {
            objects.close();
            objects.repository().close();
        }
    }
}
