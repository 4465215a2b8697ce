package org.sched4j.localsearch.tardiness;

import java.time.Duration;
import java.util.Optional;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.Deadline;
import org.sched4j.heuristics.tardiness.SequencingRuleSolver;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * {@code decomposition}: the exact {@link LawlerDecomposition} for 1||ΣT within the time limit. When it finishes the
 * result is OPTIMAL; when the limit or an early termination comes first (noticed within milliseconds), or the instance has weights or release dates (for which the
 * decomposition does not hold; use {@code cpsat}), the result is the best sequencing rule's sequence, FEASIBLE.
 */
public final class ExactDecompositionSolver implements Solver<TardinessInstance, JobSequence> {

    @Override
    public String id() {
        return "decomposition";
    }

    @Override
    public ProblemType<TardinessInstance, JobSequence> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return "exact for 1||ΣT: Lawler's decomposition (1977), memoised, with a position filter for the longest job";
    }

    @Override
    public SolveResult<JobSequence> solve(TardinessInstance problem, SolveOptions options,
                                          SolutionListener<JobSequence> listener) {
        Deadline budget = Deadline.of(options);
        int[] heuristic = SequencingRuleSolver.bestRule().solve(problem, budget.delegatedOptions(options)).solution()
                .toArray();
        long heuristicCost = TardinessEvaluator.totalWeightedTardiness(problem, heuristic);
        listener.onImprovingSolution(JobSequence.of(heuristic), heuristicCost, 0, budget.elapsed());
        Duration timeToBest = budget.elapsed();
        if (!LawlerDecomposition.applies(problem) || heuristicCost == 0) {
            return TardinessResults.builder(problem, id(), heuristic, heuristicCost, false, timeToBest)
                    .statistic("proved", 0).build(budget.elapsed());
        }
        LawlerDecomposition decomposition = new LawlerDecomposition(problem);
        Optional<int[]> optimal = decomposition.solve(budget);
        if (optimal.isEmpty()) {
            return TardinessResults.builder(problem, id(), heuristic, heuristicCost, false, timeToBest)
                    .statistic("proved", 0).statistic("subproblems", decomposition.subproblems())
                    .build(budget.elapsed());
        }
        long cost = TardinessEvaluator.totalWeightedTardiness(problem, optimal.get());
        Duration found = budget.elapsed();
        if (cost < heuristicCost) {
            listener.onImprovingSolution(JobSequence.of(optimal.get()), cost, cost, found);
        }
        return TardinessResults.builder(problem, id(), optimal.get(), cost, true, cost < heuristicCost ? found
                        : timeToBest)
                .statistic("proved", 1).statistic("subproblems", decomposition.subproblems())
                .build(budget.elapsed());
    }
}
