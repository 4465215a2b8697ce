package org.sched4j.instances.tardiness;

import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;

/** The optimum of a small weighted tardiness instance by enumerating every permutation (n ≤ 9); for tests. */
public final class TardinessBruteForce {

    private TardinessBruteForce() {
    }

    /** The least total weighted tardiness over every order of the jobs of {@code instance}. */
    public static long optimum(TardinessInstance instance) {
        int n = instance.jobCount();
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        return best(instance, order, 0);
    }

    private static long best(TardinessInstance instance, int[] order, int fixed) {
        if (fixed == order.length) {
            return TardinessEvaluator.totalWeightedTardiness(instance, order);
        }
        long best = Long.MAX_VALUE;
        for (int i = fixed; i < order.length; i++) {
            swap(order, fixed, i);
            best = Math.min(best, best(instance, order, fixed + 1));
            swap(order, fixed, i);
        }
        return best;
    }

    private static void swap(int[] order, int a, int b) {
        int job = order[a];
        order[a] = order[b];
        order[b] = job;
    }
}
