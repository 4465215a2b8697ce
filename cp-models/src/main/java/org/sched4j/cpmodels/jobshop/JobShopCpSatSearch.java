package org.sched4j.cpmodels.jobshop;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolverDefectException;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.ImprovingSolutionCallback;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.api.Deadline;
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
     *
     * <p>With one or two workers CP-SAT's default portfolio spends a whole worker on a full tree search, which rarely
     * improves the makespan of instances of 200 operations or more; its large neighbourhood search (LNS) does. So
     * with at most {@value #MAXIMUM_WORKERS_FOR_LNS_ONLY} workers all of them run LNS ({@code use_lns_only}); on small
     * instances LNS still proves optimality, its neighbourhoods growing to the whole problem. Measured with 2 workers,
     * seeds 0 and 1: mean gap on ta41, ta42, ta46 at 10 s 9.8 % and 11.5 % against 10.1 % and 14.6 % with the
     * defaults; on ta01–ta05 at 5 s 1.8 % against 4.2 %. Rejected in the same trial (ta41, ta42, ta46, 10 s, seed 0,
     * default 10.1 %): another full worker than {@code default_lp} ({@code no_lp} 11.7 %, {@code quick_restart_no_lp}
     * 13.6 %, {@code max_lp} 14.1 %) and {@code interleave_search} (17.8 %). With more workers CP-SAT's defaults are
     * kept (not measured here).
     */
    static SatParameters tunedParameters(int workers) {
        SatParameters.Builder parameters = SatParameters.newBuilder();
        if (workers <= MAXIMUM_WORKERS_FOR_LNS_ONLY) {
            parameters.setUseLnsOnly(true);
        }
        return parameters.build();
    }

    /**
     * Solves {@code model} with the time {@code budget} has left.
     *
     * @param incumbentMakespan the makespan of a schedule the caller already has (and told the listener about),
     *                          {@link Long#MAX_VALUE} for none
     * @param stopRequested polled every few milliseconds while CP-SAT runs; CP-SAT stops once it returns true
     * @throws SolverDefectException when CP-SAT finds the model invalid
     */
    static Outcome run(JobShopCpSatModel model, SolveOptions options, Deadline budget, long incumbentMakespan,
                       SolutionListener<JobShopSchedule> listener, BooleanSupplier stopRequested) {
        CpSolver solver = CpSatParameters.newSolver(options, budget.remaining(),
                tunedParameters(options.threads()));
        ImprovingSolutionCallback<JobShopSchedule> callback = new ImprovingSolutionCallback<>(
                found -> model.schedule(found::value), schedule -> schedule.makespan(model.instance()),
                model.lowerBound(), incumbentMakespan, budget, listener);
        CpSolverStatus status = StoppableSearch.solve(solver, model.model(), callback, stopRequested,
                "job-shop model of " + model.instance().name());
        long bound = Math.max(model.lowerBound(), (long) Math.ceil(solver.bestObjectiveBound() - 1e-9));
        return new Outcome(status, callback.best(), callback.bestObjective(), bound, callback.timeToBest(),
                callback.solutions(), solver.numConflicts(), solver.numBranches(), solver.wallTime());
    }
}
