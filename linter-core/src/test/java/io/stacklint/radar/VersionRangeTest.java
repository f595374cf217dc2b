package io.stacklint.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangeTest {

    @ParameterizedTest(name = "{0} admits {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "<12        | 11.2.0      | true",
            "<12        | 12          | false",
            "<12        | 12.1        | false",
            "<12        | ^11.4.1     | true",
            "<=5.7      | 5.7.44      | true",
            "<=5.7      | 5.7         | true",
            "<=5.7      | 8.0.36      | false",
            ">=16       | 16          | true",
            ">=16       | 20.11.1     | true",
            ">=16       | 14.21       | false",
            ">8         | 8.1         | true",
            ">8         | 8           | false",
            ">=5 <8     | 5.7-debian  | true",
            ">=5 <8     | 8.0         | false",
            ">=5, <8    | 4.1         | false",
            "5.7        | 5.7.44      | true",
            "5.7        | 5.70        | false",
            "5.x        | 5.1         | true",
            "5.*        | 6.0         | false",
            "=2.3       | ~> 2.3      | true",
            "v3         | 3.2.1       | true",
            "<12        | latest      | false",
    })
    void admitsWhatItsBoundsAllow(String range, String declared, boolean admitted) {
        assertThat(VersionRange.parse(range).admits(declared)).isEqualTo(admitted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "<", "<twelve", "=>5", "5.7 || 8", "~5"})
    void refusesWhatItCannotRead(String range) {
        assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void anUndeclaredVersionIsInNoRange() {
        assertThat(VersionRange.parse(">=0").admits(null)).isFalse();
    }
}
