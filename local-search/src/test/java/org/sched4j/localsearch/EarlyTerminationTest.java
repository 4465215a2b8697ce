package org.sched4j.localsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.Evaluation;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.instances.TestFiles;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;
import org.sched4j.instances.tardiness.TardinessGenerator;
import org.sched4j.localsearch.jobshop.JobShopTabuSearchSolver;
import org.sched4j.localsearch.podpacking.TimefoldPodPackingSolver;
import org.sched4j.localsearch.tardiness.DynasearchSolver;
import org.sched4j.localsearch.tardiness.ExactDecompositionSolver;
import org.sched4j.localsearch.taskgraph.TaskGraphLocalSearchSolver;
import org.sched4j.localsearch.timefold.TimefoldJobShopSolver;

/**
 * Every engine of this module, asked to stop by {@link SolverJob#terminateEarly()} soon after its first solution on an
 * instance it cannot finish at once, returns a valid result within 2 s (a generous bound for the 200 ms the engines
 * promise, on a loaded machine).
 */
class EarlyTerminationTest {

    private static final Duration LONG_LIMIT = Duration.ofMinutes(5);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(2);

    static Stream<Arguments> engines() {
        return Stream.of(
                Arguments.of("tabu, 1 thread", new JobShopTabuSearchSolver(), TestFiles.jobShop("ta41"), 1),
                Arguments.of("tabu, 2 threads", new JobShopTabuSearchSolver(), TestFiles.jobShop("ta41"), 2),
                Arguments.of("timefold job shop", new TimefoldJobShopSolver(), TestFiles.jobShop("ta41"), 1),
                Arguments.of("timefold pod packing", new TimefoldPodPackingSolver(),
                        PaperGridGenerator.generate(32, 8, 4, 1.05, 1), 1),
                Arguments.of("dynasearch", new DynasearchSolver(),
                        TardinessGenerator.generate("w400", 400, 0.6, 0.4, true, 1), 1),
                Arguments.of("decomposition", new ExactDecompositionSolver(),
                        TardinessGenerator.generate("u300", 300, 0.8, 0.2, false, 1), 1),
                Arguments.of("lahc", new TaskGraphLocalSearchSolver(), RandomTaskGraphGenerator.generate("g500",
                        new RandomTaskGraphGenerator.Parameters(500, 1.0, 1.0, 3, 1.0, 8, 20), 1), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    @Timeout(90)
    <P, S> void returnsAValidResultSoonAfterTerminateEarly(String engine, Solver<P, S> solver, P problem, int threads)
            throws InterruptedException {
        CountDownLatch firstSolution = new CountDownLatch(1);
        SolverJob<S> job = solver.solveAsync(problem, SolveOptions.withTimeLimit(LONG_LIMIT).seed(3).threads(threads),
                (solution, objective, bound, elapsed) -> firstSolution.countDown());
        while (!firstSolution.await(10, TimeUnit.MILLISECONDS) && !job.isDone()) {
            // wait for the first solution, or for a solve that ends before one
        }

        job.terminateEarly();
        Optional<SolveResult<S>> result = job.await(STOP_WITHIN);

        assertThat(result).as(engine + " returns within " + STOP_WITHIN + " of terminateEarly").isPresent();
        assertValid(solver, problem, result.get());
    }

    static <P, S> void assertValid(Solver<P, S> solver, P problem, SolveResult<S> result) {
        assertThat(result.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.OPTIMAL);
        Evaluation evaluation = solver.problemType().evaluate(problem, result.solution());
        assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
        assertThat(result.objective()).isEqualTo(evaluation.objective());
    }
}
