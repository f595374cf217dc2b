package io.stacklint.policy;

import io.stacklint.model.Diagnostic;
import io.stacklint.model.Finding;
import io.stacklint.model.Ring;
import io.stacklint.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the configuration's waivers and the scanned files' inline suppressions to findings. A waived or
 * suppressed finding stays in the report, marked waived with the reason, and no longer fails the run; an expired
 * waiver waives nothing and is itself an error; a waiver or suppression that matched nothing is a warning, so
 * stale exceptions do not pile up.
 */
public final class Waivers {

    private final List<Waiver> waivers;
    private final List<Suppression> suppressions;
    private final LocalDate today;
    private final Ring failOn;

    /**
     * @param today  the date expiry is judged on (tests fix it)
     * @param failOn the ring an expired waiver's error finding carries
     */
    public Waivers(List<Waiver> waivers, List<Suppression> suppressions, LocalDate today, Ring failOn) {
        this.waivers = List.copyOf(waivers);
        this.suppressions = List.copyOf(suppressions);
        this.today = today;
        this.failOn = failOn;
    }

    /** The findings and diagnostics once every waiver and suppression is applied. */
    public record Result(List<Finding> findings, List<Diagnostic> diagnostics) {
    }

    public Result apply(List<Finding> findings) {
        List<Finding> judged = new ArrayList<>();
        Set<Object> used = new LinkedHashSet<>();
        List<PathGlobs> globs = waivers.stream().map(w -> new PathGlobs(w.paths().stream().map(PathGlob::new).toList()))
                .toList();
        for (Finding finding : findings) {
            Finding result = finding;
            for (Suppression suppression : suppressions) {
                if (!finding.waived() && suppression.covers(finding)) {
                    used.add(suppression);
                    result = waived(finding, "suppressed at " + suppression.location() + ": " + suppression.reason());
                    break;
                }
            }
            for (int i = 0; i < waivers.size() && !result.waived(); i++) {
                Waiver waiver = waivers.get(i);
                if (waiver.technology().equals(finding.technology()) && globs.get(i).matches(finding.location().path())
                        && waiver.holdsOn(today)) {
                    used.add(waiver);
                    result = waived(finding, "waived until " + waiver.until() + ": " + waiver.reason());
                }
            }
            judged.add(result);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Waiver waiver : waivers) {
            if (!waiver.holdsOn(today)) {
                judged.add(new Finding(waiver.technology(), failOn, Severity.ERROR, waiver.location(),
                        "The waiver of " + waiver.technology() + " expired on " + waiver.until() + " (" + waiver.reason()
                                + "): renew it with a new date or remove the technology.",
                        "waiver until " + waiver.until(), false));
            } else if (!used.contains(waiver)) {
                diagnostics.add(new Diagnostic(Severity.WARNING, waiver.location(),
                        "the waiver of " + waiver.technology() + " matched no finding; remove it"));
            }
        }
        for (Suppression suppression : suppressions) {
            if (!used.contains(suppression)) {
                diagnostics.add(new Diagnostic(Severity.WARNING, suppression.location(),
                        "the suppression of " + String.join(", ", suppression.technologies())
                                + " matched no finding on line " + suppression.targetLine() + "; remove it"));
            }
        }
        return new Result(List.copyOf(judged), List.copyOf(diagnostics));
    }

    private static Finding waived(Finding finding, String why) {
        return new Finding(finding.technology(), finding.ring(), finding.severity(), finding.location(),
                finding.message() + " (" + why + ")", finding.value(), true);
    }

    private record PathGlobs(List<PathGlob> globs) {
        boolean matches(String path) {
            return globs.isEmpty() || globs.stream().anyMatch(g -> g.matches(path));
        }
    }
}
