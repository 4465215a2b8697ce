package org.sched4j.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;
import org.sched4j.portfolio.podpacking.PodPackingAutoSolver;
import org.sched4j.portfolio.rcpsp.RcpspAutoSolver;
import org.sched4j.portfolio.taskgraph.TaskGraphPortfolioSolver;

/**
 * The {@code auto} solvers built on CP-SAT (RCPSP, pod packing, task graphs), on instances they cannot finish at once,
 * stop soon after {@link SolverJob#terminateEarly()} in every phase and return their best valid result, the objective
 * the evaluator's.
 */
class CpSatAutoEarlyTerminationTest {

    /** Far beyond the time any of these solves is let run: only an early termination ends them in the test. */
    private static final SolveOptions LONG = SolveOptions.withTimeLimit(Duration.ofMinutes(5)).threads(2);

    /**
     * How long the solve goes on after its first solution before the request, so that the request finds it searching
     * (most solvers report their starting solution before they search); any length would do.
     */
    private static final Duration SEARCHING = Duration.ofMillis(500);

    /** How soon after the request the result must be there: 200 ms is the aim, with room for a busy machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @BeforeAll
    static void loadOrTools() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    static Stream<Arguments> autos() {
        return Stream.of(
                Arguments.of("RCPSP, j1201_1, genetic algorithm first", new RcpspAutoSolver(),
                        (Supplier<?>) () -> RcpspTestFiles.psplib("j1201_1"), LONG),
                Arguments.of("RCPSP, j1201_1, genetic algorithm beside CP-SAT", new RcpspAutoSolver(),
                        (Supplier<?>) () -> RcpspTestFiles.psplib("j1201_1"), LONG.threads(3)),
                Arguments.of("pod packing, 32 nodes: CP-SAT on the whole cluster", new PodPackingAutoSolver(),
                        (Supplier<?>) () -> PaperGridGenerator.generate(32, 8, 4, 1.05, 2), LONG),
                Arguments.of("pod packing, 96 nodes: node subsets", new PodPackingAutoSolver(),
                        (Supplier<?>) () -> PaperGridGenerator.generate(96, 8, 2, 1.05, 3), LONG),
                Arguments.of("task graph, 60 tasks on 5 processors: late acceptance, then CP-SAT",
                        new TaskGraphPortfolioSolver(), (Supplier<?>) () -> RandomTaskGraphGenerator.generate("dag60",
                                new RandomTaskGraphGenerator.Parameters(60, 1, 1, 3, 1, 5, 20), 5), LONG),
                Arguments.of("task graph, 120 identical processors' tasks: CP-SAT", new TaskGraphPortfolioSolver(),
                        (Supplier<?>) () -> RandomTaskGraphGenerator.generate("stg120",
                                new RandomTaskGraphGenerator.Parameters(120, 0, 1, 3, 0, 4, 20), 6), LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("autos")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    <P, S> void returnsItsBestValidResultSoonAfterTerminateEarly(String name, Solver<P, S> solver,
                                                                  Supplier<P> instance, SolveOptions options)
            throws InterruptedException {
        P problem = instance.get();
        CountDownLatch firstSolution = new CountDownLatch(1);

        SolverJob<S> job = solver.solveAsync(problem, options,
                (solution, objective, bound, elapsed) -> firstSolution.countDown());
        Optional<SolveResult<S>> result;
        try {
            assertThat(firstSolution.await(60, TimeUnit.SECONDS)).as("a first improving solution").isTrue();
            Thread.sleep(SEARCHING.toMillis());
        } finally {
            job.terminateEarly();
            result = job.await(PROMPTLY);
        }

        assertThat(result).as("the result within %s of terminateEarly", PROMPTLY).isPresent();
        SolveResult<S> best = result.get();
        assertThat(best.isValid()).as(best.evaluation().summary()).isTrue();
        assertThat(best.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.OPTIMAL);
        assertThat(best.objective()).isEqualTo(solver.problemType().evaluate(problem, best.solution()).objective());
        assertThat(solver.problemType().sense().isBetter(job.bestObjective().orElseThrow(), best.objective()))
                .as("no solution the listener heard of is better than the result").isFalse();
    }
}
