package org.sched4j.cpmodels.jobshop;

import com.google.ortools.sat.CpSolverStatus;
import org.sched4j.api.Deadline;
import org.sched4j.api.Evaluation;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.api.Termination;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.heuristics.dispatch.BestDispatch;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

/**
 * {@code cpsat}: the {@link JobShopCpSatModel} solved by CP-SAT, hinted with (and its horizon bounded by) the best
 * dispatching schedule. The result is CP-SAT's alone: when CP-SAT finds no schedule within the time limit the
 * status is {@link SolveStatus#UNKNOWN} although the hint exists (use {@code auto} to get the best of both).
 *
 * <p>Statuses: {@link SolveStatus#OPTIMAL} when CP-SAT proves its schedule optimal, {@link SolveStatus#FEASIBLE}
 * otherwise; {@link SolveStatus#INFEASIBLE} and {@link SolveStatus#UNKNOWN} as CP-SAT reports them. The bound is
 * CP-SAT's, never below the one-machine lower bound. The time spent on the dispatching rules and on building the
 * model is deducted from CP-SAT's time. An early termination ({@link org.sched4j.api.SolverJob#terminateEarly()} or
 * an interrupt) stops CP-SAT, and the result holds the best schedule found so far.
 */
public final class CpSatJobShopSolver implements Solver<JobShopInstance, JobShopSchedule> {

    /** The solver's identifier. */
    public static final String ID = "cpsat";

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
        return "OR-Tools CP-SAT: interval model with tight heads/tails domains, hinted by the best dispatching rule";
    }

    @Override
    public SolveResult<JobShopSchedule> solve(JobShopInstance instance, SolveOptions options,
                                              SolutionListener<JobShopSchedule> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        BestDispatch hint = JobShopDispatcher.best(instance, options.seed());
        JobShopCpSatModel model = JobShopCpSatModel.build(instance, hint.makespan());
        model.hint(hint.schedule());
        JobShopCpSatSearch.Outcome outcome = JobShopCpSatSearch.run(model, options, deadline, Long.MAX_VALUE,
                listener, null);
        SolveResult.Builder<JobShopInstance, JobShopSchedule> result =
                SolveResult.builder(JobShopProblem.TYPE, instance, ID);
        if (outcome.improved()) {
            result.solution(outcome.best(), outcome.bestMakespan())
                    .timeToBest(outcome.timeToBest())
                    .bound(outcome.bound())
                    .status(outcome.bound() >= outcome.bestMakespan() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        } else if (outcome.status() == CpSolverStatus.INFEASIBLE) {
            result.status(SolveStatus.INFEASIBLE);
        } else {
            result.status(SolveStatus.UNKNOWN).bound(outcome.bound());
        }
        outcome.addStatistics(result, hint.makespan());
        return result.build(deadline.elapsed());
    }

    /**
     * Warm start: solves with CP-SAT from a known feasible schedule (found by local search, say), which hints the
     * model and bounds its horizon, so that CP-SAT searches only for better schedules.
     *
     * <p>The result holds the better of {@code start} and CP-SAT's best; the listener hears only CP-SAT's schedules
     * below {@code start}. The status is {@link SolveStatus#OPTIMAL} when CP-SAT proves the result optimal (possibly
     * {@code start} itself), else {@link SolveStatus#FEASIBLE}; the bound is CP-SAT's, which holds for the instance.
     * When the deadline is reached already, {@code start} is returned without CP-SAT, with the model's lower bound.
     *
     * @param start a feasible schedule of {@code instance}
     * @throws IllegalArgumentException when {@code start} is infeasible
     */
    public SolveResult<JobShopSchedule> solveFrom(JobShopInstance instance, JobShopSchedule start, SolveOptions options,
                                                  SolutionListener<JobShopSchedule> listener) {
        return solveFrom(instance, start, options, listener, (Termination) null);
    }

    /**
     * Warm start as {@link #solveFrom(JobShopInstance, JobShopSchedule, SolveOptions, SolutionListener)}, stopping
     * early as well once {@code stopEarly} is requested.
     *
     * @param stopEarly a second reason to stop besides the options' termination, {@code null} for none: a portfolio
     *                  ends CP-SAT with it when another engine has met the lower bound
     */
    public SolveResult<JobShopSchedule> solveFrom(JobShopInstance instance, JobShopSchedule start, SolveOptions options,
                                                  SolutionListener<JobShopSchedule> listener, Termination stopEarly) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        Evaluation startEvaluation = JobShopProblem.TYPE.evaluate(instance, start);
        if (!startEvaluation.isFeasible()) {
            throw new IllegalArgumentException("the start schedule is infeasible: " + startEvaluation.summary());
        }
        long startMakespan = (long) startEvaluation.objective();
        if (deadline.isReached()) {
            long lowerBound = JobShopCpSatModel.lowerBound(instance);
            return SolveResult.builder(JobShopProblem.TYPE, instance, ID).solution(start, startMakespan)
                    .bound(lowerBound).status(startMakespan <= lowerBound ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                    .build(deadline.elapsed());
        }
        JobShopCpSatModel model = JobShopCpSatModel.build(instance, startMakespan);
        model.hint(start);
        JobShopCpSatSearch.Outcome outcome = JobShopCpSatSearch.run(model, options, deadline, startMakespan, listener,
                stopEarly);
        if (outcome.status() == CpSolverStatus.INFEASIBLE) {
            throw new SolverDefectException("CP-SAT found no schedule of makespan at most " + startMakespan
                    + " for " + instance.name() + " although the start schedule is one");
        }
        SolveResult.Builder<JobShopInstance, JobShopSchedule> result =
                SolveResult.builder(JobShopProblem.TYPE, instance, ID)
                        .solution(start, startMakespan);
        if (outcome.improved()) {
            result.solution(outcome.best(), outcome.bestMakespan()).timeToBest(outcome.timeToBest());
        }
        outcome.addStatistics(result, startMakespan);
        return result.bound(outcome.bound())
                .status(outcome.bound() >= outcome.bestMakespan() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .build(deadline.elapsed());
    }
}
