package io.stacklint.catalog;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Technology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns evidence into detected technologies: direct matches first, then what they imply. An implication carries
 * the implying evidence (express in package.json is the proof of a Node.js backend), and only evidence in runtime or
 * build scope implies anything: express among devDependencies is a dev server, as a peer dependency a library.
 */
public final class Detector {

    private final Catalog catalog;

    public Detector(Catalog catalog) {
        this.catalog = catalog;
    }

    /** One entry per technology, by id, each with its evidence in location order. */
    public List<Detected> detect(List<Evidence> evidence) {
        Map<String, Set<Evidence>> byTechnology = new TreeMap<>();
        Map<String, Set<String>> versions = new TreeMap<>();
        Map<String, Map<Evidence, String>> versionOf = new TreeMap<>();
        for (Evidence item : evidence) {
            for (Catalog.Match match : catalog.match(item)) {
                String id = match.technology();
                byTechnology.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(item);
                Set<String> declared = versions.computeIfAbsent(id, k -> new TreeSet<>());
                if (match.versioned() && item.version() != null) {
                    String version = item.kind() == EvidenceKind.CONTAINER_IMAGE
                            ? ImageTagVersion.release(item.version()) : item.version();
                    declared.add(version);
                    versionOf.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(item, version);
                }
                if (item.scope().definesTheProject()) {
                    for (String implied : implied(id)) {
                        byTechnology.computeIfAbsent(implied, k -> new LinkedHashSet<>()).add(item);
                    }
                }
            }
        }
        List<Detected> detected = new ArrayList<>();
        byTechnology.forEach((id, items) -> {
            List<Evidence> sorted = new ArrayList<>(items);
            sorted.sort((a, b) -> a.location().compareTo(b.location()));
            detected.add(new Detected(catalog.technology(id).orElseThrow(),
                    List.copyOf(versions.getOrDefault(id, Set.of())), sorted,
                    versionOf.getOrDefault(id, Map.of())));
        });
        return detected;
    }

    /** Everything {@code id} implies, directly or through a chain, without cycles. */
    private Set<String> implied(String id) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(catalog.technology(id).map(Technology::implies).orElse(List.of()));
        while (!pending.isEmpty()) {
            String next = pending.remove(pending.size() - 1);
            if (!next.equals(id) && seen.add(next)) {
                pending.addAll(catalog.technology(next).map(Technology::implies).orElse(List.of()));
            }
        }
        return seen;
    }

    /**
     * A technology and the evidence that proves it, before any rating.
     *
     * @param versionOf the technology's version each piece of evidence declares, for evidence that declares one
     */
    public record Detected(Technology technology, List<String> versions, List<Evidence> evidence,
            Map<Evidence, String> versionOf) {

        public Detected {
            versionOf = Map.copyOf(versionOf);
        }
    }
}
