package org.sched4j.cpmodels.jobshop;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolverDefectException;
import org.sched4j.api.Termination;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.ImprovingSolutionCallback;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * One CP-SAT search on a {@link JobShopCpSatModel}, within what is left of a {@link Deadline}, reporting improving
 * schedules to a listener as they come.
 */
final class JobShopCpSatSearch {

    /** Up to this many workers, every worker runs large neighbourhood search (see {@link #tunedParameters}). */
    static final int MAXIMUM_WORKERS_FOR_LNS_ONLY = 2;

    private JobShopCpSatSearch() {
    }

    /**
     * What the search found.
     *
     * @param status        CP-SAT's status
     * @param best          the best schedule CP-SAT found below the incumbent, {@code null} when none
     * @param bestMakespan  the makespan of {@code best}, or the incumbent's when {@code best} is {@code null}
     * @param bound         the proven lower bound on the makespan, at least the model's lower bound
     * @param timeToBest    when {@code best} was found, from the start of the solve
     * @param solutions     the solutions CP-SAT reported
     * @param conflicts     CP-SAT's conflicts
     * @param branches      CP-SAT's branches
     * @param wallSeconds   CP-SAT's wall time in seconds
     */
    record Outcome(CpSolverStatus status, JobShopSchedule best, long bestMakespan, long bound, Duration timeToBest,
                   int solutions, long conflicts, long branches, double wallSeconds) {

        /** Returns true when CP-SAT found a schedule below the incumbent. */
        boolean improved() {
            return best != null;
        }

        /** Adds CP-SAT's statistics and the hint's makespan to {@code builder}. */
        void addStatistics(SolveResult.Builder<JobShopInstance, JobShopSchedule> builder, long hintMakespan) {
            builder.statistic("conflicts", conflicts)
                    .statistic("branches", branches)
                    .statistic("cpsat_solutions", solutions)
                    .statistic("cpsat_wall_seconds", wallSeconds)
                    .statistic("hint_makespan", hintMakespan);
        }
    }

    /**
     * The parameters measured to pay on the job shop; the options and the {@code cpsat.*} parameters override them.
     * With at most {@value #MAXIMUM_WORKERS_FOR_LNS_ONLY} workers every worker runs large neighbourhood search
     * ({@code use_lns_only}) instead of CP-SAT's default portfolio, whose full tree search takes a whole worker and
     * rarely improves the makespan of instances of 200 operations or more; on small instances LNS still proves
     * optimality, its neighbourhoods growing to the whole problem. With more workers CP-SAT's defaults are kept. The
     * measurements are in {@code docs/jobshop.md}.
     */
    static SatParameters tunedParameters(int workers) {
        SatParameters.Builder parameters = SatParameters.newBuilder();
        if (workers <= MAXIMUM_WORKERS_FOR_LNS_ONLY) {
            parameters.setUseLnsOnly(true);
        }
        return parameters.build();
    }

    /**
     * Solves {@code model} with the time {@code deadline} has left, stopping early at its termination.
     *
     * @param incumbentMakespan the makespan of a schedule the caller already has (and told the listener about),
     *                          {@link Long#MAX_VALUE} for none
     * @param alsoStopOn        a second reason to stop early, {@code null} for none
     * @throws SolverDefectException when CP-SAT finds the model invalid
     */
    static Outcome run(JobShopCpSatModel model, SolveOptions options, Deadline deadline, long incumbentMakespan,
                       SolutionListener<JobShopSchedule> listener, Termination alsoStopOn) {
        CpSolver solver = CpSatParameters.newSolver(options, deadline, tunedParameters(options.threads()));
        ImprovingSolutionCallback<JobShopSchedule> callback = new ImprovingSolutionCallback<>(
                found -> model.schedule(found::value), schedule -> schedule.makespan(model.instance()),
                model.lowerBound(), incumbentMakespan, deadline, listener);
        CpSolverStatus status = StoppableSearch.solve(solver, model.model(), callback, deadline, alsoStopOn,
                "job-shop model of " + model.instance().name());
        callback.rethrowListenerFailure();
        long bound = Math.max(model.lowerBound(), (long) Math.ceil(solver.bestObjectiveBound() - 1e-9));
        return new Outcome(status, callback.best(), callback.bestObjective(), bound, callback.timeToBest(),
                callback.solutions(), solver.numConflicts(), solver.numBranches(), solver.wallTime());
    }
}
