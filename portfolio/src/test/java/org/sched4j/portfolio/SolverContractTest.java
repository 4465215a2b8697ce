package org.sched4j.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.api.Solvers;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.maxcut.GsetFormat;
import org.sched4j.instances.maxcut.MaxCutTestFiles;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.podpacking.PodPackingJsonFormat;
import org.sched4j.instances.podpacking.PodPackingTestFiles;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.instances.taskgraph.StgFormat;
import org.sched4j.instances.taskgraph.TaskGraphFixtures;
import org.sched4j.instances.tardiness.OrlibWeightedTardinessFormat;
import org.sched4j.ising.cuda.CudaAvailability;
import org.sched4j.jobshop.JobShopProblem;
import org.sched4j.maxcut.MaxCutProblem;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.rcpsp.RcpspProblem;
import org.sched4j.tardiness.TardinessProblem;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * The contract every registered solver keeps, whatever its engine: on the smallest instance of its problem it gives a
 * valid result whose objective is the evaluator's, never beyond the known optimum (and equal to it when claimed
 * OPTIMAL); and started asynchronously with an hour's limit on a larger
 * instance, {@link SolverJob#terminateEarly()} after its first improving solution (or after two seconds without one)
 * ends the solve with a valid result,
 * leaving none of its threads running. Time bounds are generous (seconds, not the 200 ms the engines aim for, which
 * {@code TerminationLatency} in jmh-bench measures) so that the test holds on a busy machine.
 */
class SolverContractTest {

    private static final Duration STOP_BOUND = Duration.ofSeconds(5);
    /** An annealer paced by an hour's limit reports its first cut only at the end of a run: stop it anyway. */
    private static final Duration FIRST_SOLUTION_WAIT = Duration.ofSeconds(2);
    private static final Duration THREAD_END_BOUND = Duration.ofSeconds(5);

    /**
     * The smallest instance of each problem with its known optimum, and one large enough that no engine finishes it at
     * once.
     */
    private record Instances(Object smallest, double optimum, Object larger) {
    }

    private static Map<ProblemType<?, ?>, Instances> instances;

    @BeforeAll
    static void loadInstancesAndWarmUp() {
        Solvers.warmUp();
        instances = Map.of(
                JobShopProblem.TYPE, new Instances(TestFiles.jobShop("ft06"), 55, TestFiles.jobShop("ta21")),
                RcpspProblem.TYPE, new Instances(RcpspTestFiles.psplib("j301_1"), 43,
                        RcpspTestFiles.psplib("j1201_1")),
                TardinessProblem.TYPE, new Instances(
                        new OrlibWeightedTardinessFormat().read(TestFiles.benchmark("smtt", "wt40.txt")).getFirst()
                                .instance(), 913,
                        new OrlibWeightedTardinessFormat().read(TestFiles.benchmark("smtt", "wt100.txt")).get(19)
                                .instance()),
                TaskGraphProblem.TYPE, new Instances(TaskGraphFixtures.paperExample(), 73, new StgFormat(List.of(4))
                        .read(TestFiles.benchmark("dag", "stg", "50", "rand0007.stg")).getFirst().instance()),
                PodPackingProblem.TYPE, new Instances(
                        new PodPackingJsonFormat().read(PodPackingTestFiles.testData("needs-move.json")).getFirst()
                                .instance(), 2,
                        PaperGridGenerator.generate(32, 8, 4, 1.05, 1)),
                MaxCutProblem.TYPE, new Instances(
                        new GsetFormat().read(MaxCutTestFiles.testData("cycle5-chord.txt")).getFirst().instance(), 5,
                        MaxCutTestFiles.gset("G1")));
    }

    static Stream<Named<Solver<?, ?>>> solvers() {
        return Solvers.all().stream().map(solver -> Named.of(solver.problemType().name() + " " + solver.id(), solver));
    }

    @ParameterizedTest
    @MethodSource("solvers")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void solvesTheSmallestInstanceWithTheEvaluatorsObjective(Solver<?, ?> solver) {
        assumeUsable(solver);
        checkSmallest(solver);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void terminateEarlyReturnsAValidResultAndLeavesNoThread(Solver<?, ?> solver) throws InterruptedException {
        assumeUsable(solver);
        checkTermination(solver);
    }

    private static void assumeUsable(Solver<?, ?> solver) {
        assumeTrue(!solver.id().equals("ising-cuda") || CudaAvailability.driver().isPresent(),
                "ising-cuda needs a GPU");
    }

    private static <P, S> void checkSmallest(Solver<P, S> solver) {
        Instances known = instances.get(solver.problemType());
        P problem = solver.problemType().castProblem(known.smallest());

        SolveResult<S> result = solver.solve(problem, SolveOptions.withTimeLimit(Duration.ofSeconds(1)).threads(2));

        assertThat(result.solverId()).isEqualTo(solver.id());
        assertThat(result.isValid()).as(() -> solver.id() + ": " + (result.hasSolution()
                ? result.evaluation().summary() : "no solution, status " + result.status())).isTrue();
        assertThat(result.objective()).isEqualTo(solver.problemType().evaluate(problem, result.solution())
                .objective());
        assertThat(solver.problemType().sense().isBetter(result.objective(), known.optimum()))
                .as(solver.id() + ": " + result.objective() + " beyond the known optimum " + known.optimum()).isFalse();
        if (result.status() == SolveStatus.OPTIMAL) {
            assertThat(result.objective()).as(solver.id() + " claims OPTIMAL").isEqualTo(known.optimum());
        }
    }

    private static <P, S> void checkTermination(Solver<P, S> solver) throws InterruptedException {
        P problem = solver.problemType().castProblem(instances.get(solver.problemType()).larger());
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        CountDownLatch improved = new CountDownLatch(1);

        SolverJob<S> job = solver.solveAsync(problem, SolveOptions.withTimeLimit(Duration.ofHours(1)).threads(2),
                (solution, objective, bound, elapsed) -> improved.countDown());
        long firstSolutionWait = System.nanoTime() + FIRST_SOLUTION_WAIT.toNanos();
        while (!improved.await(10, TimeUnit.MILLISECONDS) && !job.isDone() && System.nanoTime() < firstSolutionWait) {
            Thread.onSpinWait();
        }
        long requested = System.nanoTime();
        job.terminateEarly();
        SolveResult<S> result = job.await(STOP_BOUND).orElse(null);
        Duration stopped = Duration.ofNanos(System.nanoTime() - requested);

        assertThat(result).as(solver.id() + " still running " + STOP_BOUND + " after terminateEarly()").isNotNull();
        assertThat(result.isValid()).as(solver.id() + ": status " + result.status()).isTrue();
        assertThat(result.objective()).isEqualTo(solver.problemType().evaluate(problem, result.solution())
                .objective());
        assertThat(stopped).isLessThan(STOP_BOUND);
        assertThat(threadsLeft(before)).as(solver.id() + " left threads running").isEmpty();
    }

    /** The threads started since {@code before} that are still alive after a generous wait (JVM daemons aside). */
    private static Set<String> threadsLeft(Set<Thread> before) throws InterruptedException {
        long end = System.nanoTime() + THREAD_END_BOUND.toNanos();
        Set<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && thread.isAlive())
                    .filter(thread -> !thread.isDaemon() || thread.getName().startsWith("sched4j-solve"))
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            if (!left.isEmpty()) {
                Thread.sleep(20);
            }
        } while (!left.isEmpty() && System.nanoTime() < end);
        return left;
    }
}
