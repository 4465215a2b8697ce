package org.sched4j.bench.jmh;

import java.time.Duration;
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
import org.sched4j.api.SolutionListener;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.localsearch.jobshop.JobShopTabuSearch;
import org.sched4j.api.Deadline;
import org.sched4j.localsearch.jobshop.TabuSearchOutcome;
import org.sched4j.localsearch.jobshop.TabuSearchParameters;

/**
 * Speed of the job-shop tabu search ({@link JobShopTabuSearch}) on Taillard's ta41 (30 jobs × 20 machines) and ta71
 * (100 × 20), generated from their seeds so no files are needed: N7 moves evaluated per second
 * ({@code movesEvaluated}) and tabu iterations per second ({@code iterations}, each a critical-path search, the
 * estimate of every N7 move, and the update of heads and tails after the chosen move). Each call runs
 * {@value #ITERATIONS} iterations from the best dispatching schedule with one seed, never stopping early at a
 * lower bound, so every call does the same work.
 *
 * <p>Build and run from the project root:
 * <pre>
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -jar jmh-bench/target/benchmarks.jar TabuMoveBenchmark
 * </pre>
 * Read the {@code movesEvaluated} and {@code iterations} lines (per second); narrow it with JMH's options, for
 * example {@code -p instance=ta71 -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class TabuMoveBenchmark {

    /** The tabu iterations of one call. */
    public static final int ITERATIONS = 20_000;

    /** The Taillard instance. */
    @Param({"ta41", "ta71"})
    public String instance;

    private JobShopTabuSearch search;
    private JobShopSchedule start;

    /** The work counted per second: moves evaluated and iterations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {

        /** N7 moves whose makespan was estimated. */
        public long movesEvaluated;
        /** Tabu search iterations. */
        public long iterations;

        /** Starts each measurement iteration from zero. */
        @Setup(Level.Iteration)
        public void reset() {
            movesEvaluated = 0;
            iterations = 0;
        }
    }

    /** Generates the instance and its dispatching start; the search stops only at its iteration limit. */
    @Setup
    public void prepare() {
        JobShopInstance jobShop = TaillardBenchmarks.instance(instance);
        TabuSearchParameters defaults = TabuSearchParameters.defaults(jobShop);
        TabuSearchParameters fixedWork = new TabuSearchParameters(ITERATIONS, defaults.stallIterations(),
                defaults.eliteSize(), defaults.tenure(), defaults.relinkShare(), 0);
        search = new JobShopTabuSearch(jobShop, fixedWork);
        start = JobShopDispatcher.best(jobShop, 0).schedule();
    }

    /** Runs {@value #ITERATIONS} tabu iterations and counts the moves they evaluated. */
    @Benchmark
    public TabuSearchOutcome search(Work work) {
        TabuSearchOutcome outcome = search.run(start, 1,
                Deadline.after(Duration.ofHours(1)), null, SolutionListener.none());
        work.movesEvaluated += outcome.movesEvaluated();
        work.iterations += outcome.iterations();
        return outcome;
    }
}
