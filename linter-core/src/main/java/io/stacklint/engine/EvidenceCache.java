package io.stacklint.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What extractors made of each file of a content-addressed tree, kept across the revisions of a history audit so
 * that each distinct blob is parsed once. The key is the path and the blob id (evidence carries its path, so the
 * same blob under another path is parsed again). Some extractors read neighbouring files ({@code ../pom.xml},
 * {@code .env}, a Gradle version catalog): an entry records the blob id of every neighbour its extraction read,
 * or its absence, and is reused only in a tree where all of them are the same.
 */
final class EvidenceCache {

    private final Map<String, List<Entry>> entries = new ConcurrentHashMap<>();
    /** For each path some extraction read as a neighbour, the paths whose extraction read it. */
    private final Map<String, Set<String>> dependents = new ConcurrentHashMap<>();

    /** An outcome cached for this file whose neighbours all still have the recorded content. */
    Optional<Scanner.Outcome> find(String path, String blobId, NeighbourIds current) {
        List<Entry> found = entries.get(key(path, blobId));
        if (found == null) {
            return Optional.empty();
        }
        for (Entry entry : found) {
            boolean same = true;
            for (var neighbour : entry.neighbours().entrySet()) {
                if (!current.blobId(neighbour.getKey()).equals(neighbour.getValue())) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return Optional.of(entry.outcome());
            }
        }
        return Optional.empty();
    }

    void put(String path, String blobId, Map<String, Optional<String>> neighbours, Scanner.Outcome outcome) {
        for (String neighbour : neighbours.keySet()) {
            dependents.computeIfAbsent(neighbour, k -> ConcurrentHashMap.newKeySet()).add(path);
        }
        entries.computeIfAbsent(key(path, blobId), k -> new CopyOnWriteArrayList<>())
                .add(new Entry(Map.copyOf(neighbours), outcome));
    }

    /** True when some cached extraction read {@code path} as a neighbour: a change to it may change evidence. */
    boolean isNeighbour(String path) {
        return dependents.containsKey(path);
    }

    /**
     * The paths whose extraction read {@code neighbour} (a pom.xml beside its parent, a lockfile beside its
     * package.json): when the neighbour changes, they must be read again, and nothing else.
     */
    Set<String> dependentsOf(String neighbour) {
        return Set.copyOf(dependents.getOrDefault(neighbour, Set.of()));
    }

    private static String key(String path, String blobId) {
        return blobId + ' ' + path;
    }

    /** The blob ids of the tree being scanned, empty for a missing file. */
    @FunctionalInterface
    interface NeighbourIds {
        Optional<String> blobId(String path);
    }

    private record Entry(Map<String, Optional<String>> neighbours, Scanner.Outcome outcome) {
    }
}
