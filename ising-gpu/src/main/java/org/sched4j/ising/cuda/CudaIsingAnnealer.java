package org.sched4j.ising.cuda;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.sched4j.ising.AnnealingOutcome;
import org.sched4j.ising.AnnealingSchedule;
import org.sched4j.ising.ImprovementSink;
import org.sched4j.ising.IsingParameters;
import org.sched4j.ising.cpu.GreedyDescent;
import org.sched4j.maxcut.IsingModel;

/**
 * Simulated annealing of many replicas at once on an NVIDIA GPU: the kernel {@code anneal_replicas}
 * ({@code src/main/cuda/ising_anneal.cu}, shipped as PTX) runs one replica per thread block; the threads of a block
 * update one colour class of a {@link GraphColouring} at a time, so no two coupled spins flip together and each
 * sweep is a valid sequential Metropolis sweep (the approach of Cook et al., "GPU based parallel Ising computing for
 * combinatorial optimization problems in VLSI physical design", arXiv:1807.10750, 2018).
 *
 * <p>A run is split into launches of {@value #SWEEPS_PER_LAUNCH} sweeps so that the deadline is checked between
 * launches. After each run the spins come back to the host, every replica's energy is recomputed there, and the best
 * {@value #POLISHED_REPLICAS} replicas are finished with the CPU's greedy descent.
 */
public final class CudaIsingAnnealer {

    /** The PTX resource, beside this class. */
    public static final String PTX_RESOURCE = "ising_anneal.ptx";
    /** The kernel's name in the PTX. */
    public static final String KERNEL = "anneal_replicas";

    static final int SWEEPS_PER_LAUNCH = 100;
    static final int POLISHED_REPLICAS = 8;
    private static final int THREADS_PER_BLOCK = 128;
    private static final int MULTIPROCESSOR_COUNT_ATTRIBUTE = 16;
    private static final int KERNEL_PARAMETERS = 14;

    private final CudaDriver driver;

    /** An annealer on the first device of {@code driver}. */
    public CudaIsingAnnealer(CudaDriver driver) {
        this.driver = driver;
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
     * Anneals {@code model} on device 0 until {@code deadlineNanos} or the fixed number of runs.
     *
     * @throws CudaException when the device, the context, the PTX or a launch fails, naming the call and result
     */
    public AnnealingOutcome anneal(IsingModel model, IsingParameters parameters, int sweepsPerRun, long seed,
                                   long deadlineNanos, ImprovementSink sink) {
        long start = System.nanoTime();
        try (CudaContext context = CudaContext.open(driver, 0); Arena arena = Arena.ofConfined()) {
            int replicas = parameters.gpuReplicas() > 0 ? parameters.gpuReplicas()
                    : 4 * driver.deviceAttribute(context.device(), MULTIPROCESSOR_COUNT_ATTRIBUTE);
            String engine = "CUDA on " + driver.deviceName(context.device()) + " (" + replicas + " replicas)";
            MemorySegment module = driver.loadModule(arena.allocateFrom(ptx()));
            try (DeviceBuffers buffers = new DeviceBuffers(driver, arena)) {
                MemorySegment kernel = driver.function(module, KERNEL);
                AnnealingSchedule schedule = parameters.schedule(model, sweepsPerRun);
                Runs runs = new Runs(model, replicas, schedule, buffers, kernel, arena);
                return runs.execute(parameters.restarts().orElse(Integer.MAX_VALUE), seed, start, deadlineNanos, sink,
                        engine);
            } finally {
                driver.unloadModule(module);
            }
        }
    }

    /** The runs of one solve, on buffers already on the device. */
    private final class Runs {
        private final IsingModel model;
        private final int replicas;
        private final AnnealingSchedule schedule;
        private final MemorySegment kernel;
        private final MemorySegment[] arguments = new MemorySegment[KERNEL_PARAMETERS];
        private final MemorySegment parameterArray;
        private final MemorySegment hostSpins;
        private final long deviceSpins;

        Runs(IsingModel model, int replicas, AnnealingSchedule schedule, DeviceBuffers buffers, MemorySegment kernel,
             Arena arena) {
            this.model = model;
            this.replicas = replicas;
            this.schedule = schedule;
            this.kernel = kernel;
            GraphColouring colouring = GraphColouring.of(model);
            int n = model.spinCount();
            this.hostSpins = arena.allocate((long) replicas * n);
            this.deviceSpins = buffers.allocate(hostSpins.byteSize());
            arguments[0] = intArgument(arena, n);
            arguments[1] = pointerArgument(arena, buffers.upload(model.couplingOffsets()));
            arguments[2] = pointerArgument(arena, buffers.upload(model.couplingNeighbours()));
            arguments[3] = pointerArgument(arena, buffers.upload(toFloats(model.couplingValues())));
            arguments[4] = pointerArgument(arena, buffers.upload(toFloats(model.fields())));
            arguments[5] = intArgument(arena, colouring.colourCount());
            arguments[6] = pointerArgument(arena, buffers.upload(colouring.offsets()));
            arguments[7] = pointerArgument(arena, buffers.upload(colouring.vertices()));
            arguments[8] = pointerArgument(arena, buffers.upload(toFloats(schedule.betas())));
            for (int k = 9; k < 12; k++) {
                arguments[k] = intArgument(arena, 0);
            }
            arguments[12] = arena.allocate(JAVA_LONG);
            arguments[13] = pointerArgument(arena, deviceSpins);
            this.parameterArray = arena.allocate(ADDRESS, KERNEL_PARAMETERS);
            for (int k = 0; k < KERNEL_PARAMETERS; k++) {
                parameterArray.setAtIndex(ADDRESS, k, arguments[k]);
            }
        }

        AnnealingOutcome execute(int totalRuns, long seed, long start, long deadlineNanos, ImprovementSink sink,
                                 String engine) {
            byte[] best = null;
            double bestEnergy = Double.POSITIVE_INFINITY;
            long bestNanos = 0;
            long updates = 0;
            int runs = 0;
            for (int run = 0; run < totalRuns && System.nanoTime() < deadlineNanos; run++) {
                int sweeps = anneal(seed + run, deadlineNanos);
                updates += (long) sweeps * replicas * model.spinCount();
                runs++;
                byte[] candidate = polishBest();
                double energy = model.energy(candidate);
                if (energy < bestEnergy) {
                    best = candidate;
                    bestEnergy = energy;
                    bestNanos = System.nanoTime() - start;
                    sink.improved(best, bestEnergy, bestNanos);
                }
            }
            if (best == null) {
                throw new CudaException("the time limit ended before the first GPU run");
            }
            return new AnnealingOutcome(best, bestEnergy, (long) runs * replicas, updates, Duration.ofNanos(bestNanos),
                    engine);
        }

        private int anneal(long runSeed, long deadlineNanos) {
            arguments[12].set(JAVA_LONG, 0, runSeed);
            int done = 0;
            while (done < schedule.sweeps() && (done == 0 || System.nanoTime() < deadlineNanos)) {
                int last = Math.min(schedule.sweeps(), done + SWEEPS_PER_LAUNCH);
                arguments[9].set(JAVA_INT, 0, done);
                arguments[10].set(JAVA_INT, 0, last);
                arguments[11].set(JAVA_INT, 0, done == 0 ? 1 : 0);
                driver.launchAndWait(kernel, replicas, THREADS_PER_BLOCK, parameterArray);
                done = last;
            }
            return done;
        }

        private byte[] polishBest() {
            driver.copyToHost(hostSpins, deviceSpins);
            int n = model.spinCount();
            double[] energies = new double[replicas];
            Integer[] order = new Integer[replicas];
            for (int r = 0; r < replicas; r++) {
                energies[r] = model.energy(hostSpins.asSlice((long) r * n, n).toArray(JAVA_BYTE));
                order[r] = r;
            }
            Arrays.sort(order, (a, b) -> Double.compare(energies[a], energies[b]));
            byte[] best = null;
            double bestEnergy = Double.POSITIVE_INFINITY;
            for (int k = 0; k < Math.min(POLISHED_REPLICAS, replicas); k++) {
                byte[] spins = hostSpins.asSlice((long) order[k] * n, n).toArray(JAVA_BYTE);
                double energy = GreedyDescent.descend(model, spins);
                if (energy < bestEnergy) {
                    best = spins;
                    bestEnergy = energy;
                }
            }
            return best;
        }
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

    /** Device allocations of one solve, freed together. */
    private static final class DeviceBuffers implements AutoCloseable {
        private final CudaDriver driver;
        private final Arena arena;
        private long[] pointers = new long[0];

        DeviceBuffers(CudaDriver driver, Arena arena) {
            this.driver = driver;
            this.arena = arena;
        }

        long allocate(long bytes) {
            long pointer = driver.allocate(bytes);
            pointers = Arrays.copyOf(pointers, pointers.length + 1);
            pointers[pointers.length - 1] = pointer;
            return pointer;
        }

        long upload(int[] values) {
            return upload(values.length == 0 ? arena.allocate(JAVA_INT) : arena.allocateFrom(JAVA_INT, values));
        }

        long upload(float[] values) {
            return upload(values.length == 0 ? arena.allocate(JAVA_FLOAT) : arena.allocateFrom(JAVA_FLOAT, values));
        }

        private long upload(MemorySegment host) {
            long pointer = allocate(host.byteSize());
            driver.copyToDevice(pointer, host);
            return pointer;
        }

        @Override
        public void close() {
            for (long pointer : pointers) {
                driver.free(pointer);
            }
        }
    }
}
