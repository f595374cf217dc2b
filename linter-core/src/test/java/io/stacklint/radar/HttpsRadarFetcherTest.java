package io.stacklint.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsRadarFetcherTest {

    private static final URI RADAR = URI.create("https://platform.example.org/radar.yml");
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final AtomicInteger calls = new AtomicInteger();

    private HttpsRadarFetcher fetcher(Path cache, Instant now) {
        return new HttpsRadarFetcher(cache, Duration.ofHours(24), Duration.ofSeconds(5), (uri, timeout) -> {
            calls.incrementAndGet();
            return ("ratings:\n  mysql: avoid # fetch " + calls.get() + "\n").getBytes(StandardCharsets.UTF_8);
        }, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void a_fetched_radar_is_reused_within_the_validity_period_and_fetched_again_after(@TempDir Path cache)
            throws IOException {
        fetcher(cache, NOW).fetch(RADAR, false);
        byte[] again = fetcher(cache, NOW.plus(Duration.ofHours(23))).fetch(RADAR, false);
        assertThat(calls).hasValue(1);
        assertThat(new String(again, StandardCharsets.UTF_8)).contains("fetch 1");

        byte[] later = fetcher(cache, NOW.plus(Duration.ofHours(25))).fetch(RADAR, false);
        assertThat(calls).hasValue(2);
        assertThat(new String(later, StandardCharsets.UTF_8)).contains("fetch 2");
    }

    @Test
    void offline_uses_even_a_stale_cache_and_refuses_to_fetch(@TempDir Path cache) throws IOException {
        fetcher(cache, NOW).fetch(RADAR, false);
        fetcher(cache, NOW.plus(Duration.ofDays(30))).fetch(RADAR, true);
        assertThat(calls).hasValue(1);

        assertThatThrownBy(() -> fetcher(cache, NOW).fetch(URI.create("https://elsewhere.example.org/r.yml"), true))
                .hasMessageContaining("not in the radar cache").hasMessageContaining("--offline");
        assertThat(calls).hasValue(1);
    }

    @Test
    void only_https_is_fetched(@TempDir Path cache) {
        assertThatThrownBy(() -> fetcher(cache, NOW).fetch(URI.create("http://example.org/r.yml"), false))
                .hasMessage("only https URLs are fetched");
    }

    @Test
    void the_cache_lives_in_the_users_cache_folder() {
        Path home = Path.of("/home/dev");
        assertThat(HttpsRadarFetcher.defaultCacheDir(Map.of(), "Linux", home))
                .isEqualTo(Path.of("/home/dev/.cache/stacklint/radars"));
        assertThat(HttpsRadarFetcher.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/var/cache/ci"), "Linux", home))
                .isEqualTo(Path.of("/var/cache/ci/stacklint/radars"));
        assertThat(HttpsRadarFetcher.defaultCacheDir(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/dev/Library/Caches/stacklint/radars"));
    }
}
