package org.sched4j.bench.reference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.api.Solvers;
import org.sched4j.instances.jsplib.JsplibFormat;
import org.sched4j.instances.maxcut.GsetFormat;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.rcpsp.PsplibFormat;
import org.sched4j.instances.tardiness.OrlibWeightedTardinessFormat;
import org.sched4j.instances.taskgraph.StgFormat;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.maxcut.MaxCutProblem;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.rcpsp.RcpspProblem;
import org.sched4j.tardiness.TardinessProblem;
import org.sched4j.taskgraph.TaskGraphProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast every registered solver stops, the two figures of the embedding contract, one solver after the other:
 * <ul>
 *   <li><b>stop</b>: started with {@link Solver#solveAsync} and an hour's limit, {@link SolverJob#terminateEarly()}
 *       is called {@code --run-for} after the first improving solution (or after 2 s without one); the time
 *       from the request to the completed result (target: 200 ms);</li>
 *   <li><b>limit</b>: a synchronous solve with {@code --time-limit}; its wall time as a share of the limit (target: at
 *       most 110 %).</li>
 * </ul>
 * The instances are mid-sized members of the standard sets: ta21 (job shop), j1201_1 (RCPSP), wt100 #20
 * (tardiness), STG rand0007 on 4 processors (task graphs), the pod-packing paper's 32-node grid at 105 % utilisation,
 * G1 (max-cut). {@code Solvers.warmUp()} runs first, as in the command line.
 *
 * <p>Run it from the repository root, after building the benchmarks jar:
 * <pre>{@code
 * ./mvnw -q -pl jmh-bench -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp jmh-bench/target/benchmarks.jar \
 *      org.sched4j.bench.reference.TerminationLatency --time-limit 2s --threads 2
 * }</pre>
 */
@Command(name = "termination-latency", mixinStandardHelpOptions = true,
        description = "Measures, per solver, the stop latency after terminateEarly() and the wall time at a limit.")
public final class TerminationLatency implements Callable<Integer> {

    /** An annealer paced by an hour's limit reports its first cut only at the end of a run: stop it anyway. */
    private static final Duration FIRST_SOLUTION_WAIT = Duration.ofSeconds(2);

    @Option(names = "--time-limit", defaultValue = "2s", converter = JobShopSideBySide.DurationArgument.class,
            description = "time limit of the synchronous solve (default: ${DEFAULT-VALUE})")
    private Duration timeLimit;

    @Option(names = "--run-for", defaultValue = "500ms", converter = JobShopSideBySide.DurationArgument.class,
            description = "how long the asynchronous solve runs after its first solution (default: ${DEFAULT-VALUE})")
    private Duration runFor;

    @Option(names = "--threads", defaultValue = "2", description = "threads (default: ${DEFAULT-VALUE})")
    private int threads;

    @Option(names = "--instances", defaultValue = "../shared/instances", description = "benchmark data folder")
    private Path data;

    @Option(names = "--only", split = ",", description = "solver ids to measure (default: all)")
    private List<String> only = List.of();

    public static void main(String[] args) {
        System.exit(new CommandLine(new TerminationLatency()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<ProblemType<?, ?>, Object> instances = instances();
        Duration warmUp = Solvers.warmUp();
        System.out.printf(Locale.ROOT, "warm-up %d ms; limit %s, threads %d, stop requested %s after the first "
                + "solution%n%n", warmUp.toMillis(), timeLimit, threads, runFor);
        System.out.println("| problem | solver | stop (ms) | objective at stop | wall at limit (ms) | wall / limit |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        List<String> over = new ArrayList<>();
        for (Solver<?, ?> solver : Solvers.all()) {
            if (!only.isEmpty() && !only.contains(solver.id())) {
                continue;
            }
            try {
                String row = measure(solver, instances.get(solver.problemType()));
                System.out.println(row);
                if (row.contains("!")) {
                    over.add(solver.problemType().name() + " " + solver.id());
                }
            } catch (RuntimeException e) {
                System.out.printf("| %s | %s | failed: %s | | | |%n", solver.problemType().name(), solver.id(),
                        e.getMessage());
            }
        }
        System.out.println();
        System.out.println(over.isEmpty() ? "every solver within 200 ms and 110 %" : "over a target (!): " + over);
        return over.isEmpty() ? 0 : 1;
    }

    private <P, S> String measure(Solver<P, S> solver, Object instance) throws InterruptedException {
        P problem = solver.problemType().castProblem(instance);
        SolveOptions options = SolveOptions.withTimeLimit(Duration.ofHours(1)).threads(threads);
        CountDownLatch improved = new CountDownLatch(1);
        SolverJob<S> job = solver.solveAsync(problem, options, (solution, objective, bound, elapsed) ->
                improved.countDown());
        long firstSolutionWait = System.nanoTime() + FIRST_SOLUTION_WAIT.toNanos();
        while (!improved.await(5, TimeUnit.MILLISECONDS) && !job.isDone() && System.nanoTime() < firstSolutionWait) {
            Thread.onSpinWait();
        }
        job.await(runFor);
        long requested = System.nanoTime();
        job.terminateEarly();
        SolveResult<S> stopped = job.result().join();
        double stopMillis = (System.nanoTime() - requested) / 1e6;

        SolveResult<S> limited = solver.solve(problem, options.timeLimit(timeLimit));
        double wallMillis = limited.wallTime().toNanos() / 1e6;
        double share = wallMillis / timeLimit.toMillis();
        return String.format(Locale.ROOT, "| %s | %s | %.1f%s | %s | %.0f | %.0f %%%s |", solver.problemType().name(),
                solver.id(), stopMillis, stopMillis > 200 ? " !" : "",
                stopped.isValid() ? String.format(Locale.ROOT, "%.0f", stopped.objective()) : stopped.status(),
                wallMillis, 100 * share, share > 1.1 ? " !" : "");
    }

    private Map<ProblemType<?, ?>, Object> instances() {
        return Map.of(
                JobShopProblem.TYPE, new JsplibFormat().read(data.resolve("jobshop/jsplib/ta21.txt")).getFirst()
                        .instance(),
                RcpspProblem.TYPE, new PsplibFormat().read(data.resolve("rcpsp/j120/j1201_1.sm")).getFirst()
                        .instance(),
                TardinessProblem.TYPE, new OrlibWeightedTardinessFormat().read(data.resolve("smtt/wt100.txt"))
                        .get(19).instance(),
                TaskGraphProblem.TYPE, new StgFormat(List.of(4)).read(data.resolve("dag/stg/50/rand0007.stg"))
                        .getFirst().instance(),
                PodPackingProblem.TYPE, PaperGridGenerator.generate(32, 8, 4, 1.05, 1),
                MaxCutProblem.TYPE, new GsetFormat().read(data.resolve("maxcut/gset/G1")).getFirst().instance());
    }
}
