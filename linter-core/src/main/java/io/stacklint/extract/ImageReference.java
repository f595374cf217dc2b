package io.stacklint.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * A container image reference split as the OCI distribution grammar does:
 * {@code [registry[:port]/]path[:tag][@digest]}. The repository is the path without the registry and without
 * Docker Hub's implicit {@code library/}: {@code docker.io/library/redis:7} is repository {@code redis}, tag 7.
 *
 * @param registry   the registry host (and port) when one is written, else null
 * @param repository the image path without registry, lowercase
 * @param tag        the tag, or null
 * @param digest     the digest, or null
 */
public record ImageReference(String registry, String repository, String tag, String digest) {

    /**
     * Parses a reference; empty when the text is not an image reference at all (blank, or still holding an
     * unresolved variable such as {@code ${IMAGE}}).
     */
    public static Optional<ImageReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String reference = text.trim();
        if (reference.isEmpty() || reference.contains("$") || reference.contains(" ")) {
            return Optional.empty();
        }
        String digest = null;
        int at = reference.indexOf('@');
        if (at >= 0) {
            digest = reference.substring(at + 1);
            reference = reference.substring(0, at);
        }
        String registry = null;
        int slash = reference.indexOf('/');
        if (slash > 0) {
            String first = reference.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                reference = reference.substring(slash + 1);
            }
        }
        String tag = null;
        int colon = reference.lastIndexOf(':');
        if (colon > reference.lastIndexOf('/')) {
            tag = reference.substring(colon + 1);
            reference = reference.substring(0, colon);
        }
        String repository = reference.toLowerCase(Locale.ROOT);
        if (repository.startsWith("library/") && (registry == null || isDockerHub(registry))) {
            repository = repository.substring("library/".length());
        }
        if (repository.isEmpty() || (tag != null && tag.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new ImageReference(registry, repository, tag, digest));
    }

    private static boolean isDockerHub(String registry) {
        return registry.equals("docker.io") || registry.equals("index.docker.io")
                || registry.equals("registry-1.docker.io");
    }
}
