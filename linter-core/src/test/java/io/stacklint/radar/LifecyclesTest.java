package io.stacklint.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.error.ConfigurationException;
import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Rating;
import io.stacklint.model.Ring;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecyclesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Lifecycles FACTS = LifecyclesLoader.parse("eol.yml", """
            products:
              postgresql:
                name: PostgreSQL
                technologies: [postgresql]
                source: "endoflife.date (2026-08-22)"
                cycles:
                  - {cycle: "18", eol: 2030-11-14}
                  - {cycle: "14", eol: 2026-11-12}
                  - {cycle: "13", eol: 2025-11-13}
                  - {cycle: "9.6", eol: 2021-11-11}
                  - {cycle: "8.4", eol: true}
              mysql:
                name: MySQL
                technologies: [mysql]
                cycles:
                  - {cycle: "8.4", eol: 2027-04-30}
                  - {cycle: "8.0", eol: 2026-04-30}
            """, Set.of("postgresql", "mysql"));

    private static Optional<Rating> rate(String id, String version, Ring own, EndOfLifeMode mode) {
        return FACTS.rate(id, version, Optional.ofNullable(own).map(ring -> new Rating(ring, "", List.of())), TODAY,
                mode);
    }

    @Test
    void aVersionPastItsEndOfLifeIsAvoidWithTheDateAndTheNewestCycle() {
        Rating rating = rate("postgresql", "9.6", Ring.RECOMMENDED, EndOfLifeMode.AVOID).orElseThrow();

        assertThat(rating.ring()).isEqualTo(Ring.AVOID);
        assertThat(rating.reason()).isEqualTo("PostgreSQL 9.6 reached end of life on 2021-11-11; upgrade to 18");
        assertThat(rating.source()).isEqualTo("end-of-life data: endoflife.date (2026-08-22)");
        assertThat(rate("postgresql", "8.4.22", null, EndOfLifeMode.AVOID)).map(Rating::reason)
                .contains("PostgreSQL 8.4 has reached end of life; upgrade to 18");
    }

    @Test
    void withinSixMonthsOfTheDateIsSunsetting() {
        Rating rating = rate("mysql", "8.4.3", Ring.GOOD, EndOfLifeMode.AVOID).orElseThrow();

        assertThat(rating.ring()).isEqualTo(Ring.SUNSETTING);
        assertThat(rating.reason()).isEqualTo("MySQL 8.4 reaches end of life on 2027-04-30");
        assertThat(rate("postgresql", "18.1", Ring.GOOD, EndOfLifeMode.AVOID)).isEmpty();
    }

    @Test
    void theTechnologysOwnWorseRatingStandsAndTheModeSoftensOrSilences() {
        assertThat(rate("mysql", "8.0", Ring.AVOID, EndOfLifeMode.AVOID)).isEmpty();
        assertThat(rate("postgresql", "13", Ring.RECOMMENDED, EndOfLifeMode.SUNSETTING)).map(Rating::ring)
                .contains(Ring.SUNSETTING);
        assertThat(rate("postgresql", "13", Ring.RECOMMENDED, EndOfLifeMode.OFF)).isEmpty();
        assertThat(rate("postgresql", ">=9.6", Ring.RECOMMENDED, EndOfLifeMode.AVOID)).isEmpty();
        assertThat(rate("redis", "5.0", Ring.RECOMMENDED, EndOfLifeMode.AVOID)).isEmpty();
    }

    @Test
    void badFactsAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> LifecyclesLoader.parse("eol.yml",
                "products:\n  pg:\n    technologies: [postgres]\n    cycles: []\n", Set.of("postgresql")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("eol.yml:3:19: unknown technology id 'postgres'");
        assertThatThrownBy(() -> LifecyclesLoader.parse("eol.yml",
                "products:\n  pg:\n    technologies: [postgresql]\n    cycles:\n      - {cycle: '9', eol: soon}\n",
                Set.of("postgresql")))
                .hasMessage("eol.yml:5:27: 'soon' is not a date (YYYY-MM-DD), true or false");
    }

    @Test
    void theShippedFactsLoadAgainstTheShippedCatalog() {
        Lifecycles shipped = LifecyclesLoader.loadDefault(io.stacklint.catalog.CatalogLoader.loadDefault().ids());

        assertThat(shipped.product("postgresql")).isPresent();
        assertThat(shipped.cycle("postgresql", "9.6")).map(Lifecycles.Cycle::eol)
                .contains(Optional.of(LocalDate.of(2021, 11, 11)));
    }
}
