package io.stacklint.policy;

import io.stacklint.model.EndOfLifeMode;
import io.stacklint.model.Location;
import io.stacklint.model.Ring;
import java.util.List;
import java.util.Optional;

/**
 * What a repository's {@code .stacklint.yml} says. Settings it leaves out are empty, so the defaults and the
 * command line can be laid over it in one place.
 *
 * @param exclude   paths (.gitignore syntax) never scanned
 * @param include   folders skipped by default (test fixtures, vendored code) that are scanned all the same
 * @param endOfLife how versions past their end of life are rated
 * @param radars    the rating lists, in order (later ones win); empty means the embedded default
 * @param waivers   accepted exceptions, each with an expiry date
 * @param baseline  the baseline file, relative to the scanned root
 * @param transitive whether technologies reached only through other dependencies are reported
 * @param maxFileSize the size in bytes above which a build file is skipped with a note
 */
public record Configuration(Optional<String> source, Optional<Ring> failOn, Optional<Ring> warnOn,
        List<String> exclude, List<String> include, Optional<EndOfLifeMode> endOfLife,
        List<RadarSetting> radars, List<Waiver> waivers, Optional<String> baseline,
        Optional<Boolean> transitive, Optional<Long> maxFileSize) {

    public Configuration {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        radars = List.copyOf(radars);
        waivers = List.copyOf(waivers);
    }

    /** Thresholds and paths only. */
    public Configuration(Optional<String> source, Optional<Ring> failOn, Optional<Ring> warnOn,
            List<String> exclude, List<String> include, Optional<EndOfLifeMode> endOfLife) {
        this(source, failOn, warnOn, exclude, include, endOfLife, List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Thresholds only, no path settings. */
    public Configuration(Optional<String> source, Optional<Ring> failOn, Optional<Ring> warnOn) {
        this(source, failOn, warnOn, List.of(), List.of(), Optional.empty());
    }

    public static Configuration empty() {
        return new Configuration(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * One entry of {@code radars:} as written ({@code embedded}, a path relative to the configuration file, or an
     * https URL), with where it was written so a radar that cannot be read is reported there.
     */
    public record RadarSetting(String reference, Location location) {
    }
}
