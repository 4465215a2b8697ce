package org.sched4j.heuristics.rcpsp;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * Runs a heuristic of {@link RcpspListScheduler} for a solver, tells the listener about every improving schedule, and
 * turns what it found into a {@link SolveResult}: OPTIMAL when the makespan meets the lower bound (which is also the
 * reported bound), FEASIBLE otherwise; without a schedule INFEASIBLE when {@link RcpspInfeasibility} proves it, else
 * UNKNOWN (a heuristic that fails proves nothing).
 */
final class RcpspHeuristicResults {

    private RcpspHeuristicResults() {
    }

    /**
     * An improving search of {@link RcpspListScheduler}, such as {@link RcpspListScheduler#sample} or
     * {@link RcpspListScheduler#evolve}: from {@code start} (or nothing when {@code null}) until {@code stop} says so,
     * telling {@code improvement} about every schedule shorter than all before.
     */
    @FunctionalInterface
    interface ImprovingSearch {
        /** The best schedule found, {@code start} when none is shorter, empty when neither exists. */
        Optional<RcpspSchedule> run(RcpspListScheduler scheduler, RcpspSchedule start, long seed, BooleanSupplier stop,
                                    Consumer<RcpspSchedule> improvement);
    }

    /**
     * Runs {@code heuristic} once and reports its schedule, if any, to {@code listener}.
     *
     * @param heuristic the schedule of a fresh scheduler of {@code instance}, empty when it finds none
     */
    static SolveResult<RcpspSchedule> once(RcpspInstance instance, String solverId,
                                           SolutionListener<RcpspSchedule> listener,
                                           Function<RcpspListScheduler, Optional<RcpspSchedule>> heuristic) {
        long startNanos = System.nanoTime();
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        Optional<RcpspSchedule> schedule = heuristic.apply(scheduler);
        Duration timeToBest = Duration.ofNanos(System.nanoTime() - startNanos);
        schedule.ifPresent(found -> listener.onImprovingSolution(found, scheduler.makespan(found),
                scheduler.lowerBound(), timeToBest));
        return of(instance, solverId, schedule, scheduler, Duration.ofNanos(System.nanoTime() - startNanos),
                timeToBest);
    }

    /**
     * Runs {@link RcpspListScheduler#bestRule}, then {@code search} from its schedule until the {@link Deadline} of
     * {@code options} (the time limit less its reserve, or an early termination, polled once per schedule built),
     * telling {@code listener} about every improving schedule.
     */
    static SolveResult<RcpspSchedule> untilTimeLimit(RcpspInstance instance, String solverId, SolveOptions options,
                                                     SolutionListener<RcpspSchedule> listener,
                                                     ImprovingSearch search) {
        Deadline deadline = Deadline.of(options);
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        Duration[] timeToBest = {Duration.ZERO};
        Consumer<RcpspSchedule> report = found -> {
            timeToBest[0] = deadline.elapsed();
            listener.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(), timeToBest[0]);
        };
        Optional<RcpspSchedule> first = scheduler.bestRule(options.seed());
        first.ifPresent(report);
        Optional<RcpspSchedule> best = search.run(scheduler, first.orElse(null), options.seed(),
                deadline::isReached, report);
        return of(instance, solverId, best, scheduler, deadline.elapsed(), timeToBest[0]);
    }

    private static SolveResult<RcpspSchedule> of(RcpspInstance instance, String solverId,
                                                 Optional<RcpspSchedule> schedule, RcpspListScheduler scheduler,
                                                 Duration wallTime, Duration timeToBest) {
        SolveResult.Builder<RcpspInstance, RcpspSchedule> result =
                SolveResult.builder(RcpspProblem.TYPE, instance, solverId)
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
        return result.build(wallTime);
    }
}
