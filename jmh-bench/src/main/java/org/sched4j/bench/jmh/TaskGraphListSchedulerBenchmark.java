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
import org.sched4j.heuristics.taskgraph.TaskGraphListScheduler;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Schedules per second of the task-graph list schedulers (HEFT, CPOP, PEFT, lookahead HEFT) on random graphs of the
 * HEFT paper's generator (CCR 1, alpha 1, out-degree 3, beta 0.5, 8 processors, seed 1) of 100 and 1000 tasks,
 * generated in the set-up so no files are needed.
 *
 * <p>Build and run from the project root:
 * <pre>
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -jar jmh-bench/target/benchmarks.jar TaskGraphListSchedulerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class TaskGraphListSchedulerBenchmark {

    /** The number of tasks. */
    @Param({"100", "1000"})
    public int tasks;

    /** The scheduler's id. */
    @Param({"heft", "cpop", "peft", "lookahead-heft"})
    public String scheduler;

    private TaskGraphInstance graph;
    private TaskGraphListScheduler listScheduler;

    @Setup
    public void generateGraph() {
        graph = RandomTaskGraphGenerator.generate("bench-" + tasks,
                new RandomTaskGraphGenerator.Parameters(tasks, 1, 1, 3, 0.5, 8, 20), 1);
        listScheduler = TaskGraphListScheduler.all().stream().filter(candidate -> candidate.id().equals(scheduler))
                .findFirst().orElseThrow();
    }

    /** Builds one schedule. */
    @Benchmark
    public TaskGraphSchedule buildSchedule() {
        return listScheduler.schedule(graph);
    }
}
