package io.stacklint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * A project tree over a folder on disk. Symbolic links to files are read only when they resolve inside the root;
 * symbolic links to folders are never entered, so neither an escape nor a loop is possible.
 */
public final class FileSystemTree implements ProjectTree {

    private final Path root;
    private final Path realRoot;
    private final String displayRoot;
    private final PathFilter filter;

    private FileSystemTree(Path root, Path realRoot, String displayRoot, PathFilter filter) {
        this.root = root;
        this.realRoot = realRoot;
        this.displayRoot = displayRoot;
        this.filter = filter;
    }

    /** Opens a folder; fails with an {@link IOException} naming the path when it is not a readable folder. */
    public static FileSystemTree open(Path root) throws IOException {
        return open(root, PathFilter.DEFAULT);
    }

    /** Opens a folder whose walk the user's path patterns narrow or widen. */
    public static FileSystemTree open(Path root, PathFilter filter) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null,
                    Files.exists(root) ? "not a directory" : "no such directory");
        }
        Path absolute = root.toAbsolutePath().normalize();
        return new FileSystemTree(absolute, absolute.toRealPath(), root.toString(), filter);
    }

    @Override
    public String displayRoot() {
        return displayRoot;
    }

    @Override
    public Optional<String> revision() {
        return Optional.empty();
    }

    @Override
    public void walk(Visitor visitor) throws IOException {
        walkFolder(root, "", 0, IgnoreStack.EMPTY, false, visitor);
    }

    /**
     * @param passage true for a folder skipped by default that is walked only to reach a folder the user included
     *                inside it: its own files and other folders stay skipped
     */
    private void walkFolder(Path folder, String relative, int depth, IgnoreStack ignores, boolean passage,
            Visitor visitor) throws IOException {
        if (depth > IgnoreRules.MAX_FOLDER_DEPTH) {
            visitor.skipped(relative, IgnoreRules.TOO_DEEP);
            return;
        }
        TreeMap<String, Path> entries = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path entry : stream) {
                entries.put(entry.getFileName().toString(), entry);
            }
        } catch (IOException e) {
            if (relative.isEmpty()) {
                throw e;
            }
            visitor.skipped(relative, "folder cannot be read: " + describe(e));
            return;
        }
        IgnoreStack scoped = ignores;
        Path gitignore = entries.get(".gitignore");
        if (gitignore != null && Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
            scoped = ignores.with(relative, parseIgnore(gitignore));
        }
        Set<String> fileNames = new HashSet<>();
        List<String> folders = new ArrayList<>();
        for (var entry : entries.entrySet()) {
            String childPath = relative.isEmpty() ? entry.getKey() : relative + "/" + entry.getKey();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry.getValue(), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                visitor.skipped(childPath, "cannot be read: " + describe(e));
                continue;
            }
            if (attributes.isDirectory()) {
                if (!scoped.ignored(childPath, true)) {
                    folders.add(entry.getKey());
                }
            } else if (attributes.isRegularFile()) {
                fileNames.add(entry.getKey());
                if ((!passage || filter.included(childPath, false)) && !scoped.ignored(childPath, false)
                        && !filter.excluded(childPath, false)) {
                    visitor.file(new TreeFile(childPath, attributes.size()));
                }
            } else if ((!passage || filter.included(childPath, false)) && attributes.isSymbolicLink()
                    && !scoped.ignored(childPath, false)
                    && !filter.excluded(childPath, false)) {
                fileNames.add(entry.getKey());
                symlinkedFile(entry.getValue(), childPath).ifPresent(visitor::file);
            }
        }
        for (String folderName : folders) {
            Path child = entries.get(folderName);
            String childPath = relative.isEmpty() ? folderName : relative + "/" + folderName;
            // decided before entering, so an ignored folder is never even listed
            boolean skippedByDefault = IgnoreRules.skipFolder(folderName, fileNames)
                    || Files.exists(child.resolve(IgnoreRules.VIRTUALENV_MARKER), LinkOption.NOFOLLOW_LINKS);
            if (filter.excluded(childPath, true)) {
                continue;
            }
            boolean skipped = skippedByDefault || passage;
            if (!skipped || filter.included(childPath, true)) {
                walkFolder(child, childPath, depth + 1, scoped, false, visitor);
            } else if (filter.leadsToIncluded(childPath)) {
                walkFolder(child, childPath, depth + 1, scoped, true, visitor);
            }
        }
    }

    /** A link to a regular file is walked like the file; where it points is checked when it is read. */
    private static Optional<TreeFile> symlinkedFile(Path link, String path) {
        try {
            BasicFileAttributes target = Files.readAttributes(link, BasicFileAttributes.class);
            return target.isRegularFile() ? Optional.of(new TreeFile(path, target.size())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a dangling link declares nothing
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        return read(path, Long.MAX_VALUE);
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        Path file = root.resolve(path).normalize();
        Path real = file.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new IOException("symbolic link points outside the scanned tree");
        }
        if (!Files.isRegularFile(real)) {
            throw new IOException("not a regular file");
        }
        long size = Files.size(real);
        if (size > maxBytes) {
            throw new FileTooLargeException(size, maxBytes);
        }
        try (InputStream in = Files.newInputStream(real)) {
            return in.readAllBytes();
        }
    }

    private static IgnoreNode parseIgnore(Path gitignore) {
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(gitignore)) {
            node.parse(gitignore.toString(), in);
        } catch (IOException e) {
            // an unreadable .gitignore ignores nothing; the files it would hide are then simply scanned
        }
        return node;
    }

    private static String describe(IOException e) {
        String reason = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return reason == null ? e.getClass().getSimpleName() : reason;
    }
}
