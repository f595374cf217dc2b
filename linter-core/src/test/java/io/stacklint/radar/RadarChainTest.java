package io.stacklint.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadarChainTest {

    private static final Set<String> IDS = Set.of("mysql", "redis", "postgresql", "mongodb");
    private static final Radar EMBEDDED = new Radar(Map.of("mongodb", new io.stacklint.model.Rating(Ring.AVOID, "",
            List.of())));

    private static RadarReference named(String reference) {
        return new RadarReference(reference, Optional.of(new Location(".stacklint.yml", 2, 5)));
    }

    @Test
    void a_url_radar_extends_relative_to_its_own_url() {
        Map<String, String> web = Map.of(
                "https://platform.example.org/radars/team.yml", "extends: org.yml\nratings:\n  redis: good\n",
                "https://platform.example.org/radars/org.yml", "ratings:\n  redis: avoid\n  mysql: sunsetting\n");
        RadarFetcher fetcher = (uri, offline) -> web.get(uri.toString()).getBytes(StandardCharsets.UTF_8);

        Radar radar = new RadarChain(IDS, EMBEDDED, fetcher, false)
                .load(List.of(named("embedded"), named("https://platform.example.org/radars/team.yml")), Path.of("."));

        assertThat(radar.rating("redis").orElseThrow().ring()).isEqualTo(Ring.GOOD);
        assertThat(radar.rating("mysql").orElseThrow().ring()).isEqualTo(Ring.SUNSETTING);
        assertThat(radar.rating("mongodb").orElseThrow().ring()).isEqualTo(Ring.AVOID);
    }

    @Test
    void a_cycle_of_extends_is_an_error_at_the_reference_that_closes_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yml"), "extends: b.yml\nratings: {}\n");
        Files.writeString(dir.resolve("b.yml"), "ratings:\n  redis: good\nextends: [a.yml]\n");

        assertThatThrownBy(() -> new RadarChain(IDS, EMBEDDED, RadarFetcher.none(), false)
                .load(List.of(named("a.yml")), dir))
                .hasMessage(dir.resolve("b.yml") + ":3:11: radar 'a.yml' extends itself: " + dir.resolve("a.yml")
                        + " -> " + dir.resolve("b.yml") + " -> " + dir.resolve("a.yml"));
    }

    @Test
    void a_wrong_rating_in_an_extended_radar_names_that_file(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("org.yml"), "ratings:\n  mysql: hold\n");
        Files.writeString(dir.resolve("repo.yml"), "extends: org.yml\nratings:\n  redis: good\n");

        assertThatThrownBy(() -> new RadarChain(IDS, EMBEDDED, RadarFetcher.none(), false)
                .load(List.of(named("repo.yml")), dir))
                .hasMessageStartingWith(dir.resolve("org.yml") + ":2:10: unknown ring 'hold'");
    }

    @Test
    void plain_http_is_refused() {
        assertThatThrownBy(() -> new RadarChain(IDS, EMBEDDED, RadarFetcher.none(), false)
                .load(List.of(new RadarReference("http://example.org/r.yml", Optional.empty())), Path.of(".")))
                .hasMessage("--radar http://example.org/r.yml: is fetched over plain http; only https URLs are"
                        + " accepted");
    }
}
