package org.sched4j.heuristics.dispatch;

import java.time.Duration;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * The best of every dispatching rule with both builders, {@link JobShopDispatcher#best}: id {@code best-rule}. The
 * options' seed seeds its one random schedule. Statistics: {@code schedules} built. The listener hears about the
 * best schedule once.
 */
public final class BestRuleSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The id, {@code best-rule}. */
    public static final String ID = "best-rule";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
        return JobShopProblem.TYPE;
    }

    @Override
    public String description() {
        return "the best of the dispatching rules SPT, LPT, MWKR, MOPNR, FDD/MWKR, FIFO (non-delay and active) "
                + "and one random dispatch";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance problem, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        long startNanos = System.nanoTime();
        BestDispatch best = JobShopDispatcher.best(problem, options.seed());
        Duration timeToBest = DispatchSolveResults.elapsedSince(startNanos);
        listener.onImprovingSolution(best.schedule(), best.makespan(), problem.trivialLowerBound(), timeToBest);
        return DispatchSolveResults.of(problem, ID, best.schedule(), best.makespan(), startNanos, timeToBest,
                JobShopDispatcher.bestScheduleCount());
    }
}
