package io.stacklint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static Map<Ring, Optional<Severity>> severities(Policy policy) {
        Map<Ring, Optional<Severity>> byRing = new EnumMap<>(Ring.class);
        for (Ring ring : Ring.values()) {
            byRing.put(ring, policy.severity(ring));
        }
        return byRing;
    }

    private static Configuration configured(Ring failOn, Ring warnOn) {
        return new Configuration(Optional.of(".stacklint.yml"), Optional.ofNullable(failOn),
                Optional.ofNullable(warnOn));
    }

    @Test
    void byDefaultAvoidFailsSunsettingWarnsAndExperimentalIsANote() {
        assertThat(severities(Policy.DEFAULT)).isEqualTo(Map.of(
                Ring.AVOID, Optional.of(Severity.ERROR),
                Ring.SUNSETTING, Optional.of(Severity.WARNING),
                Ring.EXPERIMENTAL, Optional.of(Severity.NOTE),
                Ring.GOOD, Optional.empty(),
                Ring.RECOMMENDED, Optional.empty()));
    }

    @Test
    void noConfigurationAndNoOverrideIsTheDefault() {
        assertThat(Policy.of(Configuration.empty(), Optional.empty())).isEqualTo(Policy.DEFAULT);
    }

    @Test
    void theConfigurationMovesTheThresholds() {
        Policy policy = Policy.of(configured(Ring.SUNSETTING, Ring.GOOD), Optional.empty());

        assertThat(policy.severity(Ring.AVOID)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.SUNSETTING)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.GOOD)).contains(Severity.WARNING);
        assertThat(policy.severity(Ring.RECOMMENDED)).isEmpty();
    }

    @Test
    void failOnFromTheCommandLineBeatsTheConfiguration() {
        Policy policy = Policy.of(configured(Ring.AVOID, null), Optional.of(Ring.SUNSETTING));

        assertThat(policy.failOn()).isEqualTo(Ring.SUNSETTING);
        assertThat(policy.severity(Ring.SUNSETTING)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.AVOID)).contains(Severity.ERROR);
    }

    @Test
    void aMoreLenientFailOnFromTheCommandLineAlsoBeatsTheConfiguration() {
        Policy policy = Policy.of(configured(Ring.SUNSETTING, null), Optional.of(Ring.AVOID));

        assertThat(policy.severity(Ring.SUNSETTING)).contains(Severity.WARNING);
        assertThat(policy.severity(Ring.AVOID)).contains(Severity.ERROR);
    }

    @Test
    void failOnGoodMakesGoodSunsettingAndAvoidErrorsNeverSilencingWarnings() {
        Policy policy = Policy.of(Configuration.empty(), Optional.of(Ring.GOOD));

        assertThat(policy.severity(Ring.GOOD)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.SUNSETTING)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.AVOID)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.RECOMMENDED)).isEmpty();
        assertThat(policy.severity(Ring.EXPERIMENTAL)).contains(Severity.NOTE);
    }

    @Test
    void failOnExperimentalMakesEveryRingAnError() {
        Policy policy = Policy.of(Configuration.empty(), Optional.of(Ring.EXPERIMENTAL));

        assertThat(severities(policy).values()).containsOnly(Optional.of(Severity.ERROR));
    }

    @Test
    void warnOnAvoidWithTheDefaultFailOnSilencesSunsetting() {
        Policy policy = Policy.of(configured(null, Ring.AVOID), Optional.empty());

        assertThat(policy.severity(Ring.AVOID)).contains(Severity.ERROR);
        assertThat(policy.severity(Ring.SUNSETTING)).isEmpty();
    }

    @Test
    void bothThresholdsAreRequired() {
        assertThatThrownBy(() -> new Policy(null, Ring.SUNSETTING)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("failOn");
        assertThatThrownBy(() -> new Policy(Ring.AVOID, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("warnOn");
    }
}
