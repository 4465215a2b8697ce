package org.sched4j.ising.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.sched4j.api.Deadline;
import org.sched4j.ising.AnnealingSchedule;
import org.sched4j.ising.cpu.GreedyDescent;
import org.sched4j.maxcut.IsingModel;

/**
 * One model on the device ({@link DeviceGraph}) with its schedule and replicas' spins, ready for annealing runs of the
 * kernel
 * {@value CudaIsingAnnealer#KERNEL}. A run is split into launches of {@value #SWEEPS_PER_LAUNCH} sweeps so that the
 * deadline is checked between launches; the time spent in launches is summed for throughput figures. Use from the
 * thread whose context is current, while the buffers and the module are alive.
 */
final class DeviceRuns {

    static final int SWEEPS_PER_LAUNCH = 100;
    static final int POLISHED_REPLICAS = 8;
    private static final int KERNEL_PARAMETERS = 15;
    private static final int FIRST_SWEEP = 9;
    private static final int LAST_SWEEP = 10;
    private static final int INITIALIZE = 11;
    private static final int SEED = 12;
    private static final int SHARED_SPINS = 13;
    private static final int SPINS = 14;

    private final CudaDriver driver;
    private final IsingModel model;
    private final GreedyDescent descent;
    private final DeviceGraph graph;
    private final AnnealingSchedule schedule;
    private final MemorySegment kernel;
    private final KernelLaunch launch;
    private final MemorySegment[] arguments = new MemorySegment[KERNEL_PARAMETERS];
    private final MemorySegment parameterArray;
    private final MemorySegment hostSpins;
    private final long deviceSpins;
    private long launchNanos;

    /**
     * Uploads {@code model}, its colouring and {@code schedule}, and plans the launch: {@code replicas} blocks, or with
     * 0 as many as {@link KernelLaunch#defaultReplicas} gives for the device's occupancy.
     */
    DeviceRuns(CudaDriver driver, int device, MemorySegment kernel, IsingModel model, AnnealingSchedule schedule,
               int replicas, DeviceBuffers buffers, Arena arena) {
        this.driver = driver;
        this.model = model;
        this.descent = new GreedyDescent(model);
        this.schedule = schedule;
        this.kernel = kernel;
        GraphColouring colouring = GraphColouring.of(model);
        this.graph = DeviceGraph.of(model, colouring);
        this.launch = plan(device, colouring, replicas);
        int n = model.spinCount();
        this.hostSpins = arena.allocate((long) launch.replicas() * n);
        this.deviceSpins = buffers.allocate(hostSpins.byteSize());
        arguments[0] = intArgument(arena, n);
        arguments[1] = intArgument(arena, graph.colourCount());
        arguments[2] = pointerArgument(arena, buffers.upload(graph.classOffsets()));
        arguments[3] = pointerArgument(arena, buffers.upload(graph.rowStarts()));
        arguments[4] = pointerArgument(arena, buffers.upload(graph.degrees()));
        arguments[5] = pointerArgument(arena, buffers.upload(graph.neighbours()));
        arguments[6] = pointerArgument(arena, buffers.upload(graph.couplings()));
        arguments[7] = pointerArgument(arena, buffers.upload(graph.fields()));
        arguments[8] = pointerArgument(arena, buffers.upload(toFloats(schedule.betas())));
        arguments[FIRST_SWEEP] = intArgument(arena, 0);
        arguments[LAST_SWEEP] = intArgument(arena, 0);
        arguments[INITIALIZE] = intArgument(arena, 0);
        arguments[SEED] = arena.allocate(JAVA_LONG);
        arguments[SHARED_SPINS] = intArgument(arena, launch.sharedBytes() > 0 ? 1 : 0);
        arguments[SPINS] = pointerArgument(arena, deviceSpins);
        this.parameterArray = arena.allocate(ADDRESS, KERNEL_PARAMETERS);
        for (int k = 0; k < KERNEL_PARAMETERS; k++) {
            parameterArray.setAtIndex(ADDRESS, k, arguments[k]);
        }
    }

    private KernelLaunch plan(int device, GraphColouring colouring, int replicas) {
        int threads = KernelLaunch.threadsFor(colouring.largestClass());
        int shared = KernelLaunch.sharedBytesFor(model.spinCount(),
                driver.deviceAttribute(device, CudaDriver.MAX_SHARED_MEMORY_PER_BLOCK_OPTIN));
        if (shared > 0) {
            driver.allowDynamicSharedMemory(kernel, shared);
        }
        int blocks = replicas > 0 ? replicas : KernelLaunch.defaultReplicas(
                driver.deviceAttribute(device, CudaDriver.MULTIPROCESSOR_COUNT),
                driver.activeBlocksPerMultiprocessor(kernel, threads, shared));
        return new KernelLaunch(blocks, threads, shared);
    }

    /** The launch shape. */
    KernelLaunch launch() {
        return launch;
    }

    /** The nanoseconds spent in kernel launches so far (each launch waited for). */
    long launchNanos() {
        return launchNanos;
    }

    /**
     * One annealing run of every replica from random spins: the schedule's sweeps, in launches, stopping early between
     * launches once {@code deadline} is reached (after the first launch).
     *
     * @return the sweeps done
     */
    int anneal(long seed, Deadline deadline) {
        arguments[SEED].set(JAVA_LONG, 0, seed);
        int done = 0;
        while (done < schedule.sweeps() && (done == 0 || !deadline.isReached())) {
            int last = Math.min(schedule.sweeps(), done + SWEEPS_PER_LAUNCH);
            arguments[FIRST_SWEEP].set(JAVA_INT, 0, done);
            arguments[LAST_SWEEP].set(JAVA_INT, 0, last);
            arguments[INITIALIZE].set(JAVA_INT, 0, done == 0 ? 1 : 0);
            long before = System.nanoTime();
            driver.launchAndWait(kernel, launch.replicas(), launch.threads(), launch.sharedBytes(), parameterArray);
            launchNanos += System.nanoTime() - before;
            done = last;
        }
        return done;
    }

    /**
     * A generous estimate of {@link #polishBest()}'s time before any run has been polished: twice the time of one
     * energy evaluation on the host for every replica, so that launches stop early enough for the host's share of a
     * run to end within the deadline (the caller caps it at a tenth of the time left: a cold JIT overestimates). Later
     * runs use the time the last polish took.
     */
    long polishEstimateNanos() {
        byte[] spins = new byte[model.spinCount()];
        Arrays.fill(spins, (byte) 1);
        long start = System.nanoTime();
        model.energy(spins);
        return 2 * (System.nanoTime() - start) * (launch.replicas() + POLISHED_REPLICAS);
    }

    /**
     * Copies the replicas' spins to the host, recomputes every energy there, and finishes the
     * {@value #POLISHED_REPLICAS} lowest with the greedy descent.
     *
     * @return the best spins after the descent
     */
    byte[] polishBest() {
        driver.copyToHost(hostSpins, deviceSpins);
        int n = model.spinCount();
        int replicas = launch.replicas();
        double[] energies = new double[replicas];
        Integer[] order = new Integer[replicas];
        for (int r = 0; r < replicas; r++) {
            energies[r] = model.energy(spinsOf(r, n));
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Double.compare(energies[a], energies[b]));
        byte[] best = null;
        double bestEnergy = Double.POSITIVE_INFINITY;
        for (int k = 0; k < Math.min(POLISHED_REPLICAS, replicas); k++) {
            byte[] spins = spinsOf(order[k], n);
            double energy = descent.descend(spins);
            if (energy < bestEnergy) {
                best = spins;
                bestEnergy = energy;
            }
        }
        return best;
    }

    private byte[] spinsOf(int replica, int n) {
        return graph.modelSpins(hostSpins.asSlice((long) replica * n, n).toArray(JAVA_BYTE));
    }

    private static MemorySegment intArgument(Arena arena, int value) {
        MemorySegment argument = arena.allocate(JAVA_INT);
        argument.set(JAVA_INT, 0, value);
        return argument;
    }

    private static MemorySegment pointerArgument(Arena arena, long devicePointer) {
        MemorySegment argument = arena.allocate(JAVA_LONG);
        argument.set(JAVA_LONG, 0, devicePointer);
        return argument;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            floats[k] = (float) values[k];
        }
        return floats;
    }
}
