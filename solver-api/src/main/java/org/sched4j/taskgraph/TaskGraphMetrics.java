package org.sched4j.taskgraph;

/**
 * The schedule-quality metrics of Topcuoglu, Hariri &amp; Wu (IEEE TPDS 13(3), 2002, section 5.1).
 *
 * <ul>
 *   <li>Schedule length ratio: {@code SLR = makespan / sum over the tasks of CP_MIN of min_p w(t, p)}, where
 *       {@code CP_MIN} is the critical path of the graph weighted by each task's minimum cost, without
 *       communication; the denominator is a lower bound, so SLR is at least 1.</li>
 *   <li>Speedup: {@code min_p sum_t w(t, p) / makespan}, the best sequential time on one processor over the
 *       makespan; {@code NaN} when no processor can run every task.</li>
 * </ul>
 */
public final class TaskGraphMetrics {

    private TaskGraphMetrics() {
    }

    /** The length of the critical path with each task at its minimum cost and no communication, in O(V + E). */
    public static double minimumCostCriticalPath(TaskGraphInstance instance) {
        double[] longestFrom = new double[instance.taskCount()];
        int[] order = instance.topologicalOrder();
        double longest = 0;
        for (int index = order.length - 1; index >= 0; index--) {
            int task = order[index];
            double tail = 0;
            for (DataEdge edge : instance.successors(task)) {
                tail = Math.max(tail, longestFrom[edge.target()]);
            }
            longestFrom[task] = instance.minimumCost(task) + tail;
            longest = Math.max(longest, longestFrom[task]);
        }
        return longest;
    }

    /** The schedule length ratio of a schedule of length {@code makespan}; {@code NaN} when the bound is 0. */
    public static double scheduleLengthRatio(TaskGraphInstance instance, double makespan) {
        double bound = minimumCostCriticalPath(instance);
        return bound > 0 ? makespan / bound : Double.NaN;
    }

    /** The speedup of a schedule of length {@code makespan} over the best single processor. */
    public static double speedup(TaskGraphInstance instance, double makespan) {
        double best = Double.POSITIVE_INFINITY;
        for (int processor = 0; processor < instance.processorCount(); processor++) {
            double sum = 0;
            for (int task = 0; task < instance.taskCount(); task++) {
                sum += instance.cost(task, processor);
            }
            best = Math.min(best, sum);
        }
        return Double.isInfinite(best) || makespan <= 0 ? Double.NaN : best / makespan;
    }

    /**
     * A lower bound on the makespan: the larger of the minimum-cost critical path and the total minimum work spread
     * over all processors, rounded up when every time is an integer (some optimal schedule then starts every task at
     * an integer).
     */
    public static double lowerBound(TaskGraphInstance instance) {
        double work = 0;
        for (int task = 0; task < instance.taskCount(); task++) {
            work += instance.minimumCost(task);
        }
        double bound = Math.max(minimumCostCriticalPath(instance), work / instance.processorCount());
        return instance.hasIntegralTimes() ? Math.ceil(bound - 1e-9) : bound;
    }
}
