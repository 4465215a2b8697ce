package org.sched4j.localsearch.tardiness;

import java.util.Optional;
import org.sched4j.api.Deadline;
import org.sched4j.tardiness.TardinessInstance;

/**
 * An exact dynamic programme over job subsets for 1||Σw_jT_j without release dates (Held &amp; Karp 1962; Lawler
 * 1964): the jobs of a set S finish at P(S) = Σ_{j∈S} p_j whatever their order, so
 * F(S) = min over j ∈ S of F(S \ {j}) + w_j·max(0, P(S) − d_j), and F(all jobs) is the optimum. O(2ⁿ·n) time and
 * 2ⁿ values of memory: for at most {@value #MAX_JOBS} jobs.
 */
public final class SubsetDynamicProgram {

    /** The most jobs it accepts (2²⁰ values, 8 MiB). */
    public static final int MAX_JOBS = 20;

    private SubsetDynamicProgram() {
    }

    /** Whether the programme applies: no release dates, at most {@value #MAX_JOBS} jobs. */
    public static boolean applies(TardinessInstance instance) {
        return !instance.hasReleaseDates() && instance.jobCount() <= MAX_JOBS;
    }

    /**
     * An optimal sequence, or empty when the deadline was reached first (checked every 4,096 subsets, about a
     * millisecond).
     * @throws IllegalArgumentException when the programme does not apply
     */
    public static Optional<int[]> solve(TardinessInstance instance, Deadline deadline) {
        if (!applies(instance)) {
            throw new IllegalArgumentException("the subset programme needs no release dates and at most " + MAX_JOBS
                    + " jobs");
        }
        int n = instance.jobCount();
        int[] p = instance.processingTimes();
        int[] d = instance.dueDates();
        int[] w = instance.weights();
        int full = (1 << n) - 1;
        long[] best = new long[full + 1];
        long[] total = new long[full + 1];
        for (int set = 1; set <= full; set++) {
            if ((set & 0xFFF) == 0 && deadline.isReached()) {
                return Optional.empty();
            }
            int lowest = Integer.numberOfTrailingZeros(set);
            total[set] = total[set & (set - 1)] + p[lowest];
            long value = Long.MAX_VALUE;
            for (int rest = set; rest != 0; rest &= rest - 1) {
                int last = Integer.numberOfTrailingZeros(rest);
                value = Math.min(value, best[set & ~(1 << last)] + (long) w[last] * Math.max(0, total[set] - d[last]));
            }
            best[set] = value;
        }
        return Optional.of(sequence(best, total, d, w, n));
    }

    private static int[] sequence(long[] best, long[] total, int[] d, int[] w, int n) {
        int[] order = new int[n];
        int set = (1 << n) - 1;
        for (int position = n - 1; position >= 0; position--) {
            for (int rest = set; rest != 0; rest &= rest - 1) {
                int last = Integer.numberOfTrailingZeros(rest);
                int before = set & ~(1 << last);
                if (best[before] + (long) w[last] * Math.max(0, total[set] - d[last]) == best[set]) {
                    order[position] = last;
                    set = before;
                    break;
                }
            }
        }
        return order;
    }
}
