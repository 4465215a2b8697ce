package org.sched4j.ising.cpu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveThreads;
import org.sched4j.ising.AnnealingOutcome;
import org.sched4j.ising.AnnealingSchedule;
import org.sched4j.ising.ImprovementSink;
import org.sched4j.ising.IsingParameters;
import org.sched4j.maxcut.IsingModel;

/**
 * Replica-parallel simulated annealing of an Ising model on CPU threads: one replica per thread, each running
 * annealing runs (random start, geometric β schedule of Metropolis sweeps, greedy one-flip descent) one after the
 * other until the run count or the deadline is reached; optionally parallel tempering instead
 * ({@link TemperingRun}). The best spins over all runs are returned.
 *
 * <p>Run {@code r} (counted over all threads) starts from a seed derived from {@code (seed, r)} and thread {@code t}
 * does runs {@code t, t + threads, ...}; ties are broken by the lowest run index. With a fixed number of runs and a
 * fixed number of sweeps the result therefore depends on the seed alone, provided the deadline does not cut a run short
 * (a run cut short stops annealing, descends, and counts with what it has).
 */
public final class CpuIsingAnnealer {

    /** Runs per thread planned when the schedule is paced by the clock. */
    public static final int RUNS_PER_THREAD = 2;

    /** The name of the annealer's threads, followed by the thread's index, when it runs on more than one. */
    public static final String THREAD_NAME_PREFIX = "ising-cpu-";

    private final IsingModel model;
    private final ModelArrays arrays;
    private final IsingParameters parameters;

    /** An annealer of {@code model} with {@code parameters}. */
    public CpuIsingAnnealer(IsingModel model, IsingParameters parameters) {
        this.model = model;
        this.arrays = ModelArrays.of(model);
        this.parameters = parameters;
    }

    /**
     * Anneals on {@code threads} threads until {@code deadline} is reached or the fixed number of runs is done. Every
     * thread the annealer starts has ended when it returns, also when the deadline was reached by an early stop; an
     * interrupt of the calling thread while it waits for them is kept (its flag is set again on return) and requests
     * {@code deadline}'s termination, so that the other engines of the solve stop too.
     *
     * <p>With {@code ising.sweeps} set, every run does that many sweeps (the deterministic mode). Without it the
     * schedule is paced by the clock: each thread plans {@value #RUNS_PER_THREAD} runs (fewer when
     * {@code ising.restarts} allows fewer) and gives each an equal share of the time left, β following the geometric
     * schedule over the run's share of time, so that every run completes its schedule whatever the machine's speed.
     * The deadline is checked before every sweep; the first run is always done (cut short, it is a random start and a
     * greedy descent), so that there is a cut to return.
     *
     * @param deadline made by the solve on its calling thread
     * @param sink     told about every new best, from the worker threads, one call at a time
     */
    public AnnealingOutcome anneal(int threads, long seed, Deadline deadline, ImprovementSink sink) {
        AnnealingSchedule schedule = parameters.schedule(model, parameters.sweeps().orElse(1));
        SharedBest best = new SharedBest(model.spinCount(), sink, deadline);
        int totalRuns = parameters.restarts().orElse(Integer.MAX_VALUE);
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Worker(t, threads, totalRuns, schedule, seed, deadline, best));
        }
        runAll(workers, deadline);
        long runs = 0;
        long updates = 0;
        for (Worker worker : workers) {
            runs += worker.runs;
            updates += worker.updates;
        }
        String engine = threads + " CPU thread" + (threads == 1 ? "" : "s")
                + (parameters.tempering() ? " (parallel tempering)" : "");
        return new AnnealingOutcome(best.spins(), best.energy(), runs, updates, Duration.ofNanos(best.timeToBest()),
                engine);
    }

    /**
     * Runs the workers, one on the calling thread when there is one, else each on a thread named
     * {@code ising-cpu-<n>}, and waits for every thread to end.
     */
    private static void runAll(List<Worker> workers, Deadline deadline) {
        if (workers.size() == 1) {
            workers.getFirst().work();
            return;
        }
        List<Thread> threads = new ArrayList<>();
        for (Worker worker : workers) {
            threads.add(Thread.ofPlatform().daemon().name(THREAD_NAME_PREFIX + worker.thread).start(worker));
        }
        SolveThreads.join(deadline.termination(), threads.toArray(Thread[]::new));
        for (Worker worker : workers) {
            if (worker.failure != null) {
                throw new IllegalStateException("an annealing thread failed: " + worker.failure, worker.failure);
            }
        }
    }

    /** The seed of run {@code run}: SplitMix64's finaliser of the two, so that nearby seeds give unrelated runs. */
    static long runSeed(long seed, long run) {
        long z = seed * 0x9E3779B97F4A7C15L + run * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One thread's runs. */
    private final class Worker implements Runnable {
        private final int thread;
        private final int threads;
        private final int totalRuns;
        private final AnnealingSchedule schedule;
        private final long seed;
        private final Deadline deadline;
        private final SharedBest best;
        private long runs;
        private long updates;
        private volatile Throwable failure;

        Worker(int thread, int threads, int totalRuns, AnnealingSchedule schedule, long seed, Deadline deadline,
               SharedBest best) {
            this.thread = thread;
            this.threads = threads;
            this.totalRuns = totalRuns;
            this.schedule = schedule;
            this.seed = seed;
            this.deadline = deadline;
            this.best = best;
        }

        /** Works on a thread of its own, keeping a failure for the thread that waits. */
        @Override
        public void run() {
            try {
                work();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        /** This thread's runs: {@code thread}, {@code thread + threads}, ... */
        void work() {
            byte[] spins = new byte[model.spinCount()];
            int planned = (int) Math.min(RUNS_PER_THREAD, Math.max(1, (totalRuns - thread + threads - 1L) / threads));
            for (long run = thread; run < totalRuns && (run == 0 || !deadline.isReached()); run += threads) {
                Deadline runDeadline = runDeadline(planned);
                double energy;
                if (parameters.tempering()) {
                    TemperingRun tempering = new TemperingRun(arrays, schedule.betaStart(), schedule.betaEnd(),
                            parameters.temperingReplicas(), runSeed(seed, run));
                    updates += tempering.run(parameters.sweeps().orElse(Integer.MAX_VALUE), runDeadline);
                    energy = tempering.bestSpins(spins);
                } else {
                    MetropolisReplica replica = new MetropolisReplica(arrays, runSeed(seed, run));
                    updates += parameters.sweeps().isPresent() ? annealBySweeps(replica)
                            : annealByClock(replica, runDeadline);
                    replica.descend();
                    replica.copySpinsTo(spins);
                    energy = replica.energy();
                }
                runs++;
                best.offer(spins, energy, run);
            }
        }

        /** The end of the next run: the deadline, or with a clock-paced schedule its share of the time left. */
        private Deadline runDeadline(int planned) {
            if (parameters.sweeps().isPresent() || runs + 1 >= planned) {
                return deadline;
            }
            return deadline.within(deadline.remaining().dividedBy(planned - runs));
        }

        private long annealBySweeps(MetropolisReplica replica) {
            long done = 0;
            for (int sweep = 0; sweep < schedule.sweeps() && !deadline.isReached(); sweep++) {
                replica.sweep(schedule.beta(sweep));
                done += replica.spinCount();
            }
            return done;
        }

        /** Sweeps until {@code runDeadline}, β rising geometrically with the share of the run's time spent. */
        private long annealByClock(MetropolisReplica replica, Deadline runDeadline) {
            double span = Math.max(1, runDeadline.remaining().toNanos());
            long runStart = System.nanoTime();
            double ratio = Math.log(schedule.betaEnd() / schedule.betaStart());
            long done = 0;
            while (!runDeadline.isReached()) {
                double progress = Math.min(1, (System.nanoTime() - runStart) / span);
                replica.sweep(schedule.betaStart() * Math.exp(ratio * progress));
                done += replica.spinCount();
            }
            return done;
        }
    }
}
