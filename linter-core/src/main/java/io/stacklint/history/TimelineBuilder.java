package io.stacklint.history;

import io.stacklint.model.Commit;
import io.stacklint.model.Period;
import io.stacklint.model.Rating;
import io.stacklint.model.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the technologies detected at each commit, fed oldest first, into periods: a technology's period opens at the
 * first commit that has it and closes at the first later commit that does not. It knows nothing of git or files, so
 * the rules of "came and went" are testable on their own.
 */
public final class TimelineBuilder {

    private final Map<String, List<Period>> closed = new LinkedHashMap<>();
    private final Map<String, Commit> open = new LinkedHashMap<>();

    /** Records the technologies present at {@code commit}, which must be newer than every commit recorded before. */
    public void record(Commit commit, Set<String> present) {
        for (String id : new ArrayList<>(open.keySet())) {
            if (!present.contains(id)) {
                closed.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Period(open.remove(id), Optional.of(commit)));
            }
        }
        for (String id : present) {
            open.putIfAbsent(id, commit);
        }
    }

    /** Every technology ever present, in order of first appearance, each with its periods oldest first. */
    public List<Timeline> build(Function<String, Optional<Rating>> ratings) {
        Set<String> ids = new java.util.TreeSet<>(closed.keySet());
        ids.addAll(open.keySet());
        List<Timeline> timelines = new ArrayList<>();
        for (String id : ids) {
            List<Period> periods = new ArrayList<>(closed.getOrDefault(id, List.of()));
            if (open.containsKey(id)) {
                periods.add(new Period(open.get(id), Optional.empty()));
            }
            timelines.add(new Timeline(id, ratings.apply(id), periods));
        }
        timelines.sort(java.util.Comparator.comparing((Timeline t) -> t.periods().get(0).introduced().date())
                .thenComparing(Timeline::technology));
        return List.copyOf(timelines);
    }
}
