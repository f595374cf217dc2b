package io.stacklint.policy;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Location;
import io.stacklint.model.Rating;
import io.stacklint.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns rated detections into findings under a policy: one finding per technology per evidence location. */
public final class Judge {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::technology)
            .thenComparing(Finding::location);

    private final Policy policy;
    private final Function<String, String> names;

    /**
     * @param policy the thresholds
     * @param names  a technology's display name by id, for messages that name replacements
     */
    public Judge(Policy policy, Function<String, String> names) {
        this.policy = policy;
        this.names = names;
    }

    /** Findings sorted errors first, then by technology and location. */
    public List<Finding> findings(List<Detection> detections) {
        List<Finding> findings = new ArrayList<>();
        for (Detection detection : detections) {
            Set<Location> seen = new HashSet<>();
            for (Evidence evidence : detection.evidence()) {
                Optional<Rating> rating = detection.ratingAt(evidence.location());
                if (rating.isEmpty() || !seen.add(evidence.location())) {
                    continue;
                }
                Optional<Severity> severity = policy.severity(rating.get().ring());
                if (severity.isPresent()) {
                    findings.add(new Finding(detection.id(), rating.get().ring(), severity.get(),
                            evidence.location(), message(detection.technology().name(), rating.get()),
                            evidence.value(), false));
                }
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private String message(String name, Rating rating) {
        StringBuilder message = new StringBuilder(name).append(" is rated ").append(rating.ring().id());
        if (!rating.reason().isEmpty()) {
            message.append(": ").append(rating.reason());
            if (!rating.reason().endsWith(".")) {
                message.append('.');
            }
        } else {
            message.append('.');
        }
        if (!rating.replacements().isEmpty()) {
            List<String> replacementNames = rating.replacements().stream().map(names).toList();
            message.append(" Use ").append(joinAlternatives(replacementNames)).append(" instead.");
        }
        return message.toString();
    }

    private static String joinAlternatives(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
