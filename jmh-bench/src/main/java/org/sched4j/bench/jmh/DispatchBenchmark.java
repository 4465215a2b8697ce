package org.sched4j.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sched4j.heuristics.dispatch.DispatchRule;
import org.sched4j.heuristics.dispatch.JobShopDispatcher;
import org.sched4j.heuristics.dispatch.ScheduleBuilder;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Schedules per second of the dispatching schedule builders ({@link JobShopDispatcher#schedule}, each call a full
 * schedule including its O(N) set-up and the returned {@link JobShopSchedule}), for a few rules, on Taillard's ta01
 * (15 jobs × 15 machines), ta41 (30 × 20) and ta71 (100 × 20), generated from their seeds so no files are needed.
 * A schedule of N operations and J jobs takes O(N·J) time.
 *
 * <p>Build and run from the project root:
 * <pre>
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -jar jmh-bench/target/benchmarks.jar DispatchBenchmark
 * </pre>
 * Narrow it with JMH's options, for example {@code -p instance=ta71 -p builder=ACTIVE -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DispatchBenchmark {

    /** The Taillard instance. */
    @Param({"ta01", "ta41", "ta71"})
    public String instance;

    /** The schedule builder. */
    @Param({"NON_DELAY", "ACTIVE"})
    public ScheduleBuilder builder;

    /** The dispatching rule: a static priority, a ratio, a time-dependent one and the random one. */
    @Param({"MWKR", "FDD_MWKR", "FIFO", "RANDOM"})
    public DispatchRule rule;

    private JobShopInstance jobShop;
    private long seed;

    @Setup
    public void generateInstance() {
        jobShop = TaillardBenchmarks.instance(instance);
    }

    /** Builds one schedule; a new seed each call so that RANDOM never repeats itself. */
    @Benchmark
    public JobShopSchedule buildSchedule() {
        return JobShopDispatcher.schedule(jobShop, rule, builder, seed++);
    }
}
