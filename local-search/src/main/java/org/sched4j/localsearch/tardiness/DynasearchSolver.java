package org.sched4j.localsearch.tardiness;

import java.time.Duration;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.Deadline;
import org.sched4j.heuristics.tardiness.SequencingRuleSolver;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * {@code dynasearch}: iterated dynasearch with swap and insertion moves (Congram, Potts &amp; van de Velde 2002; see
 * {@link IteratedDynasearch}), started from the best sequencing rule ({@code best-rule}), until the time limit, an early
 * termination (obeyed within milliseconds, also mid-descent) or a sequence without tardiness. One thread; the seed drives the kicks. OPTIMAL only for cost 0.
 */
public final class DynasearchSolver implements Solver<TardinessInstance, JobSequence> {

    @Override
    public String id() {
        return "dynasearch";
    }

    @Override
    public ProblemType<TardinessInstance, JobSequence> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return "iterated dynasearch, swaps and insertions (Congram, Potts & van de Velde 2002) from the best rule";
    }

    @Override
    public SolveResult<JobSequence> solve(TardinessInstance problem, SolveOptions options,
                                          SolutionListener<JobSequence> listener) {
        Deadline budget = Deadline.of(options);
        SolutionListener<JobSequence> improvements = SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE,
                listener);
        int[] start = SequencingRuleSolver.bestRule().solve(problem, budget.delegatedOptions(options), improvements)
                .solution().toArray();
        IteratedDynasearch search = new IteratedDynasearch(problem, start, options.seed());
        Duration[] timeToBest = {Duration.ZERO};
        search.run(budget::isReached, (order, cost) -> {
            timeToBest[0] = budget.elapsed();
            improvements.onImprovingSolution(JobSequence.of(order), cost, 0, timeToBest[0]);
        });
        return TardinessResults.builder(problem, id(), search.best(), search.bestCost(), false, timeToBest[0])
                .statistic("kicks", search.kicks())
                .build(budget.elapsed());
    }
}
