package io.stacklint.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * The files that differ between two git trees, compared on the trees' raw bytes. A history walk diffs each commit
 * against the one before it, so the older tree of one diff is the newer tree of the previous one: the raw trees
 * of recent diffs are kept, and every distinct tree object of a history is inflated once. Sub-trees with equal ids
 * are skipped, and within a changed tree the runs of identical entries are skipped with one vectorised byte
 * comparison; only the entries that differ are decoded. This is several times cheaper than JGit's
 * {@code TreeWalk}, whose per-entry bookkeeping dominated history audits.
 *
 * <p>One instance per thread: it holds an {@link ObjectReader}'s caches.
 */
final class TreeDiff {

    /** Raw trees kept between diffs; enough for the trees of a few consecutive commits of a large repository. */
    private static final int CACHE_BYTES = 16 << 20;
    private static final int ID_LENGTH = Constants.OBJECT_ID_LENGTH;
    private static final byte[] EMPTY = new byte[0];

    private final ObjectReader reader;
    private final Map<ObjectId, byte[]> trees = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ObjectId, byte[]> eldest) {
            if (cachedBytes <= CACHE_BYTES) {
                return false;
            }
            cachedBytes -= eldest.getValue().length;
            return true;
        }
    };
    private long cachedBytes;

    TreeDiff(ObjectReader reader) {
        this.reader = reader;
    }

    /**
     * The files (paths relative to the trees, every file of an added or deleted sub-tree included) that differ
     * between two trees; a null tree is an empty one.
     *
     * @throws org.eclipse.jgit.errors.MissingObjectException when a tree the diff needs is not in the repository
     * @throws IOException when a tree is unreadable or malformed
     */
    List<GitRepository.Change> changes(ObjectId from, ObjectId to) throws IOException {
        List<GitRepository.Change> changes = new ArrayList<>();
        try {
            diff(from, to, "", 0, changes);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("malformed tree object between " + name(from) + " and " + name(to), e);
        }
        return changes;
    }

    /** The id of the sub-tree at {@code path} ("a/b") of a tree, or null when there is none. */
    ObjectId subtree(ObjectId tree, String path) throws IOException {
        ObjectId current = tree;
        for (String segment : path.split("/")) {
            if (current == null) {
                return null;
            }
            byte[] raw = load(current);
            byte[] wanted = segment.getBytes(StandardCharsets.UTF_8);
            current = null;
            for (int at = 0; at < raw.length; ) {
                int name = nameStart(raw, at);
                int end = nameEnd(raw, name);
                if (isTree(raw, at) && Arrays.equals(raw, name, end, wanted, 0, wanted.length)) {
                    current = ObjectId.fromRaw(raw, end + 1);
                    break;
                }
                at = end + 1 + ID_LENGTH;
            }
        }
        return current;
    }

    private void diff(ObjectId from, ObjectId to, String folder, int depth, List<GitRepository.Change> changes)
            throws IOException {
        if ((from != null && from.equals(to)) || depth > IgnoreRules.MAX_FOLDER_DEPTH) {
            return; // a walk never enters folders that deep: nothing changes there for a scan
        }
        byte[] a = from == null ? EMPTY : load(from);
        byte[] b = to == null ? EMPTY : load(to);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int mismatch = Arrays.mismatch(a, i, a.length, b, j, b.length);
            if (mismatch < 0) {
                return;
            }
            // the bytes before the mismatch are whole entries equal in both trees, then the entry that differs
            int differs = i + mismatch;
            while (i < a.length) {
                int next = nameEnd(a, nameStart(a, i)) + 1 + ID_LENGTH;
                if (next > differs) {
                    break;
                }
                j += next - i;
                i = next;
            }
            if (i >= a.length || j >= b.length) {
                break;
            }
            int aName = nameStart(a, i);
            int aEnd = nameEnd(a, aName);
            int bName = nameStart(b, j);
            int bEnd = nameEnd(b, bName);
            boolean aTree = isTree(a, i);
            boolean bTree = isTree(b, j);
            int order = compare(a, aName, aEnd, aTree, b, bName, bEnd, bTree);
            if (order == 0) {
                String path = folder + new String(a, aName, aEnd - aName, StandardCharsets.UTF_8);
                if (aTree) {
                    diff(ObjectId.fromRaw(a, aEnd + 1), ObjectId.fromRaw(b, bEnd + 1), path + "/", depth + 1,
                            changes);
                } else {
                    changes.add(new GitRepository.Change(path, true));
                }
                i = aEnd + 1 + ID_LENGTH;
                j = bEnd + 1 + ID_LENGTH;
            } else if (order < 0) {
                int next = aEnd + 1 + ID_LENGTH;
                everything(a, i, next, folder, depth, changes);
                i = next;
            } else {
                int next = bEnd + 1 + ID_LENGTH;
                everything(b, j, next, folder, depth, changes);
                j = next;
            }
        }
        everything(a, i, a.length, folder, depth, changes);
        everything(b, j, b.length, folder, depth, changes);
    }

    /** Every file of the entries between two offsets of a raw tree, which the other side of the diff lacks. */
    private void everything(byte[] raw, int from, int to, String folder, int depth,
            List<GitRepository.Change> changes) throws IOException {
        if (depth > IgnoreRules.MAX_FOLDER_DEPTH) {
            return;
        }
        for (int at = from; at < to; ) {
            int name = nameStart(raw, at);
            int end = nameEnd(raw, name);
            String path = folder + new String(raw, name, end - name, StandardCharsets.UTF_8);
            if (isTree(raw, at)) {
                byte[] sub = load(ObjectId.fromRaw(raw, end + 1));
                everything(sub, 0, sub.length, path + "/", depth + 1, changes);
            } else {
                changes.add(new GitRepository.Change(path, false));
            }
            at = end + 1 + ID_LENGTH;
        }
    }

    private byte[] load(ObjectId id) throws IOException {
        byte[] raw = trees.get(id);
        if (raw == null) {
            raw = reader.open(id, Constants.OBJ_TREE).getCachedBytes();
            cachedBytes += raw.length;
            trees.put(id.copy(), raw);
        }
        return raw;
    }

    /** An entry is {@code <octal mode> <name>\0<20-byte id>}; a tree's mode is 40000 (or 040000 in old trees). */
    private static boolean isTree(byte[] raw, int entry) {
        int mode = 0;
        for (int at = entry; raw[at] != ' '; at++) {
            mode = (mode << 3) + (raw[at] - '0');
        }
        return (mode & 0170000) == 0040000;
    }

    private static int nameStart(byte[] raw, int entry) {
        int at = entry;
        while (raw[at] != ' ') {
            at++;
        }
        return at + 1;
    }

    private static int nameEnd(byte[] raw, int name) {
        int at = name;
        while (raw[at] != 0) {
            at++;
        }
        return at;
    }

    /** Git's tree order: names compared as unsigned bytes, a tree's name as if it ended with '/'. */
    private static int compare(byte[] a, int aName, int aEnd, boolean aTree, byte[] b, int bName, int bEnd,
            boolean bTree) {
        int aLength = aEnd - aName;
        int bLength = bEnd - bName;
        int common = Math.min(aLength, bLength);
        int order = Arrays.compareUnsigned(a, aName, aName + common, b, bName, bName + common);
        if (order != 0) {
            return order;
        }
        int aNext = aLength > common ? a[aName + common] & 0xff : aTree ? '/' : 0;
        int bNext = bLength > common ? b[bName + common] & 0xff : bTree ? '/' : 0;
        return aNext - bNext;
    }

    private static String name(AnyObjectId id) {
        return id == null ? "the empty tree" : id.name();
    }
}
