package org.sched4j.cpmodels.rcpsp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypes;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.TimeBudget;
import org.sched4j.heuristics.rcpsp.RcpspListScheduler;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * {@code auto}, the default RCPSP solver: the best priority rule improved forward-backward, Hartmann's activity-list
 * genetic algorithm with justification ({@link RcpspListScheduler#evolve}, seeded with regret-based samples), and
 * CP-SAT hinted with the best schedule so far; the best of all at the limit. With at least
 * {@value #MINIMUM_THREADS_FOR_SAMPLING_BESIDE} threads the genetic algorithm runs beside CP-SAT on one thread and
 * CP-SAT gets the others; with fewer it runs first, for a tenth of the time limit (at most 1.5 s), and CP-SAT then
 * gets every thread. The engine parameter {@value #PLACEMENT_PARAMETER} ({@code beside} or {@code first}) overrides
 * the choice. Measured with 2 threads at 10 s on a loaded machine, beside against first: PSPLIB j30 462 against
 * 466 of 480 proved optimal; j6013_1, j6029_1 119 and 108 against 116 and 107; j120 equal. Instances of at most
 * {@value #SMALLEST_FOR_SAMPLING_FIRST} activities skip the first phase unless the parameter asks for it: CP-SAT
 * proves them best with all the time (on the hard j30 sets 9, 13, 29 and 45, 10 s, 2 threads, a quiet machine, CP-SAT
 * alone proved 34 of 40 against 31 with the genetic algorithm first). CP-SAT is stopped as soon as the genetic
 * algorithm meets the critical-path and energy bound.
 *
 * <p>Statuses as {@code cpsat}: OPTIMAL when the best schedule meets CP-SAT's bound (or the simple lower bound),
 * INFEASIBLE when CP-SAT proves that no schedule exists, UNKNOWN when nothing is found in time.
 */
public final class RcpspAutoSolver implements Solver<RcpspInstance, RcpspSchedule> {

    /** The solver's identifier. */
    public static final String ID = "auto";

    /** With fewer threads, the genetic algorithm runs before CP-SAT rather than beside it. */
    static final int MINIMUM_THREADS_FOR_SAMPLING_BESIDE = 3;

    /** The engine parameter that places the genetic algorithm: {@code beside} or {@code first} CP-SAT. */
    public static final String PLACEMENT_PARAMETER = "rcpsp.auto.heuristic";

    /** Instances with at most this many activities (PSPLIB j30: 32 with the dummies) get no first phase by default. */
    static final int SMALLEST_FOR_SAMPLING_FIRST = 40;

    /** With sampling first, it gets a tenth of the time limit, at most this long. */
    private static final Duration MAXIMUM_SAMPLING_FIRST = Duration.ofMillis(1500);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> problemType() {
        return ProblemTypes.RCPSP;
    }

    @Override
    public String description() {
        return "portfolio: best priority rule, then CP-SAT hinted with it beside an activity-list genetic algorithm; "
                + "the best of both";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance instance, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        TimeBudget budget = TimeBudget.startingNow(options.timeLimit());
        SolutionListener<RcpspSchedule> shared = SolutionListener.improvementsOnly(
                ProblemTypes.RCPSP.sense(), listener);
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        Optional<RcpspSchedule> first = scheduler.bestRule(options.seed());
        first.ifPresent(found -> shared.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(),
                budget.elapsed()));
        if (first.isPresent() && scheduler.makespan(first.get()) <= scheduler.lowerBound()) {
            return SolveResult.builder(ProblemTypes.RCPSP, instance, ID).solution(first.get(),
                    scheduler.makespan(first.get())).bound(scheduler.lowerBound()).status(SolveStatus.OPTIMAL)
                    .timeToBest(budget.elapsed()).build(budget.elapsed());
        }
        OrToolsNativeLibrary.ensureLoaded();
        SideSampling sampling = new SideSampling(scheduler, first.orElse(null), budget, shared);
        boolean beside = runsBeside(options);
        if (!beside && runsFirst(instance, options)) {
            long slice = Math.min(options.timeLimit().toNanos() / 10, MAXIMUM_SAMPLING_FIRST.toNanos());
            sampling.runUntil(options.seed() + 1, System.nanoTime() + slice);
        }
        RcpspSchedule hint = sampling.best.get() != null ? sampling.best.get() : first.orElse(null);
        Thread samplingThread = beside
                ? Thread.ofPlatform().name("rcpsp-sampling").start(() -> sampling.run(options.seed() + 1)) : null;
        int workers = beside ? Math.max(1, options.threads() - 1) : options.threads();
        SolveResult<RcpspSchedule> cpsat;
        try {
            cpsat = CpSatRcpspSolver.solveFrom(instance, hint, options, workers, budget, shared, sampling::metBound);
        } finally {
            sampling.stop();
            if (samplingThread != null) {
                joinQuietly(samplingThread);
            }
        }
        return bestOfBoth(instance, cpsat, sampling, budget);
    }

    /**
     * Whether the genetic algorithm, not running beside CP-SAT, runs before it: when the engine parameter
     * {@value #PLACEMENT_PARAMETER} says {@code first}, else for instances of more than
     * {@value #SMALLEST_FOR_SAMPLING_FIRST} activities.
     */
    static boolean runsFirst(RcpspInstance instance, SolveOptions options) {
        return options.parameter(PLACEMENT_PARAMETER, "").equals("first")
                || instance.activityCount() > SMALLEST_FOR_SAMPLING_FIRST;
    }

    /**
     * Whether the genetic algorithm runs beside CP-SAT rather than before it: as the engine parameter
     * {@value #PLACEMENT_PARAMETER} says ({@code beside} or {@code first}), else beside with at least
     * {@value #MINIMUM_THREADS_FOR_SAMPLING_BESIDE} threads.
     */
    static boolean runsBeside(SolveOptions options) {
        String placement = options.parameter(PLACEMENT_PARAMETER, "");
        if (!placement.isEmpty()) {
            if (!placement.equals("beside") && !placement.equals("first")) {
                throw new IllegalArgumentException("engine parameter " + PLACEMENT_PARAMETER
                        + " must be 'beside' or 'first', got '" + placement + "'");
            }
            return placement.equals("beside");
        }
        return options.threads() >= MINIMUM_THREADS_FOR_SAMPLING_BESIDE;
    }

    private static SolveResult<RcpspSchedule> bestOfBoth(RcpspInstance instance, SolveResult<RcpspSchedule> cpsat,
                                                         SideSampling sampling, TimeBudget budget) {
        RcpspSchedule sampled = sampling.best.get();
        if (sampled == null || cpsat.status() == SolveStatus.INFEASIBLE
                || cpsat.hasSolution() && cpsat.objective() <= sampled.makespan(instance)) {
            return relabel(instance, cpsat, budget);
        }
        long makespan = sampled.makespan(instance);
        double bound = cpsat.hasBound() ? Math.min(cpsat.bound(), makespan) : Double.NaN;
        SolveResult.Builder<RcpspInstance, RcpspSchedule> result = SolveResult.builder(ProblemTypes.RCPSP, instance,
                ID).solution(sampled, makespan).bound(bound).timeToBest(sampling.timeToBest())
                .status(!Double.isNaN(bound) && bound >= makespan ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        cpsat.statistics().forEach(result::statistic);
        result.statistic("sampled_schedules", sampling.scheduler.schedulesBuilt());
        return result.build(budget.elapsed());
    }

    private static SolveResult<RcpspSchedule> relabel(RcpspInstance instance, SolveResult<RcpspSchedule> result,
                                                      TimeBudget budget) {
        SolveResult.Builder<RcpspInstance, RcpspSchedule> builder = SolveResult.builder(ProblemTypes.RCPSP, instance,
                ID).status(result.status()).bound(result.bound()).timeToBest(result.timeToBest());
        if (result.hasSolution()) {
            builder.solution(result.solution(), result.objective());
        }
        result.statistics().forEach(builder::statistic);
        return builder.build(budget.elapsed());
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sampling beside CP-SAT, with its own scheduler (schedulers are not thread-safe). */
    private static final class SideSampling {
        private final RcpspListScheduler scheduler;
        private final RcpspSchedule start;
        private final TimeBudget budget;
        private final SolutionListener<RcpspSchedule> listener;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicReference<RcpspSchedule> best = new AtomicReference<>();
        private final AtomicLong timeToBestNanos = new AtomicLong();

        SideSampling(RcpspListScheduler scheduler, RcpspSchedule start, TimeBudget budget,
                     SolutionListener<RcpspSchedule> listener) {
            this.scheduler = scheduler;
            this.start = start;
            this.budget = budget;
            this.listener = listener;
        }

        void run(long seed) {
            runUntil(seed, Long.MAX_VALUE);
        }

        /** Samples until stopped, the budget is spent or {@link System#nanoTime} passes {@code stopNanos}. */
        void runUntil(long seed, long stopNanos) {
            scheduler.evolve(start, seed, () -> stopped.get() || budget.remainingForEngine().isZero()
                    || stopNanos != Long.MAX_VALUE && System.nanoTime() - stopNanos >= 0, found -> {
                best.set(found);
                timeToBestNanos.set(budget.elapsed().toNanos());
                listener.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(),
                        budget.elapsed());
            });
        }

        boolean metBound() {
            RcpspSchedule found = best.get();
            return found != null && scheduler.makespan(found) <= scheduler.lowerBound();
        }

        void stop() {
            stopped.set(true);
        }

        Duration timeToBest() {
            return Duration.ofNanos(timeToBestNanos.get());
        }
    }
}
