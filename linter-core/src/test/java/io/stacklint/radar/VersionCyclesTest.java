package io.stacklint.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionCyclesTest {

    private static final List<String> POSTGRES = List.of("18", "17", "16", "15", "14", "13", "12", "11", "10", "9.6",
            "9.5");
    private static final List<String> RAILS = List.of("8.1", "8.0", "7.2", "7.1", "7.0", "6.1", "6.0", "5.2");
    private static final List<String> PYTHON = List.of("3.14", "3.13", "3.12", "3.11", "3.10", "3.9", "3.8", "2.7");

    @ParameterizedTest
    @CsvSource({
            "9.6, 9.6", "9.6.24-bullseye, 9.6", "16-alpine, 16", "v15.4, 15", "=13.2, 13", "14.11, 14",
            "'[10.0,12.0)', 11", "'[9.6.1]', 9.6"})
    void imageTagsAndExactVersionsFallInTheCycleThatCoversThem(String declared, String cycle) {
        assertThat(VersionCycles.best(declared, POSTGRES)).contains(cycle);
    }

    @ParameterizedTest
    @CsvSource({
            "'~> 7.1', 7.2", "'~> 7.1.3', 7.1", "^7.0.4, 7.2", "~7.1.0, 7.1", "'>= 6.0, < 7', 6.1", "<7.1, 7.0",
            "<=7.1, 7.1", "'7.0.x', 7.0", "'6.0.3 || 5.2.8', 6.0", "'~> 6'   , 6.1"})
    void rangesAreJudgedByTheNewestReleaseTheyAllow(String declared, String cycle) {
        assertThat(VersionCycles.best(declared, RAILS)).contains(cycle);
    }

    @ParameterizedTest
    @CsvSource({"'~=3.8', 3.14", "'~=3.8.2', 3.8", "'==3.10.*', 3.10", "'>=2.7,<3', 2.7", "python-3.9.18, 3.9"})
    void pythonSpecifiersToo(String declared, String cycle) {
        assertThat(VersionCycles.best(declared, PYTHON)).contains(cycle);
    }

    @ParameterizedTest
    @ValueSource(strings = {">=9.6", ">9", "*", "latest", "alpine", "lts/*", "", "   ", "6.0.3 || >=7", "[9.6,)",
            "99"})
    void whatAllowsTodaysReleaseOrNamesNoCycleBlamesNone(String declared) {
        assertThat(VersionCycles.best(declared, POSTGRES)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3.10, 3.9, 1", "3.9, 3.10, -1", "9.6, 10, -1", "2, 2.0, 0", "1.2.3, 1.2, 1"})
    void cyclesCompareNumerically(String a, String b, int sign) {
        assertThat(Integer.signum(VersionCycles.compare(a, b))).isEqualTo(sign);
    }
}
