package io.stacklint.report;

import io.stacklint.model.Detection;
import io.stacklint.model.Evidence;
import io.stacklint.model.Finding;
import io.stacklint.model.Rating;
import io.stacklint.model.Report;
import io.stacklint.model.Ring;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What several formats look up in one report: a technology's detection, the evidence behind a finding, and a
 * stable fingerprint per finding. Built once per rendering; holds nothing the report does not.
 */
final class ReportFacts {

    private final Report report;
    private final Map<String, Detection> detections = new HashMap<>();
    private final List<String> fingerprints;

    ReportFacts(Report report) {
        this.report = report;
        for (Detection detection : report.technologies()) {
            detections.putIfAbsent(detection.id(), detection);
        }
        this.fingerprints = fingerprints(report.findings());
    }

    /** The technology's display name, or its id when the report does not hold it. */
    String name(String technology) {
        Detection detection = detections.get(technology);
        return detection == null ? technology : detection.technology().name();
    }

    String category(String technology) {
        Detection detection = detections.get(technology);
        return detection == null ? "" : detection.technology().category();
    }

    Optional<Rating> rating(String technology) {
        return Optional.ofNullable(detections.get(technology)).flatMap(Detection::rating);
    }

    /** The rating's reason, empty when unknown. */
    String reason(String technology) {
        return rating(technology).map(Rating::reason).orElse("");
    }

    /**
     * The finding's message without its "Name is rated ring" opening: the rating's reason and replacements as the
     * policy worded them, with the replacements' display names. Empty when the message says nothing more.
     */
    String advice(Finding finding) {
        String opening = name(finding.technology()) + " is rated " + finding.ring().id();
        String message = finding.message();
        if (message.equals(opening + ".")) {
            return "";
        }
        if (message.startsWith(opening + ": ")) {
            return message.substring(opening.length() + 2);
        }
        if (message.startsWith(opening + ". ")) {
            return message.substring(opening.length() + 2);
        }
        return message;
    }

    /** The evidence the finding was made from: same technology, same location. */
    Optional<Evidence> evidence(Finding finding) {
        Detection detection = detections.get(finding.technology());
        if (detection == null) {
            return Optional.empty();
        }
        return detection.evidence().stream().filter(e -> e.location().equals(finding.location())).findFirst();
    }

    /** For transitive evidence, the dependency path down from the direct dependency; empty otherwise. */
    List<String> via(Finding finding) {
        return evidence(finding).map(Evidence::via).orElse(List.of());
    }

    /** The finding's message, with the declaration found and, for transitive evidence, the path to it. */
    String fullMessage(Finding finding) {
        StringBuilder message = new StringBuilder(finding.message()).append(" (").append(finding.value());
        List<String> via = via(finding);
        if (!via.isEmpty()) {
            message.append(", via ").append(String.join(" -> ", via));
        }
        return message.append(')').toString();
    }

    /**
     * The fingerprint of the finding at {@code index} in the report: a hash of the technology, the path and the
     * declaration as written, never the line, so it survives edits elsewhere in the file. The second and later
     * findings with the same hash (the same image in two services of one file) get {@code -2}, {@code -3}, ...
     */
    String fingerprint(int index) {
        return fingerprints.get(index);
    }

    /** {@code path:line}. */
    static String where(Finding finding) {
        return finding.location().path() + ":" + finding.location().line();
    }

    /** The rings of the report's findings, worst first, each with its findings in report order. */
    Map<Ring, List<Finding>> byRing() {
        Map<Ring, List<Finding>> grouped = new LinkedHashMap<>();
        Ring[] rings = Ring.values();
        for (int i = rings.length - 1; i >= 0; i--) {
            Ring ring = rings[i];
            List<Finding> findings = report.findings().stream().filter(f -> f.ring() == ring).toList();
            if (!findings.isEmpty()) {
                grouped.put(ring, findings);
            }
        }
        return grouped;
    }

    private static List<String> fingerprints(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String hash = sha256("stacklint/v1\0" + finding.technology() + "\0" + finding.location().path() + "\0"
                    + finding.value()).substring(0, 32);
            int occurrence = seen.merge(hash, 1, Integer::sum);
            result.add(occurrence == 1 ? hash : hash + "-" + occurrence);
        }
        return List.copyOf(result);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A repository-relative path as a relative URI reference: every segment percent-encoded as RFC 3986 requires
     * (spaces, non-ASCII characters as UTF-8, '%', '#', '?', ':', and the parentheses and quotes that would end a
     * Markdown link), the '/' separators kept.
     */
    static String uriPath(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~/!$&+,;=@".indexOf(c) >= 0;
            if (plain) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    /** Text safe inside Markdown, a table cell included: markup characters escaped, line breaks as spaces. */
    static String markdown(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                escaped.append(' ');
            } else if ("\\`*_[]<>|~#!".indexOf(c) >= 0) {
                escaped.append('\\').append(c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
