package org.sched4j.heuristics.tardiness;

import org.sched4j.tardiness.TardinessInstance;

/**
 * Dynamic dispatching on one machine: at each decision time t the unscheduled job with the least priority value is
 * appended, and t advances past it (waiting for its release date). Candidates are examined in EDD order (ties by
 * shorter processing time, then job number) and the first least value wins, so ties go to the earlier due date.
 * O(n²) priority evaluations.
 */
final class PriorityDispatch {

    /** The priority of a job at a decision time; the least value is scheduled next. */
    @FunctionalInterface
    interface Priority {
        /**
         * @param job     the candidate job
         * @param time    the decision time t (the completion of the jobs scheduled so far)
         * @param pending what the unscheduled jobs are like at t
         */
        double of(int job, long time, Pending pending);
    }

    /**
     * The unscheduled jobs at a decision time, for priorities that look at them all.
     *
     * @param maxProcessingTime  the longest processing time among them
     * @param meanProcessingTime the mean processing time among them
     */
    record Pending(int maxProcessingTime, double meanProcessingTime) {
    }

    private PriorityDispatch() {
    }

    /** The sequence that dispatching by {@code priority} builds. */
    static int[] sequence(TardinessInstance instance, Priority priority) {
        int n = instance.jobCount();
        int[] candidates = SortingRule.dueDateThenProcessingTime(instance);
        boolean[] scheduled = new boolean[n];
        int[] order = new int[n];
        long time = 0;
        for (int position = 0; position < n; position++) {
            Pending pending = pending(instance, candidates, scheduled);
            int best = -1;
            double bestValue = Double.POSITIVE_INFINITY;
            for (int job : candidates) {
                if (!scheduled[job]) {
                    double value = priority.of(job, Math.max(time, instance.job(job).releaseDate()), pending);
                    if (best < 0 || value < bestValue) {
                        best = job;
                        bestValue = value;
                    }
                }
            }
            scheduled[best] = true;
            order[position] = best;
            time = Math.max(time, instance.job(best).releaseDate()) + instance.job(best).processingTime();
        }
        return order;
    }

    private static Pending pending(TardinessInstance instance, int[] candidates, boolean[] scheduled) {
        int max = 0;
        long sum = 0;
        int count = 0;
        for (int job : candidates) {
            if (!scheduled[job]) {
                int p = instance.job(job).processingTime();
                max = Math.max(max, p);
                sum += p;
                count++;
            }
        }
        return new Pending(max, (double) sum / count);
    }
}
