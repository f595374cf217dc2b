package io.stacklint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.error.ConfigurationException;
import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationLoaderTest {

    private static final String PATH = ".stacklint.yml";

    private static Configuration parse(String text) {
        return ConfigurationLoader.parse(PATH, text);
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
    void readsFailOnAndWarnOn() {
        Configuration configuration = parse("failOn: sunsetting\nwarnOn: good\n");

        assertThat(configuration.failOn()).contains(Ring.SUNSETTING);
        assertThat(configuration.warnOn()).contains(Ring.GOOD);
        assertThat(configuration.source()).contains(PATH);
    }

    @Test
    void readsTransitive() {
        assertThat(parse("transitive: true\n").transitive()).contains(true);
        assertThat(parse("transitive: false\n").transitive()).contains(false);
        assertThat(parse("failOn: avoid\n").transitive()).isEmpty();
    }

    @Test
    void transitiveMustBeTrueOrFalse() {
        ConfigurationException error = refused("failOn: avoid\ntransitive: yes\n");

        assertThat(error.location()).isEqualTo(new Location(PATH, 2, 13));
        assertThat(error.getMessage()).contains("expected true or false for transitive, found 'yes'");
    }

    @Test
    void readsMaxFileSizeInTheUnitsPeopleWrite() {
        assertThat(parse("maxFileSize: 8MiB\n").maxFileSize()).contains(8L * 1024 * 1024);
        assertThat(parse("maxFileSize: 512 KiB\n").maxFileSize()).contains(512L * 1024);
        assertThat(parse("maxFileSize: 2048\n").maxFileSize()).contains(2048L);
        assertThat(parse("failOn: avoid\n").maxFileSize()).isEmpty();
    }

    @Test
    void aMalformedOrAbsurdMaxFileSizeIsRefusedAtItsValue() {
        assertThat(refused("maxFileSize: big\n")).hasMessage(".stacklint.yml:1:14: malformed size 'big' for"
                + " maxFileSize; write it as 8MiB, 512KiB or a number of bytes");
        assertThat(refused("maxFileSize: 2GB\n")).hasMessageStartingWith(".stacklint.yml:1:14: malformed size");
        assertThat(refused("maxFileSize: 512MiB\n")).hasMessage(".stacklint.yml:1:14: maxFileSize 512MiB is out of"
                + " range: from 1KiB to 256MiB");
    }

    @Test
    void topLevelExcludeAndIncludeJoinThePathsSection() {
        Configuration configuration = parse("""
                exclude: ["legacy/**"]
                include: [vendor/]
                paths:
                  exclude: ["**/testdata/**"]
                """);

        assertThat(configuration.exclude()).containsExactly("legacy/**", "**/testdata/**");
        assertThat(configuration.include()).containsExactly("vendor/");
    }

    @Test
    void radarIsAnotherSpellingOfRadars() {
        Configuration configuration = parse("radar: [embedded, ./radar-overrides.yml]\n");

        assertThat(configuration.radars()).extracting(Configuration.RadarSetting::reference)
                .containsExactly("embedded", "./radar-overrides.yml");
    }

    @Test
    void radarAndRadarsTogetherAreRefused() {
        ConfigurationException error = refused("radars: [embedded]\nradar: [./mine.yml]\n");

        assertThat(error.location()).isEqualTo(new Location(PATH, 2, 1));
        assertThat(error.getMessage()).contains("'radar' and 'radars' are the same setting");
    }

    @Test
    void settingsLeftOutStayEmpty() {
        Configuration configuration = parse("failOn: avoid\n");

        assertThat(configuration.failOn()).contains(Ring.AVOID);
        assertThat(configuration.warnOn()).isEmpty();
    }

    @Test
    void warnOnEqualToFailOnIsAccepted() {
        Configuration configuration = parse("failOn: sunsetting\nwarnOn: sunsetting\n");

        assertThat(configuration.failOn()).contains(Ring.SUNSETTING);
        assertThat(configuration.warnOn()).contains(Ring.SUNSETTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# nothing configured yet\n"})
    void anEmptyFileConfiguresNothing(String text) {
        Configuration configuration = parse(text);

        assertThat(configuration.failOn()).isEmpty();
        assertThat(configuration.warnOn()).isEmpty();
        assertThat(configuration.source()).contains(PATH);
    }

    @Test
    void readsPathsToExcludeAndFoldersToInclude() {
        Configuration configuration = parse("""
                paths:
                  exclude: [docs/, "legacy/**"]
                  include:
                    - test/fixtures/reference-app/
                """);

        assertThat(configuration.exclude()).containsExactly("docs/", "legacy/**");
        assertThat(configuration.include()).containsExactly("test/fixtures/reference-app/");
    }

    @Test
    void aMistypedPathsKeyIsRefusedWhereItIs() {
        ConfigurationException error = refused("paths:\n  excludes: [docs/]\n");

        assertThat(error).hasMessageStartingWith(".stacklint.yml:2:3: unknown key 'excludes' in paths")
                .hasMessageContaining("did you mean 'exclude'?");
    }

    @Test
    void aMistypedKeyIsRefusedWithItsPositionAndTheKeyMeant() {
        ConfigurationException error = refused("# thresholds\nfailon: avoid\n");

        assertThat(error).hasMessage(
                ".stacklint.yml:2:1: unknown key 'failon' in .stacklint.yml; did you mean 'failOn'?");
        assertThat(error.location()).isEqualTo(new Location(PATH, 2, 1));
    }

    @Test
    void anUnknownKeyPointsAtTheKeyNotTheDocument() {
        ConfigurationException error = refused("failOn: avoid\n  \nwarnon: good\n");

        assertThat(error).hasMessage(
                ".stacklint.yml:3:1: unknown key 'warnon' in .stacklint.yml; did you mean 'warnOn'?");
    }

    @Test
    void anUnrelatedKeyListsTheKnownKeys() {
        ConfigurationException error = refused("ignored: [docs/]\n");

        assertThat(error).hasMessageStartingWith(".stacklint.yml:1:1: unknown key 'ignored' in .stacklint.yml")
                .hasMessageContaining("failOn")
                .hasMessageContaining("warnOn");
    }

    @Test
    void anUnknownRingIsRefusedWithTheRingsThatExist() {
        ConfigurationException error = refused("failOn: critical\n");

        assertThat(error).hasMessage(".stacklint.yml:1:9: unknown ring 'critical' for failOn; "
                + "rings are experimental, recommended, good, sunsetting, avoid");
    }

    @Test
    void anUnknownWarnOnRingNamesWarnOn() {
        ConfigurationException error = refused("failOn: avoid\nwarnOn: hold\n");

        assertThat(error).hasMessage(".stacklint.yml:2:9: unknown ring 'hold' for warnOn; "
                + "rings are experimental, recommended, good, sunsetting, avoid");
    }

    @Test
    void malformedYamlIsRefusedWithThePositionWhereParsingStopped() {
        ConfigurationException error = refused("failOn: avoid\nwarnOn: [good\n");

        assertThat(error.getMessage()).startsWith(".stacklint.yml:").contains("invalid YAML");
        assertThat(error.location().path()).isEqualTo(PATH);
        assertThat(error.location().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badIndentationIsRefusedAtTheLineThatBreaksIt() {
        ConfigurationException error = refused("failOn: avoid\n  warnOn: good\n");

        assertThat(error.getMessage()).startsWith(".stacklint.yml:2:").contains("invalid YAML");
        assertThat(error.location().line()).isEqualTo(2);
    }

    @Test
    void warnOnWorseThanFailOnIsRefused() {
        ConfigurationException error = refused("failOn: sunsetting\nwarnOn: avoid\n");

        assertThat(error).hasMessage(
                ".stacklint.yml:2:9: warnOn (avoid) must not be worse than failOn (sunsetting)");
    }

    @Test
    void aListWhereARingIsExpectedIsRefused() {
        ConfigurationException error = refused("failOn: [avoid, sunsetting]\n");

        assertThat(error).hasMessage(".stacklint.yml:1:9: expected a text value, found a list");
    }

    @Test
    void aMappingWhereARingIsExpectedIsRefused() {
        ConfigurationException error = refused("failOn:\n  ring: avoid\n");

        assertThat(error).hasMessage(".stacklint.yml:2:3: expected a text value, found a mapping");
    }

    @Test
    void aKeyWithoutAValueIsRefused() {
        ConfigurationException error = refused("failOn:\n");

        assertThat(error.getMessage()).startsWith(".stacklint.yml:1:").contains("expected a text value");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRefused() {
        assertThat(refused("- failOn: avoid\n")).hasMessage(
                ".stacklint.yml:1:1: expected a mapping (key: value), found a list");
        assertThat(refused("avoid\n")).hasMessage(
                ".stacklint.yml:1:1: expected a mapping (key: value), found 'avoid'");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        ConfigurationException error = refused("failOn: avoid\nfailOn: sunsetting\n");

        assertThat(error).hasMessage(".stacklint.yml:2:1: duplicate key 'failOn'");
    }

    @Test
    void aSecondDocumentIsRefused() {
        ConfigurationException error = refused("failOn: avoid\n---\nfailOn: good\n");

        assertThat(error.getMessage()).startsWith(".stacklint.yml:3:").contains("expected one YAML document");
    }

    @Test
    void messagesNameTheFileAsTheCallerNamedIt() {
        assertThatThrownBy(() -> ConfigurationLoader.parse("repo/.stacklint.yml", "failOn: nope\n"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("repo/.stacklint.yml:1:9: ");
    }

    @Test
    void anUnreadableFileIsAnErrorAtItsFirstLine() {
        ConfigurationException error = ConfigurationLoader.unreadable(PATH, "permission denied");

        assertThat(error).hasMessage(".stacklint.yml:1:1: permission denied");
        assertThat(error.location()).isEqualTo(new Location(PATH, 1, 1));
    }

    @Test
    void parsedConfigurationLeavesNothingUnset() {
        Configuration configuration = parse("warnOn: experimental\n");

        assertThat(configuration).isEqualTo(
                new Configuration(Optional.of(PATH), Optional.empty(), Optional.of(Ring.EXPERIMENTAL)));
    }

    @Test
    void a_document_start_marker_alone_configures_nothing() {
        Configuration configuration = ConfigurationLoader.parse(".stacklint.yml", "---\n# failOn: avoid\n");

        assertThat(configuration.failOn()).isEmpty();
        assertThat(configuration.warnOn()).isEmpty();
    }

    @Test
    void readsWaiversAndRadars() {
        Configuration configuration = parse("""
                radars: [embedded, https://platform.example.org/radar.yml, ./overrides.yml]
                waivers:
                  - technology: mysql
                    paths: ["reports/**"]
                    reason: migration to PostgreSQL planned for Q3
                    until: 2027-03-31
                baseline: .stacklint-baseline.json
                """);

        assertThat(configuration.radars()).extracting(Configuration.RadarSetting::reference)
                .containsExactly("embedded", "https://platform.example.org/radar.yml", "./overrides.yml");
        assertThat(configuration.waivers()).singleElement().satisfies(waiver -> {
            assertThat(waiver.technology()).isEqualTo("mysql");
            assertThat(waiver.paths()).containsExactly("reports/**");
            assertThat(waiver.until()).isEqualTo(java.time.LocalDate.of(2027, 3, 31));
            assertThat(waiver.location()).isEqualTo(new Location(PATH, 3, 5));
        });
        assertThat(configuration.baseline()).contains(".stacklint-baseline.json");
    }

    @Test
    void aWaiverNeedsAnExpiryDateWrittenAsADate() {
        assertThat(refused("waivers:\n  - technology: mysql\n    reason: later\n").getMessage())
                .isEqualTo(".stacklint.yml:2:5: a waiver needs 'until' (a date such as 2027-03-31): waivers expire");
        assertThat(refused("waivers:\n  - technology: mysql\n    reason: later\n    until: 31/03/2027\n")
                .getMessage()).isEqualTo(".stacklint.yml:4:12: malformed date '31/03/2027'; write it as YYYY-MM-DD");
        assertThat(refused("waivers:\n  - technology: mysql\n    reason: x\n    until: 2027-01-01\n    owner: me\n")
                .getMessage()).startsWith(".stacklint.yml:5:5: unknown key 'owner' in a waiver");
    }

    @Test
    void aRadarOverPlainHttpIsRefused() {
        assertThat(refused("radars:\n  - http://example.org/radar.yml\n").getMessage())
                .isEqualTo(".stacklint.yml:2:5: radar 'http://example.org/radar.yml' is fetched over plain http;"
                        + " only https URLs are accepted");
    }
}
