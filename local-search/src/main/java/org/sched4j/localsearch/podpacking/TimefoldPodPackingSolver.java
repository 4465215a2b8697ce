package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.localsearch.timefold.SearchMonitor;
import org.sched4j.localsearch.timefold.SolverFactoryCache;
import org.sched4j.localsearch.timefold.TimefoldConfiguration;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPackingResults;
import org.sched4j.podpacking.PodPlacement;

/**
 * {@code timefold}: pod packing with Timefold Solver's local search (tabu search with an entity tabu over change and
 * swap moves of each pod's node, "unplaced" included: a step may make the plan worse, which a move that makes room
 * for a pod needs) on the whole objective as a bendable score ({@link PodPackingConstraints}): every hard rule of the
 * evaluator, the tiers, then the soft penalty and the GPU fragmentation. The node-only rules are each pod's value range
 * ({@link PodAssignment}); the rest are constraints.
 *
 * <p>It starts from {@link StartPlan}: the default scheduler's plan when valid, else the current placement when valid,
 * else the current placement without its rule breakers. It returns the better of that plan and Timefold's best by the
 * evaluator's exact order ({@link PodPackingObjective#compareTo}), Timefold's only when the evaluator finds it valid,
 * so it is never worse than a valid start, and valid whenever Timefold finds a valid plan from an invalid one. OPTIMAL
 * only when the plan is perfect ({@link PodPackingObjective#isPerfect}).
 *
 * <p>The listener hears of a valid start plan first, then of Timefold's best when it is better. An early termination
 * ({@link org.sched4j.api.SolverJob#terminateEarly()}, an interrupt of the calling thread) ends Timefold's search at
 * once ({@link SearchMonitor}); Timefold runs on the calling thread. The solver factory is built once per
 * configuration and kept ({@link SolverFactoryCache}), on a daemon thread while the start plan is computed.
 *
 * <p>Options: the seed is Timefold's random seed; Timefold's community edition runs one thread; the parameters
 * {@code timefold.environment-mode} and {@code timefold.step-limit} ({@link TimefoldConfiguration}). Statistics:
 * {@code unplaced}, {@code disruption}, {@code soft_penalty} of the result; {@code start_plan} (0 the default
 * scheduler's, 1 the current placement, 2 the current placement without its rule breakers); {@code steps},
 * {@code moves_evaluated}, {@code moves_per_second} and {@code score_calculations} of Timefold (0 when it did not
 * search).
 */
public final class TimefoldPodPackingSolver implements Solver<PodPackingInstance, PodPlacement> {

    /** The solver's id. */
    public static final String ID = "timefold";

    /** Tabu search's usual tabu size: a moved pod stays put for the next 7 steps. */
    private static final int DEFAULT_ENTITY_TABU_SIZE = 7;
    /**
     * Moves evaluated per step: the best non-tabu of 1,024 is taken, worse or not; fewer on small scenarios (see
     * {@link #acceptedCountLimit}).
     */
    private static final int ACCEPTED_COUNT_LIMIT = 1024;
    /** The fewest moves evaluated per step. */
    private static final int MIN_ACCEPTED_COUNT = 8;

    private final SolverFactoryCache<FactoryKey, PodPackingPlan> factories = new SolverFactoryCache<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<PodPackingInstance, PodPlacement> problemType() {
        return PodPackingProblem.TYPE;
    }

    @Override
    public String description() {
        return "Timefold Solver: tabu search over change and swap moves, every hard rule, lexicographic tiers, "
                + "preferences and GPU fragmentation as a bendable score";
    }

    @Override
    public SolveResult<PodPlacement> solve(PodPackingInstance problem, SolveOptions options,
                                           SolutionListener<PodPlacement> listener) {
        Deadline deadline = Deadline.of(options);
        FactoryKey key = new FactoryKey(options.seed(), entityTabuSize(problem), acceptedCountLimit(problem),
                TimefoldConfiguration.environmentMode(options));
        TimefoldConfiguration.stepLimit(options); // a malformed step limit fails before any work
        CompletableFuture<SolverFactory<PodPackingPlan>> factory = factories.factory(key, solverConfig(key));
        StartPlan start = StartPlan.of(problem);
        PodPlacement best = start.placement();
        PodPackingObjective bestObjective = PodPackingEvaluator.objective(problem, best);
        boolean bestValid = start.valid();
        Duration timeToBest = deadline.elapsed();
        if (bestValid) {
            listener.onImprovingSolution(best, bestObjective.scalar(), Double.NaN, timeToBest);
        }
        SearchStatistics statistics = SearchStatistics.NONE;
        if (!(bestValid && bestObjective.isPerfect()) && !deadline.isReached() && problem.podCount() > 0) {
            Search search = search(problem, best, factory, options, deadline);
            statistics = search.statistics();
            PodPackingObjective foundObjective = PodPackingEvaluator.objective(problem, search.plan());
            if (PodPackingProblem.TYPE.evaluate(problem, search.plan()).isFeasible()
                    && (!bestValid || foundObjective.compareTo(bestObjective) < 0)) {
                best = search.plan();
                bestObjective = foundObjective;
                bestValid = true;
                timeToBest = deadline.elapsed();
                listener.onImprovingSolution(best, bestObjective.scalar(), Double.NaN, timeToBest);
            }
        }
        return PodPackingResults.builder(problem, ID, best, bestObjective)
                .timeToBest(timeToBest)
                .statistic("unplaced", bestObjective.unplaced())
                .statistic("disruption", bestObjective.disruption())
                .statistic("soft_penalty", bestObjective.softPenalty())
                .statistic("start_plan", start.source().ordinal())
                .statistic("steps", statistics.steps())
                .statistic("moves_evaluated", statistics.movesEvaluated())
                .statistic("moves_per_second", statistics.movesPerSecond())
                .statistic("score_calculations", statistics.scoreCalculations())
                .build(deadline.elapsed());
    }

    /**
     * Timefold's search from {@code start} on this thread until the deadline or the step limit: Timefold counts its
     * spent limit from the start of its phase, after building the score of the plan (seconds on a large cluster), so
     * a {@link SearchMonitor} stops it at the deadline, and at once on early termination.
     */
    private static Search search(PodPackingInstance problem, PodPlacement start,
                                 CompletableFuture<SolverFactory<PodPackingPlan>> factoryBuilt, SolveOptions options,
                                 Deadline deadline) {
        SolverFactory<PodPackingPlan> factory = SolverFactoryCache.await(factoryBuilt, deadline);
        if (factory == null) {
            return new Search(start, SearchStatistics.NONE);
        }
        PodPackingPlan plan = PodPackingPlanConversion.toPlan(problem, start);
        ai.timefold.solver.core.api.solver.Solver<PodPackingPlan> solver = factory.buildSolver(
                new SolverConfigOverride().withTerminationConfig(
                        TimefoldConfiguration.termination(options, deadline.remaining())
                                .withBestScoreLimit(BendableScore.zero(PodPackingConstraints.HARD_LEVELS,
                                        PodPackingConstraints.SOFT_LEVELS).toString())));
        try (SearchMonitor<PodPackingPlan> monitor = SearchMonitor.watch(solver, deadline)) {
            PodPlacement found = PodPackingPlanConversion.toPlacement(problem, solver.solve(plan));
            DefaultSolver<PodPackingPlan> defaultSolver = (DefaultSolver<PodPackingPlan>) solver;
            return new Search(found, new SearchStatistics(monitor.steps(), defaultSolver.getMoveEvaluationCount(),
                    defaultSolver.getMoveEvaluationSpeed(), defaultSolver.getScoreCalculationCount()));
        }
    }

    /** What decides the solver configuration. */
    private record FactoryKey(long seed, int entityTabuSize, int acceptedCountLimit, EnvironmentMode environmentMode) {
    }

    /** Timefold's plan and counts. */
    private record Search(PodPlacement plan, SearchStatistics statistics) {
    }

    /** Timefold's counts for one solve; all zero when Timefold did not run. */
    private record SearchStatistics(long steps, long movesEvaluated, long movesPerSecond, long scoreCalculations) {

        static final SearchStatistics NONE = new SearchStatistics(0, 0, 0, 0);
    }

    private static SolverConfig solverConfig(FactoryKey key) {
        return new SolverConfig()
                .withSolutionClass(PodPackingPlan.class)
                .withEntityClasses(PodAssignment.class)
                .withConstraintProviderClass(PodPackingConstraints.class)
                .withEnvironmentMode(key.environmentMode())
                .withRandomSeed(key.seed())
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(new LocalSearchPhaseConfig()
                        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(key.entityTabuSize()))
                        .withForagerConfig(new LocalSearchForagerConfig()
                                .withAcceptedCountLimit(key.acceptedCountLimit())));
    }

    /**
     * The moves evaluated per step: Timefold draws them at random, so on a small scenario 1,024 would mostly repeat
     * the few distinct ones; the number of change moves (every pod to every node, and to "unplaced") rounded up to a
     * power of two, from {@value #MIN_ACCEPTED_COUNT} to {@value #ACCEPTED_COUNT_LIMIT} (powers of two, so that few
     * solver configurations are kept).
     */
    private static int acceptedCountLimit(PodPackingInstance problem) {
        long changeMoves = (long) problem.podCount() * (problem.nodeCount() + 1);
        if (changeMoves >= ACCEPTED_COUNT_LIMIT) {
            return ACCEPTED_COUNT_LIMIT;
        }
        return Math.max(MIN_ACCEPTED_COUNT, Integer.highestOneBit((int) changeMoves - 1) << 1);
    }

    /** Tabu search's entity tabu: 7 pods, fewer on tiny scenarios so that some pod can always move. */
    private static int entityTabuSize(PodPackingInstance problem) {
        return Math.max(1, Math.min(DEFAULT_ENTITY_TABU_SIZE, problem.podCount() / 3));
    }
}
