package org.sched4j.heuristics.rcpsp;

import java.util.BitSet;
import java.util.Locale;
import java.util.Random;
import org.sched4j.rcpsp.RcpspCriticalPath;
import org.sched4j.rcpsp.RcpspInstance;

/**
 * The priority rules of the schedule generation schemes, as surveyed by Kolisch ("Efficient priority rules for the
 * resource-constrained project scheduling problem", J. Operations Management 14, 1996). Each gives every activity a
 * value; the eligible activity with the lowest value goes first (rules that prefer high values negate them), ties to
 * the lowest index.
 */
public enum PriorityRule {

    /** Latest finish time first (from the critical path method, deadlines included). */
    LFT,
    /** Latest start time first. */
    LST,
    /** Most total successors first (all activities that follow, transitively). */
    MTS,
    /** Greatest rank positional weight first: own duration plus the durations of the direct successors. */
    GRPW,
    /** Shortest processing time first. */
    SPT,
    /** A random order, from the seed. */
    RANDOM;

    /** The rule's name on the command line, lower case ({@code lft}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the rule gives the same values for every seed. */
    public boolean isDeterministic() {
        return this != RANDOM;
    }

    /**
     * The value of every activity of {@code instance}; lower goes first.
     *
     * @param random used by {@link #RANDOM} only
     */
    public double[] values(RcpspInstance instance, Random random) {
        int n = instance.activityCount();
        double[] values = new double[n];
        switch (this) {
            case LFT, LST -> {
                long[] latest = RcpspCriticalPath.latestStarts(instance, RcpspCriticalPath.length(instance));
                for (int i = 0; i < n; i++) {
                    values[i] = latest[i] + (this == LFT ? instance.duration(i) : 0);
                }
            }
            case MTS -> {
                BitSet[] followers = RcpspCriticalPath.transitiveSuccessors(instance);
                for (int i = 0; i < n; i++) {
                    values[i] = -followers[i].cardinality();
                }
            }
            case GRPW -> {
                var successors = RcpspCriticalPath.successors(instance);
                for (int i = 0; i < n; i++) {
                    values[i] = -(instance.duration(i)
                            + successors.get(i).stream().mapToInt(instance::duration).sum());
                }
            }
            case SPT -> {
                for (int i = 0; i < n; i++) {
                    values[i] = instance.duration(i);
                }
            }
            case RANDOM -> {
                for (int i = 0; i < n; i++) {
                    values[i] = random.nextDouble();
                }
            }
        }
        return values;
    }
}
