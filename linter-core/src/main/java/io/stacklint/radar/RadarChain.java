package io.stacklint.radar;

import io.stacklint.error.ConfigurationException;
import io.stacklint.error.StacklintException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the radar a run uses from a list of radars, later ones winning, each radar first laid over what it
 * {@code extends} (an organisation's radar, then a repository's overrides). Files are read relative to the file
 * that names them, URLs through the {@link RadarFetcher}; a cycle of {@code extends} is an error.
 */
public final class RadarChain {

    private final Set<String> knownIds;
    private final Radar embedded;
    private final RadarFetcher fetcher;
    private final boolean offline;

    public RadarChain(Set<String> knownIds, Radar embedded, RadarFetcher fetcher, boolean offline) {
        this.knownIds = knownIds;
        this.embedded = embedded;
        this.fetcher = fetcher;
        this.offline = offline;
    }

    /**
     * The radars laid over each other in order; relative paths are resolved against {@code baseDir}.
     *
     * @throws StacklintException naming where a radar that cannot be read or is wrong was named
     */
    public Radar load(List<RadarReference> references, Path baseDir) {
        Radar result = new Radar(Map.of());
        for (RadarReference reference : references) {
            result = result.overriddenBy(load(reference, new Base(baseDir, null), new ArrayList<>()));
        }
        return result;
    }

    /** Where relative references are resolved: a folder, or the URL of the radar that names them. */
    private record Base(Path dir, URI url) {
    }

    private Radar load(RadarReference reference, Base base, List<String> chain) {
        if (reference.isEmbedded()) {
            return embedded;
        }
        if (reference.reference().startsWith("http://")) {
            throw error(reference, "is fetched over plain http; only https URLs are accepted");
        }
        URI url = null;
        Path file = null;
        if (reference.isUrl()) {
            url = uri(reference);
        } else if (base.url() != null) {
            url = base.url().resolve(uri(reference));
        } else {
            file = base.dir().resolve(reference.reference()).normalize();
        }
        String display = url != null ? url.toString() : file.toString();
        if (chain.contains(display)) {
            throw error(reference, "extends itself: " + String.join(" -> ", chain) + " -> " + display);
        }
        byte[] bytes;
        try {
            bytes = url != null ? fetcher.fetch(url, offline) : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw error(reference, "no such radar file (" + display + ")");
        } catch (IOException e) {
            throw error(reference, "cannot be read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        RadarLoader.Parsed parsed = RadarLoader.parseFile(display, text, knownIds);
        chain.add(display);
        Base own = url != null ? new Base(null, url) : new Base(file.getParent() == null ? Path.of("") : file.getParent(),
                null);
        Radar result = new Radar(Map.of());
        for (RadarReference extended : parsed.extended()) {
            result = result.overriddenBy(load(extended, own, chain));
        }
        chain.remove(chain.size() - 1);
        return result.overriddenBy(parsed.ratings());
    }

    private static URI uri(RadarReference reference) {
        try {
            return new URI(reference.reference());
        } catch (URISyntaxException e) {
            throw error(reference, "is not a valid URL: " + e.getReason());
        }
    }

    private static StacklintException error(RadarReference reference, String message) {
        String text = "radar '" + reference.reference() + "' " + message;
        return reference.namedAt().<StacklintException>map(at -> new ConfigurationException(at, text))
                .orElseGet(() -> new StacklintException("--radar " + reference.reference() + ": " + message));
    }
}
