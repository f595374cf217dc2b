package io.stacklint.extract;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Location;
import io.stacklint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The package graph of one lockfile of an ecosystem outside JavaScript (Cargo, Composer, NuGet, Go, Gradle), and
 * the transitive evidence it gives:
 * every package that is not itself a direct dependency, once per name and version, at its first entry in the file,
 * with the shortest path from a direct dependency (breadth first from the direct dependencies sorted by name, each
 * package's dependencies also visited by name, so the output is stable).
 *
 * <p>Not thread-safe; one graph per extraction.
 */
final class LockGraph {

    private final String ecosystem;

    private final List<Node> nodes = new ArrayList<>();
    private final List<List<Integer>> edges = new ArrayList<>();
    private final Set<Integer> direct = new HashSet<>();

    LockGraph(String ecosystem) {
        this.ecosystem = ecosystem;
    }

    /** One locked package; {@code reported} false for entries that are project code or otherwise not evidence. */
    record Node(String name, String version, Location at, boolean reported) {

        String id() {
            return version == null ? name : name + "@" + version;
        }
    }

    /** Adds a package and returns its index. */
    int add(String name, String version, Location at, boolean reported) {
        nodes.add(new Node(name, version, at, reported));
        edges.add(new ArrayList<>());
        return nodes.size() - 1;
    }

    int size() {
        return nodes.size();
    }

    Node node(int index) {
        return nodes.get(index);
    }

    /** Records that {@code from} depends on {@code to}. */
    void edge(int from, int to) {
        if (from != to) {
            edges.get(from).add(to);
        }
    }

    /** Marks a package the project itself depends on. */
    void direct(int index) {
        direct.add(index);
    }

    boolean isDirect(int index) {
        return direct.contains(index);
    }

    /** The transitive evidence, in file order. */
    List<Evidence> evidence() {
        int[] parent = shortestPaths();
        Set<String> directIds = new HashSet<>();
        for (int index : direct) {
            directIds.add(nodes.get(index).id());
        }
        // name@version -> the index reported for it: the first in file order, the shortest path among its copies
        Map<String, Integer> chosen = new LinkedHashMap<>();
        Map<String, Integer> bestPath = new LinkedHashMap<>();
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> nodes.get(i).at()));
        for (int i : order) {
            Node node = nodes.get(i);
            if (!node.reported() || directIds.contains(node.id())) {
                continue;
            }
            chosen.putIfAbsent(node.id(), i);
            Integer best = bestPath.get(node.id());
            if (parent[i] != UNREACHED && (best == null || parent[best] == UNREACHED
                    || depth(parent, i) < depth(parent, best))) {
                bestPath.put(node.id(), i);
            }
        }
        List<Evidence> found = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : chosen.entrySet()) {
            Node node = nodes.get(entry.getValue());
            Integer pathEnd = bestPath.get(entry.getKey());
            List<String> via = pathEnd == null ? List.of() : path(parent, pathEnd);
            String value = via.isEmpty() ? node.id() : String.join(" -> ", via);
            found.add(new Evidence(EvidenceKind.PACKAGE, ecosystem, node.name(), node.version(), node.at(), value,
                    Scope.TRANSITIVE, via));
        }
        return found;
    }

    private static final int UNREACHED = -2;
    private static final int ROOT = -1;

    /** Breadth first from the direct packages: each node's predecessor on a shortest path, ROOT or UNREACHED. */
    private int[] shortestPaths() {
        int[] parent = new int[nodes.size()];
        Arrays.fill(parent, UNREACHED);
        Comparator<Integer> byName = Comparator.comparing((Integer i) -> nodes.get(i).name())
                .thenComparing(i -> nodes.get(i).version(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(i -> nodes.get(i).at());
        Deque<Integer> queue = new ArrayDeque<>();
        direct.stream().sorted(byName).forEach(i -> {
            parent[i] = ROOT;
            queue.add(i);
        });
        while (!queue.isEmpty()) {
            int current = queue.poll();
            List<Integer> next = new ArrayList<>(edges.get(current));
            next.sort(byName);
            for (int target : next) {
                if (parent[target] == UNREACHED) {
                    parent[target] = current;
                    queue.add(target);
                }
            }
        }
        return parent;
    }

    private static int depth(int[] parent, int index) {
        int depth = 0;
        for (int i = index; parent[i] >= 0; i = parent[i]) {
            depth++;
        }
        return depth;
    }

    private List<String> path(int[] parent, int index) {
        List<String> path = new ArrayList<>();
        for (int i = index; ; i = parent[i]) {
            path.add(nodes.get(i).id());
            if (parent[i] < 0) {
                break;
            }
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /**
     * A lockfile is read only beside its manifest: true when one of {@code names} resolves in the lockfile's folder,
     * else a note at 1:1 naming them.
     */
    static boolean besideManifest(SourceFile file, String... names) {
        for (String name : names) {
            if (file.resolve(name).isPresent()) {
                return true;
            }
        }
        file.note(1, 1, "no " + String.join(" or ", names) + " beside this lockfile; it is not read");
        return false;
    }
}
