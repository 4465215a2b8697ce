package org.sched4j.portfolio.rcpsp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.rcpsp.CpSatRcpspSolver;
import org.sched4j.api.Deadline;
import org.sched4j.heuristics.rcpsp.RcpspListScheduler;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * {@code auto}, the default RCPSP solver: the best priority rule improved forward-backward, Hartmann's activity-list
 * genetic algorithm with justification ({@link RcpspListScheduler#evolve}, seeded with regret-based samples), and
 * CP-SAT hinted with the best schedule so far; the best of all at the limit. With at least
 * {@value #MINIMUM_THREADS_FOR_SAMPLING_BESIDE} threads the genetic algorithm runs beside CP-SAT on one thread and
 * CP-SAT gets the others; with fewer it runs first, as one island per thread, and CP-SAT then gets every thread. The
 * first phase lasts a twentieth of the time limit on instances of at most {@value #SMALL_INSTANCE} activities (a
 * better hint tightens the horizon that CP-SAT's proof starts from: on the hard j30 sets 9, 13, 29 and 45, 10 s, 2
 * threads, a quiet machine, 38 of 40 proved against 37 without it), there ending early once the genetic algorithm
 * has found nothing shorter for a hundredth of the limit ({@link #patienceNanos}: all of j30 in a mean 0.21 s
 * against 0.40 s), and half of it on larger ones (on the twelve j120 instances of lowest resource strength, 10 s, 2
 * threads: mean gap 3.40 % against 4.26 % with a tenth and 3.59 % with 80 %; on the j60 sample of 48 no difference
 * between a tenth, 30 % and half). The engine parameter
 * {@value #FIRST_SHARE_PARAMETER} sets another share, {@value #PLACEMENT_PARAMETER} ({@code beside} or
 * {@code first}) overrides the placement (beside against first, loaded machine: PSPLIB j30 462 against 466 of 480
 * proved optimal; the twelve j120 instances 5.11 % against 4.50 %). CP-SAT is stopped as soon as the genetic
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

    /** Instances with at most this many activities (PSPLIB j30: 32 with the dummies) get a shorter first phase. */
    static final int SMALL_INSTANCE = 40;

    /** The engine parameter that sets the share of the time limit the genetic algorithm gets before CP-SAT. */
    public static final String FIRST_SHARE_PARAMETER = "rcpsp.auto.heuristic-share";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<RcpspInstance, RcpspSchedule> problemType() {
        return RcpspProblem.TYPE;
    }

    @Override
    public String description() {
        return "portfolio: best priority rule, then CP-SAT hinted with it beside an activity-list genetic algorithm; "
                + "the best of both";
    }

    @Override
    public SolveResult<RcpspSchedule> solve(RcpspInstance instance, SolveOptions options,
                                            SolutionListener<RcpspSchedule> listener) {
        Deadline budget = Deadline.of(options);
        SolutionListener<RcpspSchedule> shared = SolutionListener.improvementsOnly(
                RcpspProblem.TYPE.sense(), listener);
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        Optional<RcpspSchedule> first = scheduler.bestRule(options.seed());
        first.ifPresent(found -> shared.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(),
                budget.elapsed()));
        if (first.isPresent() && scheduler.makespan(first.get()) <= scheduler.lowerBound()) {
            return SolveResult.builder(RcpspProblem.TYPE, instance, ID).solution(first.get(),
                    scheduler.makespan(first.get())).bound(scheduler.lowerBound()).status(SolveStatus.OPTIMAL)
                    .timeToBest(budget.elapsed()).build(budget.elapsed());
        }
        OrToolsNativeLibrary.ensureLoaded();
        SideSampling island = new SideSampling(scheduler, first.orElse(null), budget, shared);
        boolean beside = runsBeside(options);
        SideSampling sampling = beside ? island : firstPhase(instance, island, options, budget, shared);
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
     * The genetic algorithm before CP-SAT for {@link #firstPhaseNanos} on every thread: islands with their own seeds
     * and schedulers, each ending early once it has found nothing shorter for {@link #patienceNanos}; the island with
     * the best schedule is returned.
     */
    private static SideSampling firstPhase(RcpspInstance instance, SideSampling island, SolveOptions options,
                                           Deadline budget, SolutionListener<RcpspSchedule> listener) {
        long stopNanos = System.nanoTime() + firstPhaseNanos(instance, options);
        long patience = patienceNanos(instance, options);
        int islands = Math.max(1, options.threads());
        SideSampling[] all = new SideSampling[islands];
        all[0] = island;
        Thread[] threads = new Thread[islands];
        for (int k = 1; k < islands; k++) {
            SideSampling other = new SideSampling(new RcpspListScheduler(instance), island.start, budget, listener);
            all[k] = other;
            long seed = options.seed() + 1 + k;
            threads[k] = Thread.ofPlatform().name("rcpsp-island-" + k)
                    .start(() -> other.runUntil(seed, stopNanos, patience));
        }
        island.runUntil(options.seed() + 1, stopNanos, patience);
        SideSampling best = island;
        for (int k = 1; k < islands; k++) {
            joinQuietly(threads[k]);
            if (all[k].makespan() < best.makespan()) {
                best = all[k];
            }
        }
        return best;
    }

    /**
     * How long an island of the first phase goes on without finding a shorter schedule: a hundredth of the time limit
     * on instances of at most {@value #SMALL_INSTANCE} activities, where the genetic algorithm finds its best within
     * a fraction of its twentieth and CP-SAT's proof needs the rest (on PSPLIB j30 the hardest proof, j3029_3, takes
     * 7 to 9 s of the 10); no end before the phase's on larger ones, or when {@value #FIRST_SHARE_PARAMETER} sets the
     * phase's length.
     */
    static long patienceNanos(RcpspInstance instance, SolveOptions options) {
        boolean small = instance.activityCount() <= SMALL_INSTANCE;
        return small && options.parameter(FIRST_SHARE_PARAMETER, "").isEmpty()
                ? options.timeLimit().toNanos() / 100 : Long.MAX_VALUE;
    }

    /**
     * How long the genetic algorithm runs before CP-SAT: the share of the time limit the engine parameter
     * {@value #FIRST_SHARE_PARAMETER} gives, else a twentieth of it for instances of at most {@value #SMALL_INSTANCE}
     * activities and half of it for larger ones.
     */
    static long firstPhaseNanos(RcpspInstance instance, SolveOptions options) {
        String share = options.parameter(FIRST_SHARE_PARAMETER, "");
        long limit = options.timeLimit().toNanos();
        if (share.isEmpty()) {
            return instance.activityCount() <= SMALL_INSTANCE ? limit / 20 : limit / 2;
        }
        double fraction;
        try {
            fraction = Double.parseDouble(share);
        } catch (NumberFormatException e) {
            fraction = Double.NaN;
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("engine parameter " + FIRST_SHARE_PARAMETER
                    + " must be a fraction of the time limit from 0 to 1, got '" + share + "'");
        }
        return (long) (limit * fraction);
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
                                                         SideSampling sampling, Deadline budget) {
        RcpspSchedule sampled = sampling.best.get();
        if (sampled == null || cpsat.status() == SolveStatus.INFEASIBLE
                || cpsat.hasSolution() && cpsat.objective() <= sampled.makespan(instance)) {
            return relabel(instance, cpsat, budget);
        }
        long makespan = sampled.makespan(instance);
        double bound = cpsat.hasBound() ? Math.min(cpsat.bound(), makespan) : Double.NaN;
        SolveResult.Builder<RcpspInstance, RcpspSchedule> result = SolveResult.builder(RcpspProblem.TYPE, instance,
                ID).solution(sampled, makespan).bound(bound).timeToBest(sampling.timeToBest())
                .status(!Double.isNaN(bound) && bound >= makespan ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        cpsat.statistics().forEach(result::statistic);
        result.statistic("sampled_schedules", sampling.scheduler.schedulesBuilt());
        return result.build(budget.elapsed());
    }

    private static SolveResult<RcpspSchedule> relabel(RcpspInstance instance, SolveResult<RcpspSchedule> result,
                                                      Deadline budget) {
        return SolveResult.builder(RcpspProblem.TYPE, instance, ID).copyOf(result).build(budget.elapsed());
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
        private final Deadline budget;
        private final SolutionListener<RcpspSchedule> listener;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicReference<RcpspSchedule> best = new AtomicReference<>();
        private final AtomicLong timeToBestNanos = new AtomicLong();

        SideSampling(RcpspListScheduler scheduler, RcpspSchedule start, Deadline budget,
                     SolutionListener<RcpspSchedule> listener) {
            this.scheduler = scheduler;
            this.start = start;
            this.budget = budget;
            this.listener = listener;
        }

        void run(long seed) {
            runUntil(seed, Long.MAX_VALUE, Long.MAX_VALUE);
        }

        /**
         * Samples until stopped, the budget is spent, {@link System#nanoTime} passes {@code stopNanos} or
         * {@code patienceNanos} pass without a shorter schedule.
         */
        void runUntil(long seed, long stopNanos, long patienceNanos) {
            AtomicLong lastImprovement = new AtomicLong(System.nanoTime());
            scheduler.evolve(start, seed, () -> stopped.get() || budget.remaining().isZero()
                    || stopNanos != Long.MAX_VALUE && System.nanoTime() - stopNanos >= 0
                    || patienceNanos != Long.MAX_VALUE && System.nanoTime() - lastImprovement.get() >= patienceNanos,
                    found -> {
                lastImprovement.set(System.nanoTime());
                best.set(found);
                timeToBestNanos.set(budget.elapsed().toNanos());
                listener.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(),
                        budget.elapsed());
            });
        }

        /** The makespan of the best schedule found, {@link Long#MAX_VALUE} when none. */
        long makespan() {
            RcpspSchedule found = best.get() != null ? best.get() : start;
            return found == null ? Long.MAX_VALUE : scheduler.makespan(found);
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
