package org.sched4j.cpmodels.rcpsp;

import java.util.Optional;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.api.Termination;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.rcpsp.RcpspListScheduler;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * {@code cpsat}: the {@link RcpspCpSatModel} solved by CP-SAT with {@link SolveOptions#threads()} workers, hinted with
 * (and its horizon set to the makespan of) the best priority-rule schedule improved forward-backward. With two
 * threads or more, instances of at most 62 activities (PSPLIB j30 and j60) are solved by two
 * single-worker searches racing for the proof ({@link RcpspProofRace}).
 *
 * <p>Statuses: {@link SolveStatus#OPTIMAL} when CP-SAT proves the result optimal; {@link SolveStatus#FEASIBLE}
 * otherwise (the heuristic schedule when CP-SAT found nothing shorter); {@link SolveStatus#INFEASIBLE} when no
 * heuristic schedule exists and CP-SAT proves that none does; {@link SolveStatus#UNKNOWN} when neither finds one
 * in time. The bound is CP-SAT's, never below the critical-path and energy bounds. An early termination stops CP-SAT
 * (both searches of the race), and the result holds the best schedule found so far.
 *
 * <p>Engine parameters: {@value #RACE_PARAMETER} ({@code true} or {@code false}; by default the race runs with two
 * threads or more on instances of at most 62 activities) and {@value #PARTNER_PARAMETER} ({@code mirrored}, the
 * default where the instance mirrors, or {@code relaxed}); the {@code cpsat.*} parameters of {@code CpSatParameters}.
 */
public final class CpSatRcpspSolver implements Solver<RcpspInstance, RcpspSchedule> {

    /** The solver's identifier. */
    public static final String ID = "cpsat";

    /** The engine parameter that switches the proof race on or off ({@code true}/{@code false}) whatever the size. */
    public static final String RACE_PARAMETER = "rcpsp.cpsat.race";

    /** The engine parameter that picks the forward search's partner in the race: {@code mirrored}, {@code relaxed}. */
    public static final String PARTNER_PARAMETER = "rcpsp.cpsat.race-partner";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "OR-Tools CP-SAT: intervals, cumulative per resource with downtimes as fixed intervals, windows as "
                + "domains, hinted by the best priority rule";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance instance, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        Optional<RcpspSchedule> hint = scheduler.bestRule(options.seed());
        hint.ifPresent(found -> listener.onImprovingSolution(found, scheduler.makespan(found),
                scheduler.lowerBound(), deadline.elapsed()));
        return solveFrom(instance, hint.orElse(null), options, options.threads(), deadline, listener, null);
    }

    /**
     * Solves with CP-SAT from {@code start} (hint and horizon), or from nothing when {@code start} is {@code null},
     * within what {@code deadline} has left; the result holds the better of {@code start} and CP-SAT's best. Used by
     * {@code auto}. When the deadline is reached already, {@code start} is returned without CP-SAT. Every thread it
     * starts has ended when it returns.
     *
     * @param workers   CP-SAT's workers
     * @param deadline  the solve's deadline, made on the thread that called the solve; its termination stops CP-SAT
     * @param stopEarly a second reason to stop early (a portfolio's bound met), {@code null} for none
     */
    public static SolveResult<RcpspSchedule> solveFrom(RcpspInstance instance, RcpspSchedule start,
                                                       SolveOptions options, int workers, Deadline deadline,
                                                       SolutionListener<RcpspSchedule> listener,
                                                       Termination stopEarly) {
        long startMakespan = start == null ? Long.MAX_VALUE : start.makespan(instance);
        if (start != null && deadline.isReached()) {
            return SolveResult.builder(RcpspProblem.TYPE, instance, ID).solution(start, startMakespan)
                    .status(SolveStatus.FEASIBLE).build(deadline.elapsed());
        }
        long horizon = start == null ? instance.activeScheduleHorizon() : startMakespan;
        RcpspCpSatSearch.Outcome outcome = RcpspProofRace.races(instance.activityCount(), workers, options)
                ? RcpspProofRace.run(instance, start, horizon, options, deadline, listener, stopEarly)
                : RcpspCpSatSearch.run(hinted(instance, start, horizon), options, deadline, startMakespan, workers,
                        listener, stopEarly);
        SolveResult.Builder<RcpspInstance, RcpspSchedule> result =
                SolveResult.builder(RcpspProblem.TYPE, instance, ID);
        outcome.addStatistics(result);
        if (outcome.provedInfeasible()) {
            if (start != null) {
                throw new SolverDefectException("CP-SAT found no schedule of makespan at most " + startMakespan
                        + " for " + instance.name() + " although the heuristic found one");
            }
            return result.status(SolveStatus.INFEASIBLE).build(deadline.elapsed());
        }
        RcpspSchedule best = outcome.improved() ? outcome.best() : start;
        if (best == null) {
            return result.status(SolveStatus.UNKNOWN).bound(outcome.bound()).build(deadline.elapsed());
        }
        long makespan = outcome.improved() ? outcome.bestMakespan() : startMakespan;
        return result.solution(best, makespan)
                .timeToBest(outcome.timeToBest())
                .bound(Math.min(outcome.bound(), makespan))
                .status(outcome.bound() >= makespan ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .build(deadline.elapsed());
    }

    /** The model of schedules of makespan at most {@code horizon}, hinted with {@code start} unless it is null. */
    static RcpspCpSatModel hinted(RcpspInstance instance, RcpspSchedule start, long horizon) {
        RcpspCpSatModel model = RcpspCpSatModel.build(instance, horizon);
        if (start != null) {
            model.hint(start);
        }
        return model;
    }
}
