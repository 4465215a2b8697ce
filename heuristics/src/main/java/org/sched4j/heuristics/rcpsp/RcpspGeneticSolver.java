package org.sched4j.heuristics.rcpsp;

import java.time.Duration;
import java.util.Optional;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * {@code genetic}: {@code best-rule}, then Hartmann's activity-list genetic algorithm with justification
 * ({@link RcpspListScheduler#evolve}) until the time limit or the lower bound. One thread. The listener hears about
 * every improving schedule. Statistics: {@code schedules} built.
 */
public final class RcpspGeneticSolver implements Solver<RcpspInstance, RcpspSchedule> {

    /** The id, {@code genetic}. */
    public static final String ID = "genetic";

    /** Kept back from the time limit for evaluating and returning the result. */
    private static final Duration RESERVE = Duration.ofMillis(20);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> problemType() {
        return ProblemTypes.RCPSP;
    }

    @Override
    public String description() {
        return "activity-list genetic algorithm (Hartmann 1998) with forward-backward justification of every child "
                + "(Valls et al. 2005), until the time limit";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance problem, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        long startNanos = System.nanoTime();
        long stopNanos = startNanos + options.timeLimit().minus(RESERVE).toNanos();
        RcpspListScheduler scheduler = new RcpspListScheduler(problem);
        Duration[] timeToBest = {Duration.ZERO};
        Optional<RcpspSchedule> first = scheduler.bestRule(options.seed());
        first.ifPresent(found -> {
            timeToBest[0] = RcpspHeuristicResults.elapsedSince(startNanos);
            listener.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(), timeToBest[0]);
        });
        Optional<RcpspSchedule> best = scheduler.evolve(first.orElse(null), options.seed(),
                () -> System.nanoTime() >= stopNanos, found -> {
                    timeToBest[0] = RcpspHeuristicResults.elapsedSince(startNanos);
                    listener.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(),
                            timeToBest[0]);
                });
        return RcpspHeuristicResults.of(problem, ID, best, scheduler, startNanos, timeToBest[0]);
    }
}
