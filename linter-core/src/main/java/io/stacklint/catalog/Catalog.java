package io.stacklint.catalog;

import io.stacklint.model.Evidence;
import io.stacklint.model.EvidenceKind;
import io.stacklint.model.Technology;
import io.stacklint.yaml.YamlConfigReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What evidence means: maps package coordinates, container images, CI actions, runtimes and file presence to the
 * technologies they prove, and knows which technologies imply others. Immutable and safe to share.
 */
public final class Catalog {

    /** Enough for any real repository's distinct names; a hostile one with millions cannot grow the memory. */
    private static final int MAX_REMEMBERED_MATCHES = 100_000;

    private final Map<String, Technology> technologies;
    private static final java.util.regex.Pattern PEP_503_SEPARATORS = java.util.regex.Pattern.compile("[-_.]+");

    private final Map<String, List<Match>> exact;
    private final List<NamedPattern> patterns;
    private final Map<String, List<PathPattern>> filesByName;
    private final List<PathPattern> otherFiles;
    private final List<Signature> signatures;
    /**
     * What {@link #match} found per kind, ecosystem and name: a scan asks about the same names again and again
     * (every module declares junit, a history asks at every commit), and each answer tries every pattern.
     */
    private final Map<MatchKey, List<Match>> matches = new ConcurrentHashMap<>();

    /**
     * A catalog of entries that were checked already: {@link CatalogLoader} is the one that checks them (ids,
     * claims, implied ids), so this is for a catalog read back from a form it produced.
     */
    public static Catalog of(Collection<Technology> technologies, List<Signature> signatures) {
        return new Catalog(technologies, signatures);
    }

    private Catalog(Collection<Technology> technologies, List<Signature> signatures) {
        this.signatures = List.copyOf(signatures);
        Map<String, Technology> byId = new TreeMap<>();
        technologies.forEach(t -> byId.put(t.id(), t));
        this.technologies = Map.copyOf(byId);
        Map<String, List<Match>> exactNames = new HashMap<>();
        List<NamedPattern> namePatterns = new ArrayList<>();
        Map<String, List<PathPattern>> fileNames = new HashMap<>();
        List<PathPattern> filePatterns = new ArrayList<>();
        for (Signature signature : signatures) {
            if (signature.kind() == EvidenceKind.FILE) {
                PathPattern file = new PathPattern(Glob.path(signature.name()), signature.technology());
                String literal = file.glob().literalFileName();
                if (literal != null) {
                    fileNames.computeIfAbsent(literal, k -> new ArrayList<>()).add(file);
                } else {
                    filePatterns.add(file);
                }
            } else if (Glob.isPattern(signature.name())) {
                namePatterns.add(new NamedPattern(signature.kind(), signature.ecosystem(),
                        Glob.name(normalize(signature.kind(), signature.ecosystem(), signature.name())),
                        new Match(signature.technology(), signature.versioned())));
            } else {
                exactNames.computeIfAbsent(
                        key(signature.kind(), signature.ecosystem(),
                                normalize(signature.kind(), signature.ecosystem(), signature.name())),
                        k -> new ArrayList<>()).add(new Match(signature.technology(), signature.versioned()));
            }
        }
        this.exact = Map.copyOf(exactNames);
        this.patterns = List.copyOf(namePatterns);
        this.filesByName = Map.copyOf(fileNames);
        this.otherFiles = List.copyOf(filePatterns);
    }

    /** Every technology, by id in alphabetical order. */
    public List<Technology> technologies() {
        return List.copyOf(new TreeMap<>(technologies).values());
    }

    /** Every signature, in catalog order. */
    public List<Signature> signatures() {
        return signatures;
    }

    public Optional<Technology> technology(String id) {
        return Optional.ofNullable(technologies.get(id));
    }

    public Set<String> ids() {
        return technologies.keySet();
    }

    /** The known id closest to a mistyped one, when one is close enough to be what the user meant. */
    public Optional<String> nearest(String id) {
        return YamlConfigReader.nearest(id, technologies.keySet());
    }

    /**
     * How a technology is detected, one line per signature in catalog order, such as
     * {@code package maven com.mysql:mysql-connector-j (client)} or {@code container-image docker mysql}.
     */
    public List<String> describe(String id) {
        return signatures.stream()
                .filter(signature -> signature.technology().equals(id))
                .map(signature -> signature.kind().id() + " " + signature.ecosystem() + " " + signature.name()
                        + (signature.kind() == EvidenceKind.PACKAGE && !signature.versioned() ? " (client)" : ""))
                .toList();
    }

    /**
     * The technologies a piece of evidence proves directly (not through {@code implies}). Image names also match
     * by their trailing path segments, so {@code registry.example.com/team/rabbitmq} is RabbitMQ.
     */
    public List<Match> match(Evidence evidence) {
        if (evidence.kind() == EvidenceKind.FILE) {
            return matchFile(evidence.name()).stream().map(id -> new Match(id, false)).toList();
        }
        // a service name means the same on every CI system: mysql on Travis CI is mysql on Semaphore
        String ecosystem = evidence.kind() == EvidenceKind.CI_SERVICE ? "ci" : evidence.ecosystem();
        MatchKey key = new MatchKey(evidence.kind(), ecosystem, evidence.name());
        List<Match> known = matches.get(key);
        if (known != null) {
            return known;
        }
        List<Match> found = match(evidence.kind(), ecosystem, evidence.name());
        if (matches.size() < MAX_REMEMBERED_MATCHES) {
            matches.put(key, found);
        }
        return found;
    }

    private List<Match> match(EvidenceKind kind, String ecosystem, String declared) {
        List<Match> found = new ArrayList<>();
        String name = normalize(kind, ecosystem, declared);
        for (String candidate : candidates(kind, name)) {
            found.addAll(exact.getOrDefault(key(kind, ecosystem, candidate), List.of()));
            for (NamedPattern pattern : patterns) {
                if (pattern.kind() == kind && pattern.ecosystem().equals(ecosystem)
                        && pattern.glob().matches(candidate)) {
                    found.add(pattern.match());
                }
            }
            if (!found.isEmpty()) {
                break; // the longest matching image path wins: bitnami/kafka is not also "kafka"
            }
        }
        return found.stream().distinct().toList();
    }

    private record MatchKey(EvidenceKind kind, String ecosystem, String name) {
    }

    /** True when source files with this extension ({@code .java}, lowercase) prove a language. */
    public boolean countsSources(String extension) {
        return exact.containsKey(key(EvidenceKind.SOURCE, "source", extension));
    }

    /** The technologies whose presence a file at this tree-relative path proves. */
    public Set<String> matchFile(String path) {
        Set<String> found = new LinkedHashSet<>();
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (PathPattern file : filesByName.getOrDefault(name, List.of())) {
            if (file.glob().matches(path, name)) {
                found.add(file.technology());
            }
        }
        for (PathPattern file : otherFiles) {
            if (file.glob().matches(path, name)) {
                found.add(file.technology());
            }
        }
        return found;
    }

    private static List<String> candidates(EvidenceKind kind, String name) {
        if (kind != EvidenceKind.CONTAINER_IMAGE) {
            return List.of(name);
        }
        List<String> suffixes = new ArrayList<>();
        String rest = name;
        suffixes.add(rest);
        int slash;
        while ((slash = rest.indexOf('/')) >= 0) {
            rest = rest.substring(slash + 1);
            suffixes.add(rest);
        }
        return suffixes;
    }

    /** Names compare as their ecosystem compares them: PyPI ignores case and separators, images and actions case. */
    static String normalize(EvidenceKind kind, String ecosystem, String name) {
        return switch (ecosystem) {
            case "pypi" -> PEP_503_SEPARATORS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
            case "docker", "github", "circleci", "ci", "runtime", "nuget", "composer", "helm", "chef", "ansible",
                    "puppet" -> name.toLowerCase(Locale.ROOT);
            default -> kind == EvidenceKind.CONTAINER_IMAGE ? name.toLowerCase(Locale.ROOT) : name;
        };
    }

    private static String key(EvidenceKind kind, String ecosystem, String name) {
        return kind.name() + '|' + ecosystem + '|' + name;
    }

    /**
     * A technology some evidence proves.
     *
     * @param versioned whether the evidence's version is the technology's version
     */
    public record Match(String technology, boolean versioned) {
    }

    private record NamedPattern(EvidenceKind kind, String ecosystem, Glob glob, Match match) {
    }

    private record PathPattern(Glob glob, String technology) {
    }
}
