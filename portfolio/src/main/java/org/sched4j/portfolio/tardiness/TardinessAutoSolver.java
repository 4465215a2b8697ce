package org.sched4j.portfolio.tardiness;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sched4j.api.ObjectiveSense;
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
import org.sched4j.cpmodels.tardiness.CpSatTardinessSolver;
import org.sched4j.heuristics.tardiness.SequencingRuleSolver;
import org.sched4j.tardiness.JobSequence;
import org.sched4j.tardiness.TardinessEvaluator;
import org.sched4j.tardiness.TardinessInstance;
import org.sched4j.tardiness.TardinessProblem;

/**
 * {@code auto} for single-machine tardiness: the best sequencing rule, then iterated dynasearch on the calling thread
 * beside an exact method on a second one: {@link LawlerDecomposition} for 1||ΣT, the {@link SubsetDynamicProgram}
 * for weighted instances without release dates up to 20 jobs, else CP-SAT (warm-started from the best rule) up to
 * {@value #CP_SAT_MAX_JOBS} jobs. Dynasearch stops as soon as the exact
 * method finishes. With one thread the two run one after the other (dynasearch a quarter of the time first); larger
 * weighted instances get dynasearch alone, for the whole time limit.
 *
 * <p>The result is the best sequence found; OPTIMAL only when an exact method proved it (or its cost is 0), with the
 * proven bound.
 */
public final class TardinessAutoSolver implements Solver<TardinessInstance, JobSequence> {

    /** The largest weighted instance handed to CP-SAT; larger ones are left to dynasearch alone. */
    public static final int CP_SAT_MAX_JOBS = 60;

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
        long startNanos = System.nanoTime();
        Deadline budget = Deadline.of(options);
        SolutionListener<JobSequence> shared = SolutionListener.improvementsOnly(ObjectiveSense.MINIMIZE, listener);
        int[] rule = SequencingRuleSolver.bestRule().solve(problem, options, shared).solution().toArray();
        long ruleCost = TardinessEvaluator.totalWeightedTardiness(problem, rule);
        if (ruleCost == 0) {
            return TardinessResults.builder(problem, id(), rule, 0, true, TardinessResults.since(startNanos))
                    .build(TardinessResults.since(startNanos));
        }
        AtomicBoolean exactDone = new AtomicBoolean();
        Duration[] dynasearchBest = {TardinessResults.since(startNanos)};
        IteratedDynasearch search = new IteratedDynasearch(problem, rule, options.seed());
        Runnable dynasearch = () -> search.run(() -> exactDone.get() || budget.remaining().isZero(),
                (order, cost) -> {
                    dynasearchBest[0] = TardinessResults.since(startNanos);
                    shared.onImprovingSolution(JobSequence.of(order), cost, 0, dynasearchBest[0]);
                });
        ExactOutcome exact;
        if (!hasExactMethod(problem)) {
            dynasearch.run();
            exact = ExactOutcome.none();
        } else if (options.threads() >= 2) {
            try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
                Future<ExactOutcome> future = executor.submit(() -> {
                    try {
                        return exact(problem, rule, options.threads(1), budget, shared);
                    } finally {
                        exactDone.set(true);
                    }
                });
                dynasearch.run();
                exact = join(future);
            }
        } else {
            long quarter = budget.remaining().toNanos() / 4;
            long dynasearchEnd = System.nanoTime() + quarter;
            search.run(() -> System.nanoTime() > dynasearchEnd, (order, cost) -> {
                dynasearchBest[0] = TardinessResults.since(startNanos);
                shared.onImprovingSolution(JobSequence.of(order), cost, 0, dynasearchBest[0]);
            });
            exact = exact(problem, rule, options, budget, shared);
        }
        return result(problem, startNanos, search, dynasearchBest[0], exact);
    }

    private SolveResult<JobSequence> result(TardinessInstance problem, long startNanos, IteratedDynasearch search,
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
                .build(TardinessResults.since(startNanos));
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
            long deadline = System.nanoTime() + budget.remaining().toNanos();
            Optional<int[]> optimal = LawlerDecomposition.applies(problem)
                    ? new LawlerDecomposition(problem).solve(deadline) : SubsetDynamicProgram.solve(problem, deadline);
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

    private static ExactOutcome join(Future<ExactOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExactOutcome.none();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the exact search failed", e.getCause());
        }
    }
}
