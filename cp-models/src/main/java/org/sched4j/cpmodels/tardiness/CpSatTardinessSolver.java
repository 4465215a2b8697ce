package org.sched4j.cpmodels.tardiness;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.ImprovingSolutionCallback;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.heuristics.tardiness.SequencingRuleSolver;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * {@code cpsat}: the {@link TardinessCpSatModel} solved by CP-SAT, hinted with a start sequence (the best sequencing
 * rule's, or the caller's in {@link #solveFrom}) whose cost bounds the objective. Handles weights and release dates.
 * The result is the better of the start and CP-SAT's best: OPTIMAL when CP-SAT proves it, else FEASIBLE with
 * CP-SAT's bound. The listener hears of the start sequence first, then of each better one. An early termination
 * stops CP-SAT, and the result holds the best sequence found so far.
 */
public final class CpSatTardinessSolver implements Solver<TardinessInstance, JobSequence> {

    /** The solver's identifier. */
    public static final String ID = "cpsat";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<TardinessInstance, JobSequence> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return "OR-Tools CP-SAT: no-overlap interval model of 1|r_j|Σw_jT_j, hinted by the best sequencing rule";
    }

    @Override
    public SolveResult<JobSequence> solve(TardinessInstance problem, SolveOptions options,
                                          SolutionListener<JobSequence> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        int[] start = SequencingRuleSolver.bestRule().solve(problem, options).solution().toArray();
        listener.onImprovingSolution(JobSequence.of(start), TardinessEvaluator.totalWeightedTardiness(problem, start),
                0, deadline.elapsed());
        return solveFrom(problem, start, options, deadline, listener);
    }

    /**
     * Warm start from {@code start}, a permutation of the jobs, within what {@code deadline} has left; its termination
     * stops CP-SAT. When the deadline is reached already, {@code start} is returned without CP-SAT.
     *
     * @throws org.sched4j.api.SolverDefectException when CP-SAT finds the model invalid
     */
    public SolveResult<JobSequence> solveFrom(TardinessInstance problem, int[] start, SolveOptions options,
                                              Deadline deadline, SolutionListener<JobSequence> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        long startCost = TardinessEvaluator.totalWeightedTardiness(problem, start);
        if (startCost > 0 && deadline.isReached()) {
            return SolveResult.builder(TardinessProblem.TYPE, problem, ID).solution(JobSequence.of(start), startCost)
                    .bound(0).status(SolveStatus.FEASIBLE).statistic("start_cost", startCost).build(deadline.elapsed());
        }
        TardinessCpSatModel model = TardinessCpSatModel.build(problem, startCost);
        model.hint(start);
        CpSolver solver = CpSatParameters.newSolver(options, deadline, SatParameters.getDefaultInstance());
        ImprovingSolutionCallback<int[]> improvements = new ImprovingSolutionCallback<>(model::sequence,
                order -> TardinessEvaluator.totalWeightedTardiness(problem, order), 0, startCost, deadline,
                (order, cost, bound, elapsed) -> listener.onImprovingSolution(JobSequence.of(order), cost, bound,
                        elapsed));
        CpSolverStatus status = startCost == 0 ? CpSolverStatus.OPTIMAL
                : StoppableSearch.solve(solver, model.model, improvements, deadline,
                        "tardiness model of " + problem.name());
        improvements.rethrowListenerFailure();
        SolveResult.Builder<TardinessInstance, JobSequence> result =
                SolveResult.builder(TardinessProblem.TYPE, problem, ID);
        int[] best = improvements.best() != null ? improvements.best() : start;
        long bestCost = improvements.bestObjective();
        double bound = startCost == 0 ? 0 : Math.min(bestCost, Math.max(0, solver.bestObjectiveBound()));
        boolean proved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE || bound >= bestCost;
        return result.solution(JobSequence.of(best), bestCost)
                .timeToBest(improvements.timeToBest())
                .bound(proved ? bestCost : bound)
                .status(proved ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .statistic("start_cost", startCost)
                .statistic("conflicts", startCost == 0 ? 0 : solver.numConflicts())
                .build(deadline.elapsed());
    }
}
