package io.stacklint.radar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches radars over https with a timeout and keeps each in the user's cache folder (never in the scanned
 * repository) for a validity period, so CI runs do not fetch on every build; offline runs use the cache alone.
 */
public final class HttpsRadarFetcher implements RadarFetcher {

    /** A radar is a list of ratings; anything larger is not one. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** How long a fetched radar is used without asking the server again. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** The network call alone, replaceable in tests. */
    @FunctionalInterface
    interface Transport {
        byte[] get(URI uri, Duration timeout) throws IOException;
    }

    private final Path cacheDir;
    private final Duration validity;
    private final Duration timeout;
    private final Transport transport;
    private final Clock clock;

    HttpsRadarFetcher(Path cacheDir, Duration validity, Duration timeout, Transport transport, Clock clock) {
        this.cacheDir = cacheDir;
        this.validity = validity;
        this.timeout = timeout;
        this.transport = transport;
        this.clock = clock;
    }

    /** A fetcher caching under {@code cacheDir} with the default validity and timeout. */
    public static HttpsRadarFetcher create(Path cacheDir, Clock clock) {
        return new HttpsRadarFetcher(cacheDir, DEFAULT_VALIDITY, DEFAULT_TIMEOUT, HttpsRadarFetcher::httpGet, clock);
    }

    /**
     * The platform's per-user cache folder for stacklint's radars: {@code $XDG_CACHE_HOME} or {@code ~/.cache} on
     * Linux, {@code ~/Library/Caches} on macOS, {@code %LOCALAPPDATA%} on Windows.
     */
    public static Path defaultCacheDir(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
            base = Path.of(env.get("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            base = home.resolve("Library").resolve("Caches");
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            base = Path.of(env.get("XDG_CACHE_HOME"));
        } else {
            base = home.resolve(".cache");
        }
        return base.resolve("stacklint").resolve("radars");
    }

    @Override
    public byte[] fetch(URI uri, boolean offline) throws IOException {
        if (!"https".equals(uri.getScheme())) {
            throw new IOException("only https URLs are fetched");
        }
        Path cached = cacheDir.resolve(key(uri));
        boolean present = Files.isRegularFile(cached);
        if (present && (offline || isFresh(cached))) {
            return Files.readAllBytes(cached);
        }
        if (offline) {
            throw new IOException("not in the radar cache (" + cacheDir + ") and --offline forbids fetching it;"
                    + " run once without --offline");
        }
        byte[] bytes = transport.get(uri, timeout);
        store(cached, bytes);
        return bytes;
    }

    private boolean isFresh(Path cached) throws IOException {
        Instant written = Files.getLastModifiedTime(cached).toInstant();
        return written.plus(validity).isAfter(clock.instant());
    }

    /** Written through a temporary file and a rename, so a parallel run never reads half a radar. */
    private void store(Path cached, byte[] bytes) throws IOException {
        Files.createDirectories(cacheDir);
        Path temporary = Files.createTempFile(cacheDir, "radar", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.setLastModifiedTime(temporary, java.nio.file.attribute.FileTime.from(clock.instant()));
            try {
                Files.move(temporary, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static String key(URI uri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ".radar";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] httpGet(URI uri, Duration timeout) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
                }
                return bytes;
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("no answer within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
