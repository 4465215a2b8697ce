package org.sched4j.heuristics.dispatch;

import java.time.Duration;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * Turns a dispatched schedule into a {@link SolveResult}: FEASIBLE, or OPTIMAL when the makespan meets the trivial
 * lower bound, which is also the reported bound.
 */
final class DispatchSolveResults {

    private DispatchSolveResults() {
    }

    /**
     * The result of a dispatching solver.
     *
     * @param makespan       the makespan the builder computed, checked by the evaluator as the claim
     * @param startNanos     {@link System#nanoTime} when the solve began
     * @param timeToBest     when the schedule was found, since the start
     * @param scheduleCount  the number of schedules built
     */
    static SolveResult<JobShopSchedule> of(JobShopInstance instance, String solverId, JobShopSchedule schedule,
                                           long makespan, long startNanos, Duration timeToBest, int scheduleCount) {
        long lowerBound = instance.trivialLowerBound();
        return SolveResult.builder(JobShopProblem.TYPE, instance, solverId)
                .status(makespan == lowerBound ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(schedule, makespan)
                .bound(lowerBound)
                .timeToBest(timeToBest)
                .statistic("schedules", scheduleCount)
                .build(elapsedSince(startNanos));
    }

    /** The time since {@code startNanos} ({@link System#nanoTime}). */
    static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
