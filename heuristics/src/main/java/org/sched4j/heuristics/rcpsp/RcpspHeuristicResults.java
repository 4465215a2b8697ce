package org.sched4j.heuristics.rcpsp;

import java.time.Duration;
import java.util.Optional;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * Turns what a heuristic found into a {@link SolveResult}: OPTIMAL when the makespan meets the lower bound (which is
 * also the reported bound), FEASIBLE otherwise; without a schedule INFEASIBLE when {@link RcpspInfeasibility} proves
 * it, else UNKNOWN (a heuristic that fails proves nothing).
 */
final class RcpspHeuristicResults {

    private RcpspHeuristicResults() {
    }

    static SolveResult<RcpspSchedule> of(RcpspInstance instance, String solverId, Optional<RcpspSchedule> schedule,
                                         RcpspListScheduler scheduler, long startNanos, Duration timeToBest) {
        SolveResult.Builder<RcpspInstance, RcpspSchedule> result =
                SolveResult.builder(ProblemTypes.RCPSP, instance, solverId)
                        .statistic("schedules", scheduler.schedulesBuilt());
        if (schedule.isPresent()) {
            long makespan = scheduler.makespan(schedule.get());
            result.solution(schedule.get(), makespan)
                    .bound(scheduler.lowerBound())
                    .timeToBest(timeToBest)
                    .status(makespan <= scheduler.lowerBound() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        } else {
            result.status(RcpspInfeasibility.reason(instance).isPresent() ? SolveStatus.INFEASIBLE
                    : SolveStatus.UNKNOWN);
        }
        return result.build(elapsedSince(startNanos));
    }

    static Duration elapsedSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
