package org.sched4j.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sched4j.instances.BenchmarkData;
import org.sched4j.instances.maxcut.GsetFormat;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.ising.IsingParameters;
import org.sched4j.ising.cpu.MetropolisReplica;
import org.sched4j.maxcut.IsingModel;
import org.sched4j.maxcut.MaxCutInstance;
import org.sched4j.maxcut.MaxCutIsingMapping;

/**
 * Single-thread speed of the CPU annealer's kernel ({@link MetropolisReplica#sweep}): attempted single-spin
 * Metropolis updates per second ({@code spinUpdates}), on Gset G22 (2,000 vertices, 19,990 edges; read from the
 * benchmark instances folder) and on a 100 × 100 toroidal ±1 grid (10,000 vertices, generated with seed 1). The
 * inverse temperature {@code beta} is relative to the mean absolute coupling: 0.3 is early in the default schedule
 * (many flips, each updating the neighbours' local fields), 3.0 its end (few flips).
 *
 * <p>Build and run from the project root:
 * <pre>
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -jar jmh-bench/target/benchmarks.jar IsingSweepBenchmark
 * </pre>
 * Read the {@code spinUpdates} lines (per second and thread).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class IsingSweepBenchmark {

    /** The graph: {@code G22} or {@code torus-100x100}. */
    @Param({"G22", "torus-100x100"})
    public String graph;

    /** The inverse temperature, relative to the mean absolute coupling. */
    @Param({"0.3", "3.0"})
    public double beta;

    private MetropolisReplica replica;
    private double absoluteBeta;

    /** The attempted spin updates counted per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {

        /** Attempted single-spin updates. */
        public long spinUpdates;

        /** Starts each measurement iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            spinUpdates = 0;
        }
    }

    /** Loads or generates the graph and starts a replica from random spins. */
    @Setup(Level.Trial)
    public void setUp() {
        MaxCutInstance instance = "G22".equals(graph)
                ? new GsetFormat().read(gsetFile("G22")).getFirst().instance()
                : MaxCutGenerators.toroidalGrid(graph, 100, 100, 1);
        IsingModel model = MaxCutIsingMapping.toIsing(instance);
        absoluteBeta = beta / IsingParameters.meanAbsoluteCoupling(model);
        replica = new MetropolisReplica(model, 1);
    }

    private static Path gsetFile(String name) {
        return BenchmarkData.find().orElseThrow(() -> new IllegalStateException("the benchmark instances are needed "
                + "for " + name + "; set " + BenchmarkData.ENVIRONMENT_VARIABLE)).resolve("maxcut").resolve("gset")
                .resolve(name);
    }

    /** One Metropolis sweep over every spin. */
    @Benchmark
    public int sweep(Work work) {
        work.spinUpdates += replica.spinCount();
        return replica.sweep(absoluteBeta);
    }
}
