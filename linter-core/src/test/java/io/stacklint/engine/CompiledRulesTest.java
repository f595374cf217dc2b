package io.stacklint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.radar.Radar;
import io.stacklint.radar.RadarLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The binary form of the shipped rules that every start reads instead of their YAML: it must give exactly what the
 * YAML gives, and give way to the YAML whenever the two could differ.
 */
class CompiledRulesTest {

    private static final ClassLoader CLASS_PATH = CompiledRulesTest.class.getClassLoader();

    @Test
    void theBuildsFormHoldsEveryTechnologySignatureRatingAndEndOfLifeFactOfTheYaml() {
        ShippedRules compiled = CompiledRules.read(CLASS_PATH).orElseThrow(
                () -> new AssertionError(CompiledRules.RESOURCE + " is missing or stale: the build did not make it"));
        ShippedRules yaml = ShippedRules.fromYaml();

        assertThat(compiled.catalog().technologies()).isEqualTo(yaml.catalog().technologies()).hasSizeGreaterThan(200);
        assertThat(compiled.catalog().signatures()).isEqualTo(yaml.catalog().signatures());
        assertThat(compiled.radar().ratings()).isEqualTo(yaml.radar().ratings());
        assertThat(versionRules(compiled.radar())).isEqualTo(versionRules(yaml.radar()));
        assertThat(compiled.lifecycles().products()).isEqualTo(yaml.lifecycles().products()).isNotEmpty();
    }

    @Test
    void aRadarsVersionRangesSurviveTheForm() throws IOException {
        // the shipped radar rates no version range today; an organisation's build of the rules module may
        ShippedRules yaml = ShippedRules.fromYaml();
        Radar radar = RadarLoader.parse("radar.yml", """
                ratings:
                  postgresql:
                    ring: recommended
                    versions:
                      "<13": {ring: avoid, reason: PostgreSQL before 13 lacks the partitioning we rely on}
                      ">=13 <15": {ring: sunsetting, reason: upgrade before the platform moves to 17}
                """, yaml.catalog().ids());
        byte[] form = CompiledRules.write(new ShippedRules(yaml.catalog(), radar, yaml.lifecycles()),
                CompiledRules.sources(), CLASS_PATH);

        Radar read = CompiledRules.read(serving(CompiledRules.RESOURCE, shipped -> form)).orElseThrow().radar();

        assertThat(versionRules(read)).isEqualTo(versionRules(radar)).containsOnlyKeys("postgresql");
        assertThat(read.rating("postgresql", "12.4")).map(rating -> rating.ring().id()).contains("avoid");
        assertThat(read.rating("postgresql", "14")).map(rating -> rating.ring().id()).contains("sunsetting");
        assertThat(read.rating("postgresql", "16")).isEmpty();
    }

    @Test
    void aChangedRulesFileOnTheClassPathIsReadFromItsYaml() {
        // a newer stacklint-rules jar beside this core: its radar.yml is not the one the form was made from
        ClassLoader newerRules = serving(RadarLoader.DEFAULT_RESOURCE,
                radar -> (new String(radar, StandardCharsets.UTF_8) + "\n# one more line\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(CompiledRules.read(newerRules)).isEmpty();
    }

    @Test
    void aDamagedOrMissingFormIsReadFromTheYaml() {
        ClassLoader truncated = serving(CompiledRules.RESOURCE, form -> Arrays.copyOf(form, form.length / 2));
        ClassLoader otherFormat = serving(CompiledRules.RESOURCE, form -> "a form of another kind".getBytes(
                StandardCharsets.UTF_8));
        ClassLoader none = serving(CompiledRules.RESOURCE, form -> null);

        assertThat(CompiledRules.read(truncated)).isEmpty();
        assertThat(CompiledRules.read(otherFormat)).isEmpty();
        assertThat(CompiledRules.read(none)).isEmpty();
    }

    @Test
    void theFormIsMadeAgainFromTheSameRulesByteForByte() throws IOException {
        byte[] made = CompiledRules.write(ShippedRules.fromYaml(), CompiledRules.sources(), CLASS_PATH);

        assertThat(made).isEqualTo(bytes(CLASS_PATH, CompiledRules.RESOURCE));
    }

    private static Map<String, List<String>> versionRules(Radar radar) {
        return radar.versionRules().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                rules -> rules.getValue().stream().map(rule -> rule.range() + " " + rule.rating()).toList()));
    }

    /** The class path with one resource's bytes changed ({@code null}: absent). */
    private static ClassLoader serving(String resource, UnaryOperator<byte[]> change) {
        return new ClassLoader(CLASS_PATH) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!name.equals(resource)) {
                    return super.getResourceAsStream(name);
                }
                return Optional.ofNullable(change.apply(bytes(CLASS_PATH, name))).map(ByteArrayInputStream::new)
                        .orElse(null);
            }
        };
    }

    private static byte[] bytes(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
