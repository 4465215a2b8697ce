package org.sched4j.cpmodels.jobshop;

import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.cpmodels.TimeBudget;
import org.sched4j.heuristics.dispatch.BestDispatch;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * {@code auto} for the job shop: the best dispatching schedule first, then CP-SAT from it; the best of both within
 * the time limit.
 *
 * <p>The listener hears the dispatching schedule at once, then every schedule CP-SAT finds below it. When the
 * dispatching schedule meets the lower bound it is returned at once as {@link SolveStatus#OPTIMAL}. Otherwise it is
 * handed to the {@link JobShopCpSatModel} as a hint and bounds its horizon; CP-SAT gets what the dispatching rules
 * left of the time limit. The status is {@link SolveStatus#OPTIMAL} when CP-SAT proves the best schedule optimal,
 * else {@link SolveStatus#FEASIBLE}; the bound is CP-SAT's, never below the one-machine lower bound.
 */
public final class AutoJobShopSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The solver's identifier. */
    public static final String ID = "auto";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<JobShopInstance, JobShopSchedule> problemType() {
        return ProblemTypes.JOB_SHOP;
    }

    @Override
    public String description() {
        return "portfolio: the best dispatching rule, then CP-SAT hinted by it; the best of both";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance instance, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        TimeBudget budget = TimeBudget.startingNow(options.timeLimit());
        BestDispatch dispatch = JobShopDispatcher.best(instance, options.seed());
        long lowerBound = JobShopCpSatModel.lowerBound(instance);
        Duration dispatchTime = budget.elapsed();
        listener.onImprovingSolution(dispatch.schedule(), dispatch.makespan(), lowerBound, dispatchTime);
        SolveResult.Builder<JobShopInstance, JobShopSchedule> result =
                SolveResult.builder(ProblemTypes.JOB_SHOP, instance, ID)
                        .solution(dispatch.schedule(), dispatch.makespan())
                        .timeToBest(dispatchTime)
                        .bound(lowerBound)
                        .statistic("hint_makespan", dispatch.makespan());
        if (dispatch.makespan() <= lowerBound) {
            return result.status(SolveStatus.OPTIMAL).build(budget.elapsed());
        }
        JobShopCpSatModel model = JobShopCpSatModel.build(instance, dispatch.makespan());
        model.hint(dispatch.schedule());
        JobShopCpSatSearch.Outcome outcome =
                JobShopCpSatSearch.run(model, options, budget, dispatch.makespan(), listener);
        if (outcome.status() == CpSolverStatus.INFEASIBLE) {
            throw new SolverDefectException("CP-SAT found no schedule of makespan at most " + dispatch.makespan()
                    + " for " + instance.name() + " although the dispatching rules built one");
        }
        if (outcome.improved()) {
            result.solution(outcome.best(), outcome.bestMakespan()).timeToBest(outcome.timeToBest());
        }
        outcome.addStatistics(result, dispatch.makespan());
        return result.bound(outcome.bound())
                .status(outcome.bound() >= outcome.bestMakespan() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .build(budget.elapsed());
    }
}
