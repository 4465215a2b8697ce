package org.sched4j.portfolio.tardiness;

import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.SolveThreads;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.Deadline;
import org.sched4j.localsearch.tardiness.IteratedDynasearch;
import org.sched4j.localsearch.tardiness.LawlerDecomposition;
import org.sched4j.localsearch.tardiness.SubsetDynamicProgram;
import org.sched4j.localsearch.tardiness.TardinessResults;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.tardiness.CpSatTardinessSolver;
import org.sched4j.heuristics.tardiness.SequencingRuleSolver;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * {@code auto} for single-machine tardiness: the best sequencing rule, then iterated dynasearch beside an exact
 * method, each on a thread of its own: {@link LawlerDecomposition} for 1||ΣT, the {@link SubsetDynamicProgram}
 * for weighted instances without release dates up to 20 jobs, else CP-SAT (warm-started from the best rule) up to
 * {@value #CP_SAT_MAX_JOBS} jobs. Dynasearch stops as soon as the exact method finishes. With one thread the two run one after the other (dynasearch a quarter of the time first); larger
 * weighted instances get dynasearch alone, for the whole time limit.
 *
 * <p>{@link org.sched4j.api.SolverJob#terminateEarly()} or an interrupt of the calling thread stops both searches
 * within milliseconds (CP-SAT through the deadline it is given); both threads have ended when {@code solve}
 * returns. The result is the best sequence found; OPTIMAL only when an exact method proved it (or its cost is 0),
 * with the proven bound.
 */
public final class TardinessAutoSolver implements Solver<TardinessInstance, JobSequence> {

    /** The largest weighted instance handed to CP-SAT; larger ones are left to dynasearch alone. */
    public static final int CP_SAT_MAX_JOBS = 60;

    /** The names of the threads of the exact method (0) and dynasearch (1). */
    static final String THREAD_NAME_PREFIX = "sched4j-tardiness-auto-";

    @Override
    public String id() {
        return "auto";
    }

    @Override
    public ProblemType<TardinessInstance, JobSequence> problemType() {
        return TardinessProblem.TYPE;
    }

    @Override
    public String description() {
        return "best rule, then iterated dynasearch beside an exact method (Lawler decomposition for 1||ΣT, else CP-SAT)";
    }

    @Override
    public SolveResult<JobSequence> solve(TardinessInstance problem, SolveOptions options,
                                          SolutionListener<JobSequence> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline budget = Deadline.of(options);
        SolutionListener<JobSequence> shared = SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener);
        int[] rule = SequencingRuleSolver.bestRule().solve(problem, budget.delegatedOptions(options), shared).solution()
                .toArray();
        long ruleCost = TardinessEvaluator.totalWeightedTardiness(problem, rule);
        if (ruleCost == 0) {
            return TardinessResults.builder(problem, id(), rule, 0, true, budget.elapsed()).build(budget.elapsed());
        }
        AtomicBoolean exactDone = new AtomicBoolean();
        Duration[] dynasearchBest = {budget.elapsed()};
        IteratedDynasearch search = new IteratedDynasearch(problem, rule, options.seed());
        IteratedDynasearch.Improvement report = (order, cost) -> {
            dynasearchBest[0] = budget.elapsed();
            shared.onImprovingSolution(JobSequence.of(order), cost, 0, dynasearchBest[0]);
        };
        ExactOutcome exact;
        if (!hasExactMethod(problem)) {
            search.run(budget::isReached, report);
            exact = ExactOutcome.none();
        } else if (options.threads() >= 2) {
            List<Callable<ExactOutcome>> searches = List.of(
                    () -> {
                        try {
                            return exact(problem, rule, options.threads(1), budget, shared);
                        } finally {
                            exactDone.set(true);
                        }
                    },
                    () -> {
                        search.run(() -> exactDone.get() || budget.isReached(), report);
                        return ExactOutcome.none();
                    });
            exact = SolveThreads.runAll(searches, THREAD_NAME_PREFIX, budget).getFirst();
        } else {
            Deadline dynasearchShare = budget.share(0.25);
            search.run(dynasearchShare::isReached, report);
            exact = exact(problem, rule, options, budget, shared);
        }
        return result(problem, budget, search, dynasearchBest[0], exact);
    }

    private SolveResult<JobSequence> result(TardinessInstance problem, Deadline budget, IteratedDynasearch search,
                                            Duration dynasearchBest, ExactOutcome exact) {
        boolean exactBetter = exact.order().isPresent() && exact.cost() < search.bestCost();
        int[] best = exactBetter ? exact.order().get() : search.best();
        long cost = exactBetter ? exact.cost() : search.bestCost();
        boolean proved = exact.bound() >= cost;
        return TardinessResults.builder(problem, id(), best, cost, proved,
                        exactBetter ? exact.timeToBest() : dynasearchBest)
                .bound(proved ? cost : Math.max(0, exact.bound()))
                .statistic("kicks", search.kicks())
                .statistic("exact_proved", proved ? 1 : 0)
                .build(budget.elapsed());
    }

    /**
     * What the exact method found: its sequence (if any), its cost, its proven lower bound (0 when it proved
     * nothing) and when it found the sequence.
     */
    private record ExactOutcome(Optional<int[]> order, long cost, long bound, Duration timeToBest) {
        static ExactOutcome none() {
            return new ExactOutcome(Optional.empty(), Long.MAX_VALUE, 0, Duration.ZERO);
        }
    }

    private static boolean hasExactMethod(TardinessInstance problem) {
        return LawlerDecomposition.applies(problem) || SubsetDynamicProgram.applies(problem)
                || problem.jobCount() <= CP_SAT_MAX_JOBS;
    }

    private static ExactOutcome exact(TardinessInstance problem, int[] start, SolveOptions options, Deadline budget,
                                      SolutionListener<JobSequence> listener) {
        if (LawlerDecomposition.applies(problem) || SubsetDynamicProgram.applies(problem)) {
            Optional<int[]> optimal = LawlerDecomposition.applies(problem)
                    ? new LawlerDecomposition(problem).solve(budget) : SubsetDynamicProgram.solve(problem, budget);
            if (optimal.isEmpty()) {
                return ExactOutcome.none();
            }
            long cost = TardinessEvaluator.totalWeightedTardiness(problem, optimal.get());
            listener.onImprovingSolution(JobSequence.of(optimal.get()), cost, cost, budget.elapsed());
            return new ExactOutcome(optimal, cost, cost, budget.elapsed());
        }
        SolveResult<JobSequence> result = new CpSatTardinessSolver().solveFrom(problem, start, options, budget,
                listener);
        long bound = result.hasBound() ? (long) Math.ceil(result.bound() - 1e-9) : 0;
        return new ExactOutcome(Optional.of(result.solution().toArray()), (long) result.objective(), bound,
                result.timeToBest());
    }
}
