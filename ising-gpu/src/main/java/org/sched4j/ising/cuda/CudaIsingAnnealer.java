package org.sched4j.ising.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;
import org.sched4j.api.Deadline;
import org.sched4j.ising.AnnealingOutcome;
import org.sched4j.ising.AnnealingSchedule;
import org.sched4j.ising.ImprovementSink;
import org.sched4j.ising.IsingParameters;
import org.sched4j.maxcut.IsingModel;

/**
 * Simulated annealing of many replicas at once on an NVIDIA GPU: the kernel {@code anneal_replicas}
 * ({@code src/main/cuda/ising_anneal.cu}, shipped as PTX) runs one replica per thread block; the threads of a block
 * update one colour class of a {@link GraphColouring} at a time, so no two coupled spins flip together and each
 * sweep is a valid sequential Metropolis sweep (the approach of Cook et al., "GPU based parallel Ising computing for
 * combinatorial optimization problems in VLSI physical design", arXiv:1807.10750, 2018). A replica's spins stay in
 * the block's shared memory during a launch when they fit there ({@link KernelLaunch}).
 *
 * <p>A run is split into launches of {@value DeviceRuns#SWEEPS_PER_LAUNCH} sweeps so that the deadline is checked
 * between launches. After each run the spins come back to the host, every replica's energy is recomputed there, and
 * the best {@value DeviceRuns#POLISHED_REPLICAS} replicas are finished with the CPU's greedy descent.
 */
public final class CudaIsingAnnealer {

    /** The PTX resource, beside this class. */
    public static final String PTX_RESOURCE = "ising_anneal.ptx";
    /** The kernel's name in the PTX. */
    public static final String KERNEL = "anneal_replicas";

    private static final int TIMED_RUNS = 2;
    /** The throughput measurement's budget: in practice none, it ends with its runs or an interrupt. */
    private static final Duration UNTIMED = Duration.ofDays(1);

    private final CudaDriver driver;

    /** An annealer on the first device of {@code driver}. */
    public CudaIsingAnnealer(CudaDriver driver) {
        this.driver = driver;
    }

    /**
     * The kernel's speed on the first device, without the one-off costs: the model is uploaded and the module loaded
     * first, one untimed run of {@code sweeps} sweeps warms up, then {@value #TIMED_RUNS} runs are timed (the kernel
     * launches only, each waited for). Replicas: {@code ising.replicas}, else as many as fill the GPU. An interrupt of
     * the calling thread ends the runs between launches (the work counted is the work done).
     *
     * @return the timed runs' work and time, and the best spins of the last run (energy recomputed on the host)
     * @throws CudaException when the device, the context, the PTX or a launch fails, naming the call and result
     */
    public KernelThroughput measureThroughput(IsingModel model, IsingParameters parameters, int sweeps, long seed) {
        Deadline untilInterrupted = Deadline.after(UNTIMED);
        return onDevice(model, parameters.schedule(model, sweeps), parameters.gpuReplicas(), (runs, engine) -> {
            runs.anneal(seed, untilInterrupted);
            long before = runs.launchNanos();
            long sweepsDone = 0;
            for (int run = 1; run <= TIMED_RUNS; run++) {
                sweepsDone += runs.anneal(seed + run, untilInterrupted);
            }
            long nanos = runs.launchNanos() - before;
            byte[] best = runs.polishBest();
            long updates = sweepsDone * runs.launch().replicas() * model.spinCount();
            AnnealingOutcome outcome = new AnnealingOutcome(best, model.energy(best),
                    (long) TIMED_RUNS * runs.launch().replicas(), updates, Duration.ZERO, engine);
            return new KernelThroughput(outcome, runs.launch().replicas(), runs.launch().threads(),
                    runs.launch().sharedBytes() > 0, nanos);
        });
    }

    /** The kernel's PTX, as shipped in this module's resources. */
    public static String ptx() {
        try (InputStream input = CudaIsingAnnealer.class.getResourceAsStream(PTX_RESOURCE)) {
            if (input == null) {
                throw new CudaException("the PTX resource " + PTX_RESOURCE + " is missing from the class path");
            }
            return new String(input.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PTX_RESOURCE, e);
        }
    }

    /**
     * Anneals {@code model} on device 0 until {@code deadline} is reached or the fixed number of runs is done. The
     * deadline is checked between launches; the first launch is always made, so that there is a cut to return. After
     * an early stop the run cut short is polished only when no earlier run gave a cut.
     *
     * @throws CudaException when the device, the context, the PTX or a launch fails, naming the call and result
     */
    public AnnealingOutcome anneal(IsingModel model, IsingParameters parameters, int sweepsPerRun, long seed,
                                   Deadline deadline, ImprovementSink sink) {
        int totalRuns = parameters.restarts().orElse(Integer.MAX_VALUE);
        return onDevice(model, parameters.schedule(model, sweepsPerRun), parameters.gpuReplicas(),
                (runs, engine) -> execute(runs, model, totalRuns, seed, deadline, sink, engine));
    }

    /**
     * Loads the kernel once on device 0 and unloads it, so that the driver's just-in-time compilation of the PTX (kept
     * in its compute cache) is not paid inside a solve's time limit.
     *
     * @throws CudaException when the device, the context or the PTX fails, naming the call and result
     */
    public void loadKernelOnce() {
        try (CudaContext context = CudaContext.open(driver, 0); Arena arena = Arena.ofConfined()) {
            MemorySegment module = driver.loadModule(arena.allocateFrom(ptx()));
            try {
                driver.function(module, KERNEL);
            } finally {
                driver.unloadModule(module);
            }
        }
    }

    /**
     * Opens device 0's context, loads the module, uploads the model and gives {@code work} the runs and the engine's
     * description; frees everything afterwards.
     */
    private <T> T onDevice(IsingModel model, AnnealingSchedule schedule, int replicas,
                           BiFunction<DeviceRuns, String, T> work) {
        try (CudaContext context = CudaContext.open(driver, 0); Arena arena = Arena.ofConfined()) {
            MemorySegment module = driver.loadModule(arena.allocateFrom(ptx()));
            try (DeviceBuffers buffers = new DeviceBuffers(driver, arena)) {
                MemorySegment kernel = driver.function(module, KERNEL);
                DeviceRuns runs = new DeviceRuns(driver, context.device(), kernel, model, schedule, replicas, buffers,
                        arena);
                String engine = "CUDA on " + driver.deviceName(context.device()) + " (" + runs.launch().replicas()
                        + " replicas)";
                return work.apply(runs, engine);
            } finally {
                driver.unloadModule(module);
            }
        }
    }

    private static AnnealingOutcome execute(DeviceRuns runs, IsingModel model, int totalRuns, long seed,
                                            Deadline deadline, ImprovementSink sink, String engine) {
        byte[] best = null;
        double bestEnergy = Double.POSITIVE_INFINITY;
        long bestNanos = 0;
        long updates = 0;
        int done = 0;
        Duration polishReserve = min(Duration.ofNanos(runs.polishEstimateNanos()), deadline.remaining().dividedBy(10));
        for (int run = 0; run < totalRuns && (run == 0 || deadline.remaining().compareTo(polishReserve) > 0); run++) {
            int sweeps = runs.anneal(seed + run, deadline.within(deadline.remaining().minus(polishReserve)));
            updates += (long) sweeps * runs.launch().replicas() * model.spinCount();
            done++;
            if (best != null && deadline.isTerminationRequested()) {
                break;
            }
            long polishStart = System.nanoTime();
            byte[] candidate = runs.polishBest();
            polishReserve = Duration.ofNanos(System.nanoTime() - polishStart);
            double energy = model.energy(candidate);
            if (energy < bestEnergy) {
                best = candidate;
                bestEnergy = energy;
                bestNanos = deadline.elapsed().toNanos();
                sink.improved(best, bestEnergy, bestNanos);
            }
        }
        if (best == null) {
            throw new CudaException("the time limit ended before the first GPU run");
        }
        return new AnnealingOutcome(best, bestEnergy, (long) done * runs.launch().replicas(), updates,
                Duration.ofNanos(bestNanos), engine);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
