package org.sched4j.heuristics.rcpsp;

import java.util.Optional;
import org.sched4j.rcpsp.RcpspCriticalPath;
import org.sched4j.rcpsp.RcpspInstance;

/**
 * Proofs of infeasibility cheap enough to run before every heuristic: an activity that needs more of a resource than
 * it ever has, or one whose earliest end (from releases, predecessors and lags) lies after its deadline. A heuristic
 * that finds no schedule reports {@link org.sched4j.api.SolveStatus#INFEASIBLE} only with such a proof, and
 * {@link org.sched4j.api.SolveStatus#UNKNOWN} otherwise.
 */
public final class RcpspInfeasibility {

    private RcpspInfeasibility() {
    }

    /** Why {@code instance} has no feasible schedule, or empty when these simple tests find no reason. */
    public static Optional<String> reason(RcpspInstance instance) {
        for (int i = 0; i < instance.activityCount(); i++) {
            for (int r = 0; r < instance.resourceCount(); r++) {
                if (instance.duration(i) > 0 && instance.demand(i, r) > instance.capacity(r)) {
                    return Optional.of("activity " + i + " needs " + instance.demand(i, r) + " of "
                            + instance.resources().get(r).name() + ", whose capacity is " + instance.capacity(r));
                }
            }
        }
        int[] earliest = RcpspCriticalPath.earliestStarts(instance);
        int[] deadlines = instance.deadlines();
        for (int i = 0; i < instance.activityCount(); i++) {
            long end = (long) earliest[i] + instance.duration(i);
            if (end > deadlines[i]) {
                return Optional.of("activity " + i + " cannot end before " + end + ", after its deadline "
                        + deadlines[i]);
            }
        }
        return Optional.empty();
    }
}
