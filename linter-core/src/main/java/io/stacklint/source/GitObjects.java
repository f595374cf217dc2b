package io.stacklint.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * The objects of one repository as the trees of its revisions read them: one JGit reader per thread, kept for the
 * repository's life, and the folder listings and .gitignore files parsed lately. A reader keeps the delta bases it
 * inflated, and consecutive revisions share nearly every folder, so a history audit, which opens a tree per commit,
 * inflates each delta chain and parses each folder once instead of once per commit.
 */
final class GitObjects implements AutoCloseable {

    /** Folder entries kept parsed: the folders of a few revisions of a large monorepo. */
    private static final int CACHED_ENTRIES = 200_000;

    private final Repository repository;
    private final ThreadLocal<ObjectReader> readers = new ThreadLocal<>();
    private final Queue<ObjectReader> opened = new ConcurrentLinkedQueue<>();
    private final Map<ObjectId, Listing> listings = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, Listing> eldest) {
            if (cachedEntries <= CACHED_ENTRIES) {
                return false;
            }
            cachedEntries -= eldest.getValue().entries().size();
            return true;
        }
    };
    private long cachedEntries;
    private final Map<ObjectId, IgnoreNode> ignores = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, IgnoreNode> eldest) {
            return size() > 1024;
        }
    };

    GitObjects(Repository repository) {
        this.repository = repository;
    }

    Repository repository() {
        return repository;
    }

    /** This thread's reader; closed with this object, never by the caller. */
    ObjectReader reader() {
        ObjectReader reader = readers.get();
        if (reader == null) {
            reader = repository.newObjectReader();
            readers.set(reader);
            opened.add(reader);
        }
        return reader;
    }

    /**
     * The entries of a folder by name; the map is shared and must not be changed.
     *
     * @throws MissingObjectException when the tree is not in the repository (a shallow or partial clone)
     */
    TreeMap<String, Entry> list(ObjectId tree) throws IOException {
        return listing(tree).entries();
    }

    /**
     * Whether a folder holds the file that marks a Python virtualenv; asked of every folder a walk enters, so it
     * is decided once per tree object.
     *
     * @throws MissingObjectException when the tree is not in the repository
     */
    boolean isVirtualenv(ObjectId tree) throws IOException {
        return listing(tree).virtualenv();
    }

    private Listing listing(ObjectId tree) throws IOException {
        synchronized (listings) {
            Listing known = listings.get(tree);
            if (known != null) {
                return known;
            }
        }
        TreeMap<String, Entry> entries = new TreeMap<>();
        CanonicalTreeParser parser = new CanonicalTreeParser(null, reader(), tree);
        while (!parser.eof()) {
            String name = parser.getEntryPathString();
            entries.put(name, new Entry(name, parser.getEntryFileMode(), parser.getEntryObjectId()));
            parser.next(1);
        }
        Listing listing = new Listing(entries, entries.containsKey(IgnoreRules.VIRTUALENV_MARKER));
        synchronized (listings) {
            if (listings.put(tree.copy(), listing) == null) {
                cachedEntries += entries.size();
            }
        }
        return listing;
    }

    private record Listing(TreeMap<String, Entry> entries, boolean virtualenv) {
    }

    /** A .gitignore blob's rules; a missing or unreadable one ignores nothing, as on disk. */
    IgnoreNode ignoreRules(ObjectId blob) {
        synchronized (ignores) {
            IgnoreNode known = ignores.get(blob);
            if (known != null) {
                return known;
            }
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = reader().open(blob, Constants.OBJ_BLOB).openStream()) {
            node.parse(in);
        } catch (IOException e) {
            node = new IgnoreNode();
        }
        synchronized (ignores) {
            ignores.put(blob.copy(), node);
        }
        return node;
    }

    @Override
    public void close() {
        for (ObjectReader reader; (reader = opened.poll()) != null; ) {
            reader.close();
        }
    }

    /** One entry of a folder. */
    record Entry(String name, FileMode mode, ObjectId id) {

        boolean regularFile() {
            return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
        }
    }
}
