package org.sched4j.portfolio.rcpsp;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveThreads;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Termination;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.rcpsp.CpSatRcpspSolver;
import org.sched4j.heuristics.rcpsp.RcpspListScheduler;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;
import org.sched4j.rcpsp.RcpspProblem;

/**
 * {@code auto}, the default RCPSP solver: the best priority rule improved forward-backward, Hartmann's activity-list
 * genetic algorithm with justification ({@link RcpspListScheduler#evolve}, seeded with regret-based samples; Hartmann
 * 1998, peak crossover of Valls, Ballestín and Quintanilla 2008), and CP-SAT hinted with the best schedule so far
 * ({@link CpSatRcpspSolver}); the best of all at the limit.
 *
 * <p>With at least {@value #MINIMUM_THREADS_FOR_SAMPLING_BESIDE} threads the genetic algorithm runs beside CP-SAT on
 * one thread and CP-SAT gets the others; with fewer it runs first, as one island per thread, and CP-SAT then gets
 * every thread. The first phase lasts a twentieth of the time limit on instances of at most {@value #SMALL_INSTANCE}
 * activities (a better hint tightens the horizon that CP-SAT's proof starts from), there ending early once no island
 * has found a shorter schedule for a hundredth of the limit ({@link #patience}), and half of it on larger ones. The
 * engine parameter {@value #FIRST_SHARE_PARAMETER} sets another share, {@value #PLACEMENT_PARAMETER} ({@code beside}
 * or {@code first}) overrides the placement. CP-SAT is stopped as soon as the genetic algorithm meets the
 * critical-path and energy bound. The measurements behind these choices are in {@code docs/rcpsp.md}.
 *
 * <p>Statuses as {@code cpsat}: OPTIMAL when the best schedule meets CP-SAT's bound (or the simple lower bound),
 * INFEASIBLE when CP-SAT proves that no schedule exists, UNKNOWN when nothing is found in time. An early termination
 * stops every phase and thread; the result is the best schedule found so far.
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
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        SolutionListener<RcpspSchedule> shared = SolutionListener.improvementsOnly(
                RcpspProblem.TYPE.sense(), listener);
        RcpspListScheduler scheduler = new RcpspListScheduler(instance);
        Optional<RcpspSchedule> first = scheduler.bestRule(options.seed());
        first.ifPresent(found -> shared.onImprovingSolution(found, scheduler.makespan(found), scheduler.lowerBound(),
                deadline.elapsed()));
        if (first.isPresent() && scheduler.makespan(first.get()) <= scheduler.lowerBound()) {
            return SolveResult.builder(RcpspProblem.TYPE, instance, ID).solution(first.get(),
                    scheduler.makespan(first.get())).bound(scheduler.lowerBound()).status(SolveStatus.OPTIMAL)
                    .timeToBest(deadline.elapsed()).build(deadline.elapsed());
        }
        Termination boundMet = Termination.create();
        SideSampling island = new SideSampling(scheduler, first.orElse(null), deadline, shared, boundMet);
        boolean beside = runsBeside(options);
        SideSampling sampling = beside ? island : firstPhase(instance, island, options, deadline, shared, boundMet);
        RcpspSchedule hint = sampling.best.get() != null ? sampling.best.get() : first.orElse(null);
        Thread samplingThread = beside
                ? Thread.ofPlatform().name("rcpsp-sampling").start(() -> sampling.run(options.seed() + 1)) : null;
        int workers = beside ? Math.max(1, options.threads() - 1) : options.threads();
        SolveResult<RcpspSchedule> cpsat;
        try {
            cpsat = CpSatRcpspSolver.solveFrom(instance, hint, options, workers, deadline, shared, boundMet);
        } finally {
            sampling.stop();
            SolveThreads.join(deadline.termination(), samplingThread);
        }
        return bestOfBoth(instance, cpsat, sampling, deadline);
    }

    /**
     * The genetic algorithm before CP-SAT for {@link #firstPhase(RcpspInstance, SolveOptions)} on every thread: islands
     * with their own seeds and schedulers, each ending early once it has found nothing shorter for {@link #patience};
     * the island with the best schedule is returned once every island's thread has ended.
     */
    private static SideSampling firstPhase(RcpspInstance instance, SideSampling island, SolveOptions options,
                                           Deadline deadline, SolutionListener<RcpspSchedule> listener,
                                           Termination boundMet) {
        Deadline phase = deadline.within(firstPhase(instance, options));
        Duration patience = patience(instance, options);
        int islands = Math.max(1, options.threads());
        SideSampling[] all = new SideSampling[islands];
        all[0] = island;
        Thread[] threads = new Thread[islands];
        for (int k = 1; k < islands; k++) {
            SideSampling other = new SideSampling(new RcpspListScheduler(instance), island.start, deadline, listener,
                    boundMet);
            all[k] = other;
            long seed = options.seed() + 1 + k;
            threads[k] = Thread.ofPlatform().name("rcpsp-island-" + k)
                    .start(() -> other.runUntil(seed, phase, patience));
        }
        try {
            island.runUntil(options.seed() + 1, phase, patience);
        } finally {
            SolveThreads.join(deadline.termination(), threads);
        }
        SideSampling best = island;
        for (int k = 1; k < islands; k++) {
            if (all[k].makespan() < best.makespan()) {
                best = all[k];
            }
        }
        return best;
    }

    /**
     * How long an island of the first phase goes on without finding a shorter schedule: a hundredth of the time limit
     * on instances of at most {@value #SMALL_INSTANCE} activities, where the genetic algorithm finds its best within
     * a fraction of its twentieth and CP-SAT's proof needs the rest; no end before the phase's on larger ones, or when
     * {@value #FIRST_SHARE_PARAMETER} sets the phase's length ({@code null} then).
     */
    static Duration patience(RcpspInstance instance, SolveOptions options) {
        boolean small = instance.activityCount() <= SMALL_INSTANCE;
        return small && options.parameter(FIRST_SHARE_PARAMETER, "").isEmpty()
                ? options.timeLimit().dividedBy(100) : null;
    }

    /**
     * How long the genetic algorithm runs before CP-SAT: the share of the time limit the engine parameter
     * {@value #FIRST_SHARE_PARAMETER} gives, else a twentieth of it for instances of at most {@value #SMALL_INSTANCE}
     * activities and half of it for larger ones.
     *
     * @throws IllegalArgumentException when {@value #FIRST_SHARE_PARAMETER} is not a number from 0 to 1
     */
    static Duration firstPhase(RcpspInstance instance, SolveOptions options) {
        String share = options.parameter(FIRST_SHARE_PARAMETER, "");
        Duration limit = options.timeLimit();
        if (share.isEmpty()) {
            return instance.activityCount() <= SMALL_INSTANCE ? limit.dividedBy(20) : limit.dividedBy(2);
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
        return Duration.ofNanos((long) (limit.toNanos() * fraction));
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
                                                         SideSampling sampling, Deadline deadline) {
        RcpspSchedule sampled = sampling.best.get();
        if (sampled == null || cpsat.status() == SolveStatus.INFEASIBLE
                || cpsat.hasSolution() && cpsat.objective() <= sampled.makespan(instance)) {
            return relabel(instance, cpsat, deadline);
        }
        long makespan = sampled.makespan(instance);
        double bound = cpsat.hasBound() ? Math.min(cpsat.bound(), makespan) : Double.NaN;
        SolveResult.Builder<RcpspInstance, RcpspSchedule> result = SolveResult.builder(RcpspProblem.TYPE, instance,
                ID).solution(sampled, makespan).bound(bound).timeToBest(sampling.timeToBest())
                .status(!Double.isNaN(bound) && bound >= makespan ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        cpsat.statistics().forEach(result::statistic);
        result.statistic("sampled_schedules", sampling.scheduler.schedulesBuilt());
        return result.build(deadline.elapsed());
    }

    private static SolveResult<RcpspSchedule> relabel(RcpspInstance instance, SolveResult<RcpspSchedule> result,
                                                      Deadline deadline) {
        return SolveResult.builder(RcpspProblem.TYPE, instance, ID).copyOf(result).build(deadline.elapsed());
    }

    /**
     * The genetic algorithm on one thread, with its own scheduler (schedulers are not thread-safe); requests
     * {@code boundMet} once it finds a schedule that meets the critical-path and energy bound.
     */
    private static final class SideSampling {
        private final RcpspListScheduler scheduler;
        private final RcpspSchedule start;
        private final Deadline deadline;
        private final SolutionListener<RcpspSchedule> listener;
        private final Termination boundMet;
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final AtomicReference<RcpspSchedule> best = new AtomicReference<>();
        private final AtomicLong timeToBestNanos = new AtomicLong();

        SideSampling(RcpspListScheduler scheduler, RcpspSchedule start, Deadline deadline,
                     SolutionListener<RcpspSchedule> listener, Termination boundMet) {
            this.scheduler = scheduler;
            this.start = start;
            this.deadline = deadline;
            this.listener = listener;
            this.boundMet = boundMet;
        }

        void run(long seed) {
            runUntil(seed, deadline, null);
        }

        /**
         * Samples until stopped, {@code phase} is reached (the solve's deadline, or an earlier end) or {@code patience}
         * passes without a shorter schedule ({@code null}: no such end).
         */
        void runUntil(long seed, Deadline phase, Duration patience) {
            AtomicLong lastImprovement = new AtomicLong(System.nanoTime());
            long patienceNanos = patience == null ? Long.MAX_VALUE : patience.toNanos();
            scheduler.evolve(start, seed, () -> stopped.get() || phase.isReached()
                    || System.nanoTime() - lastImprovement.get() >= patienceNanos, found -> {
                lastImprovement.set(System.nanoTime());
                best.set(found);
                timeToBestNanos.set(deadline.elapsed().toNanos());
                long makespan = scheduler.makespan(found);
                listener.onImprovingSolution(found, makespan, scheduler.lowerBound(), deadline.elapsed());
                if (makespan <= scheduler.lowerBound()) {
                    boundMet.request();
                }
            });
        }

        /** The makespan of the best schedule found, {@link Long#MAX_VALUE} when none. */
        long makespan() {
            RcpspSchedule found = best.get() != null ? best.get() : start;
            return found == null ? Long.MAX_VALUE : scheduler.makespan(found);
        }

        void stop() {
            stopped.set(true);
        }

        Duration timeToBest() {
            return Duration.ofNanos(timeToBestNanos.get());
        }
    }
}
