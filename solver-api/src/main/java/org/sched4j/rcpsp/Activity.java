package org.sched4j.rcpsp;

import java.util.List;
import java.util.Objects;

/**
 * One activity of a project: a duration and a demand on every renewable resource, held for the whole duration.
 *
 * @param name     a name for people ({@code 17}, {@code migrate db-3}); need not be unique
 * @param duration the duration in time units, at least 0 (0 for the dummy source and sink of PSPLIB files; an
 *                 activity of duration 0 uses no resource)
 * @param demands  the demand on each resource, in the instance's resource order, each at least 0
 */
public record Activity(String name, int duration, List<Integer> demands) {

    public Activity {
        Objects.requireNonNull(name, "name");
        demands = List.copyOf(Objects.requireNonNull(demands, "demands"));
        if (duration < 0) {
            throw new IllegalArgumentException("duration of activity " + name + " must be at least 0, got "
                    + duration);
        }
        for (int r = 0; r < demands.size(); r++) {
            if (demands.get(r) < 0) {
                throw new IllegalArgumentException("demand of activity " + name + " on resource " + r
                        + " must be at least 0, got " + demands.get(r));
            }
        }
    }

    /** The demand on resource {@code resource}. */
    public int demand(int resource) {
        return demands.get(resource);
    }
}
