package io.stacklint.radar;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.catalog.CatalogLoader;
import io.stacklint.error.ConfigurationException;
import io.stacklint.model.Rating;
import io.stacklint.model.Ring;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RadarLoaderTest {

    private static final String PATH = "radar.yml";
    private static final Set<String> KNOWN = Set.of("mysql", "postgresql", "mariadb", "redis", "nodejs",
            "nodejs-backend", "express");

    private static Radar parse(String text) {
        return RadarLoader.parse(PATH, text, KNOWN);
    }

    private static ConfigurationException refused(String text) {
        try {
            parse(text);
        } catch (ConfigurationException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigurationException for:\n" + text);
    }

    @Test
    void readsTheShortForm() {
        Radar radar = parse("ratings:\n  mysql: avoid\n  redis: recommended\n");

        assertThat(radar.rating("mysql")).contains(new Rating(Ring.AVOID, "", List.of()));
        assertThat(radar.rating("redis")).contains(new Rating(Ring.RECOMMENDED, "", List.of()));
        assertThat(radar.rating("postgresql")).isEmpty();
    }

    @Test
    void readsTheLongForm() {
        Radar radar = parse("""
                ratings:
                  mysql:
                    ring: avoid
                    reason: >
                      Licensing and replication trouble.
                    replacements: [postgresql, mariadb]
                """);

        assertThat(radar.rating("mysql")).contains(new Rating(Ring.AVOID, "Licensing and replication trouble.",
                List.of("postgresql", "mariadb")));
    }

    @Test
    void aSingleReplacementMayBeWrittenWithoutAList() {
        Radar radar = parse("ratings:\n  mysql:\n    ring: sunsetting\n    replacements: postgresql\n");

        assertThat(radar.rating("mysql").orElseThrow().replacements()).containsExactly("postgresql");
        assertThat(radar.rating("mysql").orElseThrow().reason()).isEmpty();
    }

    @Test
    void versionRangesAreRatedOnTheirOwnAndInheritTheEntrysReplacements() {
        Radar radar = parse("""
                ratings:
                  nodejs:
                    ring: recommended
                    replacements: [nodejs-backend]
                    versions:
                      "<18": avoid
                      ">=18 <20":
                        ring: sunsetting
                        reason: Node 18 left maintenance in April 2025
                """);

        assertThat(radar.rating("nodejs")).map(Rating::ring).contains(Ring.RECOMMENDED);
        assertThat(radar.rating("nodejs", "16.20.2")).get().satisfies(rating -> {
            assertThat(rating.ring()).isEqualTo(Ring.AVOID);
            assertThat(rating.reason()).isEqualTo("versions <18 are rated avoid");
            assertThat(rating.replacements()).containsExactly("nodejs-backend");
        });
        assertThat(radar.rating("nodejs", "^18.19")).map(Rating::reason)
                .contains("Node 18 left maintenance in April 2025");
        assertThat(radar.rating("nodejs", "22.1.0")).isEmpty();
    }

    @Test
    void aLaterRadarsRatingReplacesTheVersionRulesOfAnEarlierOne() {
        Radar organisation = parse("ratings:\n  nodejs:\n    ring: good\n    versions:\n      \"<18\": avoid\n");
        Radar repository = parse("ratings:\n  nodejs: sunsetting\n");

        Radar merged = organisation.overriddenBy(repository);

        assertThat(merged.rating("nodejs", "16")).isEmpty();
        assertThat(merged.rating("nodejs")).map(Rating::ring).contains(Ring.SUNSETTING);
    }

    @Test
    void aMalformedVersionRangeIsRefusedAtItsPosition() {
        ConfigurationException error = refused("""
                ratings:
                  nodejs:
                    ring: good
                    versions:
                      "=>18": avoid
                """);

        assertThat(error).hasMessage("radar.yml:5:7: malformed version range '=>18'; write comparisons such as"
                + " <12, >=5.7 <8 or a version such as 5.7");
    }

    @Test
    void aVersionRuleWithAnUnknownRingIsRefusedAtTheRing() {
        ConfigurationException error = refused(
                "ratings:\n  nodejs:\n    ring: good\n    versions:\n      \"<18\": banned\n");

        assertThat(error.location().line()).isEqualTo(5);
        assertThat(error.location().column()).isEqualTo(14);
        assertThat(error.getMessage()).contains("unknown ring 'banned'");
    }

    @Test
    void versionsMustBeAMapping() {
        ConfigurationException error = refused(
                "ratings:\n  nodejs:\n    ring: good\n    versions: [\"<18\"]\n");

        assertThat(error).hasMessageStartingWith("radar.yml:4:15: versions of 'nodejs' must map version ranges");
    }

    @Test
    void anEmptyRadarRatesNothing() {
        assertThat(parse("").ratings()).isEmpty();
        assertThat(parse("# to be filled\n").ratings()).isEmpty();
    }

    @Test
    void anUnknownTechnologyIdSuggestsTheNearestKnownOne() {
        ConfigurationException error = refused("ratings:\n  mysql: avoid\n  postgres: recommended\n");

        assertThat(error).hasMessage(
                "radar.yml:3:3: unknown technology id 'postgres'; did you mean 'postgresql'?");
    }

    @Test
    void anUnknownTechnologyIdFarFromAnyKnownOnePointsAtTheCatalog() {
        ConfigurationException error = refused("ratings:\n  oracle-database: avoid\n");

        assertThat(error).hasMessage(
                "radar.yml:2:3: unknown technology id 'oracle-database'; 'stacklint catalog' lists the known ids");
    }

    @Test
    void anUnknownRingIsRefusedInTheShortForm() {
        ConfigurationException error = refused("ratings:\n  mysql: deprecated\n");

        assertThat(error).hasMessage(
                "radar.yml:2:10: unknown ring 'deprecated'; rings are experimental, recommended, good, sunsetting, avoid");
    }

    @Test
    void anUnknownRingIsRefusedInTheLongForm() {
        ConfigurationException error = refused("ratings:\n  mysql:\n    ring: hold\n");

        assertThat(error).hasMessage(
                "radar.yml:3:11: unknown ring 'hold'; rings are experimental, recommended, good, sunsetting, avoid");
    }

    @Test
    void anUnknownKeyInsideARatingSuggestsTheKeyMeant() {
        ConfigurationException error = refused(
                "ratings:\n  mysql:\n    ring: avoid\n    replacement: [postgresql]\n");

        assertThat(error).hasMessage(
                "radar.yml:4:5: unknown key 'replacement' in the rating of 'mysql'; did you mean 'replacements'?");
    }

    @Test
    void aRatingWithoutARingIsRefused() {
        ConfigurationException error = refused("ratings:\n  mysql:\n    reason: old\n");

        assertThat(error).hasMessage(
                "radar.yml:3:5: the rating of 'mysql' needs a ring (experimental, recommended, good, sunsetting, avoid)");
    }

    @Test
    void aReplacementTheCatalogDoesNotKnowIsRefused() {
        ConfigurationException error = refused(
                "ratings:\n  mysql:\n    ring: avoid\n    replacements: [postgresql, oracle]\n");

        assertThat(error.getMessage()).startsWith("radar.yml:4:")
                .endsWith("replacement 'oracle' of 'mysql' is not a technology id the catalog knows");
    }

    @Test
    void aDuplicateIdIsRefusedAtTheSecondOne() {
        ConfigurationException error = refused("ratings:\n  mysql: avoid\n  redis: good\n  mysql: good\n");

        assertThat(error).hasMessage("radar.yml:4:3: duplicate key 'mysql'");
    }

    @Test
    void aMistypedRootKeyIsRefused() {
        ConfigurationException error = refused("rating:\n  mysql: avoid\n");

        assertThat(error).hasMessage("radar.yml:1:1: unknown key 'rating' in a radar; did you mean 'ratings'?");
    }

    @Test
    void aRadarWithoutRatingsIsRefused() {
        ConfigurationException error = refused("{}\n");

        assertThat(error).hasMessage("radar.yml:1:1: a radar needs a 'ratings' mapping");
    }

    @Test
    void aListOfRatingsIsRefused() {
        ConfigurationException error = refused("ratings:\n  - mysql: avoid\n");

        assertThat(error).hasMessage("radar.yml:2:3: expected a mapping (key: value), found a list");
    }

    @Test
    void aLaterRadarWinsForTheTechnologiesItRates() {
        Radar organisation = parse("ratings:\n  mysql: avoid\n  redis: recommended\n");
        Radar repository = parse("ratings:\n  mysql: good\n");

        Radar merged = organisation.overriddenBy(repository);

        assertThat(merged.rating("mysql").orElseThrow().ring()).isEqualTo(Ring.GOOD);
        assertThat(merged.rating("redis").orElseThrow().ring()).isEqualTo(Ring.RECOMMENDED);
        assertThat(organisation.rating("mysql").orElseThrow().ring()).isEqualTo(Ring.AVOID);
    }

    // --- the shipped default radar -----------------------------------------------------------------------------

    @Test
    void theDefaultRadarRatesEveryTechnologyOfTheCatalog() {
        Set<String> ids = CatalogLoader.loadDefault().ids();
        Map<String, Rating> ratings = RadarLoader.loadDefault(ids).ratings();

        Set<String> unrated = new TreeSet<>(ids);
        unrated.removeAll(ratings.keySet());
        assertThat(unrated).as("catalog technologies the default radar does not rate").isEmpty();
        assertThat(ratings.keySet()).isSubsetOf(ids);
    }

    @Test
    void theDefaultRadarRatesMysqlAvoidWithReplacements() {
        Radar radar = RadarLoader.loadDefault(CatalogLoader.loadDefault().ids());

        Rating mysql = radar.rating("mysql").orElseThrow();
        assertThat(mysql.ring()).isEqualTo(Ring.AVOID);
        assertThat(mysql.replacements()).containsExactly("postgresql", "mariadb");
        assertThat(mysql.reason()).isNotBlank();
    }

    @Test
    void theDefaultRadarRatesANodeBackendSunsetting() {
        Radar radar = RadarLoader.loadDefault(CatalogLoader.loadDefault().ids());

        assertThat(radar.rating("nodejs-backend").orElseThrow().ring()).isEqualTo(Ring.SUNSETTING);
        assertThat(radar.rating("nodejs").orElseThrow().ring()).isEqualTo(Ring.RECOMMENDED);
    }

    @Test
    void an_unknown_replacement_is_reported_at_its_own_list_item() {
        ConfigurationException error = refused("ratings:\n  mysql:\n    ring: avoid\n    replacements:\n"
                + "      - postgresql\n      - oracle\n");

        assertThat(error.getMessage())
                .isEqualTo("radar.yml:6:9: replacement 'oracle' of 'mysql' is not a technology id the catalog knows");
    }

    @Test
    void a_document_start_marker_alone_is_an_empty_radar() {
        assertThat(parse("---\n# nothing rated yet\n").ratings()).isEmpty();
    }
}
