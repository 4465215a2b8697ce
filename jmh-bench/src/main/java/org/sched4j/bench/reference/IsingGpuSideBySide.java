package org.sched4j.bench.reference;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveOptions;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.instances.maxcut.MaxCutGenerators.Weights;
import org.sched4j.ising.AnnealingOutcome;
import org.sched4j.ising.ImprovementSink;
import org.sched4j.ising.IsingParameters;
import org.sched4j.ising.cpu.CpuIsingAnnealer;
import org.sched4j.ising.cuda.CudaAvailability;
import org.sched4j.ising.cuda.CudaDriver;
import org.sched4j.ising.cuda.CudaIsingAnnealer;
import org.sched4j.ising.cuda.KernelThroughput;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.IsingModel;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutIsingMapping;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Ising annealer's throughput side by side, in one process: on each graph (a 100 × 100 and a 200 × 200 toroidal
 * ±1 grid, a 22 × 22 × 22 toroidal ±1 grid, and a sparse G(n, p) with 20,000 vertices and ±1 weights, all generated),
 * the single-thread CPU kernel (one replica), the CPU annealer on all threads (one replica per thread) and the GPU
 * kernel (as many replicas as fill the GPU), each annealing every replica for the same fixed number of sweeps of the
 * default schedule. Prints attempted single-spin updates per second, the best cut of each (after the greedy descent,
 * recomputed by the evaluator) and the ratio of the GPU's rate to the CPU's. The CPU figures are wall time after a
 * warm-up run; the GPU figure is the time of the kernel launches of two timed runs after an untimed one, without the
 * one-off context creation, module load and upload.
 *
 * <p>Run it from the repository root, after building the benchmarks jar:
 * <pre>{@code
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp jmh-bench/target/benchmarks.jar \
 *      org.sched4j.bench.reference.IsingGpuSideBySide --sweeps 1000
 * }</pre>
 * Without a usable GPU the GPU columns show {@code -} and the reason is printed. Exit code 0, or 2 for a bad command
 * line.
 */
@Command(name = "ising-gpu-side-by-side", mixinStandardHelpOptions = true,
        description = "Spin updates per second of the Ising annealer on one CPU thread, all threads and the GPU.")
public final class IsingGpuSideBySide implements Callable<Integer> {

    private static final int WARM_UP_SWEEPS = 200;

    @Option(names = "--sweeps", defaultValue = "1000", description = "sweeps per replica (default: ${DEFAULT-VALUE})")
    private int sweeps;

    @Option(names = "--threads", description = "CPU threads of the second column (default: all processors)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--replicas", defaultValue = "0", description = "GPU replicas (default: as many as fill the GPU)")
    private int replicas;

    @Option(names = "--only", split = ",", description = "graph names to run, comma-separated (default: all)")
    private List<String> only = List.of();

    @Option(names = "--seed", defaultValue = "1", description = "seed of the graphs and the runs (default: "
            + "${DEFAULT-VALUE})")
    private long seed;

    private final PrintStream out;

    /** A run that prints to standard output. */
    public IsingGpuSideBySide() {
        this(System.out);
    }

    IsingGpuSideBySide(PrintStream out) {
        this.out = out;
    }

    /** Runs the comparison; see the class description. */
    public static void main(String[] arguments) {
        System.exit(new CommandLine(new IsingGpuSideBySide()).execute(arguments));
    }

    /** The graphs compared, generated from {@code seed}. */
    static List<MaxCutInstance> graphs(long seed) {
        return List.of(MaxCutGenerators.toroidalGrid("torus-100x100", 100, 100, seed),
                MaxCutGenerators.toroidalGrid("torus-200x200", 200, 200, seed),
                MaxCutGenerators.toroidalGrid("torus-22x22x22", 22, 22, 22, seed),
                MaxCutGenerators.randomGraph("gnp-20000", 20_000, 5e-4, Weights.PLUS_MINUS_ONE, seed));
    }

    @Override
    public Integer call() {
        Optional<CudaDriver> driver = CudaAvailability.driver();
        out.printf(Locale.ROOT, "%d sweeps per replica, %d CPU threads, seed %d, GPU: %s%n%n", sweeps, threads, seed,
                driver.map(CudaDriver::library).orElse("none (" + CudaAvailability.unavailableReason().orElse("?")
                        + ")"));
        ThroughputTable table = new ThroughputTable(threads);
        out.println(table.header());
        for (MaxCutInstance graph : graphs(seed)) {
            if (only.isEmpty() || only.contains(graph.name())) {
                out.println(row(table, graph, driver));
            }
        }
        return 0;
    }

    /** Measures the three engines on {@code graph} and returns its row. */
    String row(ThroughputTable table, MaxCutInstance graph, Optional<CudaDriver> driver) {
        IsingModel model = MaxCutIsingMapping.toIsing(graph);
        cpu(graph, model, 1, WARM_UP_SWEEPS);
        ThroughputTable.Rate oneThread = cpu(graph, model, 1, sweeps);
        ThroughputTable.Rate allThreads = cpu(graph, model, threads, sweeps);
        Optional<ThroughputTable.Rate> gpu = driver.map(found -> gpu(found, graph, model));
        return table.row(graph.name(), graph.vertexCount(), graph.edgeCount(), oneThread, allThreads, gpu);
    }

    /** The CPU annealer on {@code threadCount} threads, one run of {@code sweepCount} sweeps each, timed by the wall. */
    ThroughputTable.Rate cpu(MaxCutInstance graph, IsingModel model, int threadCount, int sweepCount) {
        IsingParameters parameters = parameters(sweepCount, threadCount, 0);
        long start = System.nanoTime();
        AnnealingOutcome outcome = new CpuIsingAnnealer(model, parameters).anneal(threadCount, seed,
                Deadline.after(Duration.ofDays(1)), ImprovementSink.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ThroughputTable.Rate(outcome.spinUpdates() / seconds, cut(graph, outcome));
    }

    private ThroughputTable.Rate gpu(CudaDriver driver, MaxCutInstance graph, IsingModel model) {
        KernelThroughput throughput = new CudaIsingAnnealer(driver).measureThroughput(model, parameters(sweeps, 1, replicas),
                sweeps, seed);
        System.err.printf(Locale.ROOT, "%s: %s, %d threads per block, spins in %s memory, %.3f s of kernel time%n",
                graph.name(), throughput.outcome().engine(), throughput.threads(),
                throughput.sharedSpins() ? "shared" : "global", throughput.kernelNanos() / 1e9);
        return new ThroughputTable.Rate(throughput.spinUpdatesPerSecond(), cut(graph, throughput.outcome()));
    }

    private static IsingParameters parameters(int sweepCount, int runs, int gpuReplicas) {
        return IsingParameters.from(SolveOptions.DEFAULT.parameters(Map.of("ising.sweeps",
                Integer.toString(sweepCount), "ising.restarts", Integer.toString(runs), "ising.replicas",
                Integer.toString(gpuReplicas))));
    }

    private static double cut(MaxCutInstance graph, AnnealingOutcome outcome) {
        return MaxCutEvaluator.cutWeight(graph, Cut.ofSpins(outcome.spins()));
    }
}
