package org.sched4j.cpmodels.rcpsp;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Termination;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.ImprovingSolutionCallback;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * One CP-SAT search on an {@link RcpspCpSatModel} within what is left of a {@link Deadline}, telling a listener about
 * each schedule shorter than every earlier one (and than the incumbent it started from).
 */
final class RcpspCpSatSearch {

    private RcpspCpSatSearch() {
    }

    /**
     * What the search found.
     *
     * @param status       CP-SAT's status
     * @param best         the best schedule below the incumbent, {@code null} when none
     * @param bestMakespan the makespan of {@code best}, or the incumbent's when there is none
     * @param bound        the proven lower bound, at least the model's
     * @param timeToBest   when {@code best} was found, from the start of the solve
     */
    record Outcome(CpSolverStatus status, RcpspSchedule best, long bestMakespan, long bound, Duration timeToBest,
                   long conflicts, long branches, double wallSeconds) {

        boolean improved() {
            return best != null;
        }

        /** Whether CP-SAT proved that no schedule exists (within the model's horizon). */
        boolean provedInfeasible() {
            return status == CpSolverStatus.INFEASIBLE;
        }

        void addStatistics(SolveResult.Builder<RcpspInstance, RcpspSchedule> builder) {
            builder.statistic("conflicts", conflicts)
                    .statistic("branches", branches)
                    .statistic("cpsat_wall_seconds", wallSeconds);
        }
    }

    /**
     * The parameters measured to pay on PSPLIB; the options and {@code cpsat.*} parameters override them. None for
     * now beyond CP-SAT's defaults, which prove most of j30 within milliseconds.
     */
    static SatParameters tunedParameters() {
        return SatParameters.getDefaultInstance();
    }

    /**
     * Solves {@code model} with the time {@code deadline} has left, stopping early at its termination.
     *
     * @param incumbentMakespan the makespan of a schedule the caller already has, {@link Long#MAX_VALUE} for none
     * @param alsoStopOn        a second reason to stop early, {@code null} for none
     */
    static Outcome run(RcpspCpSatModel model, SolveOptions options, Deadline deadline, long incumbentMakespan,
                       int workers, SolutionListener<RcpspSchedule> listener, Termination alsoStopOn) {
        return run(model, options, deadline, incumbentMakespan, workers, tunedParameters(), listener, alsoStopOn);
    }

    /**
     * As {@link #run(RcpspCpSatModel, SolveOptions, Deadline, long, int, SolutionListener, Termination)}, with
     * {@code parameters} in place of the tuned ones (the options and {@code cpsat.*} parameters still override them).
     */
    static Outcome run(RcpspCpSatModel model, SolveOptions options, Deadline deadline, long incumbentMakespan,
                       int workers, SatParameters parameters, SolutionListener<RcpspSchedule> listener,
                       Termination alsoStopOn) {
        CpSolver solver = CpSatParameters.newSolver(options.threads(workers), deadline, parameters);
        ImprovingSolutionCallback<RcpspSchedule> callback = new ImprovingSolutionCallback<>(
                found -> model.schedule(found::value), schedule -> schedule.makespan(model.instance()),
                model.lowerBound(), incumbentMakespan, deadline, listener);
        CpSolverStatus status = StoppableSearch.solve(solver, model.model(), callback, deadline, alsoStopOn,
                "RCPSP model of " + model.instance().name());
        callback.rethrowListenerFailure();
        long bound = status == CpSolverStatus.INFEASIBLE ? model.lowerBound()
                : Math.max(model.lowerBound(), (long) Math.ceil(solver.bestObjectiveBound() - 1e-9));
        return new Outcome(status, callback.best(), callback.bestObjective(), bound, callback.timeToBest(),
                solver.numConflicts(), solver.numBranches(), solver.wallTime());
    }
}
