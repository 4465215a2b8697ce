package org.sched4j.heuristics;

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
import org.sched4j.heuristics.rcpsp.RcpspGeneticSolver;
import org.sched4j.heuristics.rcpsp.RcpspSamplingSolver;
import org.sched4j.instances.rcpsp.RcpspTestFiles;

/**
 * Every heuristic of this module that searches until its time limit, asked to stop by
 * {@link SolverJob#terminateEarly()} after its first solution on an instance it cannot finish at once (j120, whose
 * lower bound the heuristics do not meet), returns a valid result within 2 s.
 */
class EarlyTerminationTest {

    private static final Duration STOP_WITHIN = Duration.ofSeconds(2);

    static Stream<Arguments> heuristics() {
        return Stream.of(
                Arguments.of("genetic", new RcpspGeneticSolver(), RcpspTestFiles.psplib("j12010_1")),
                Arguments.of("sampling", new RcpspSamplingSolver(), RcpspTestFiles.psplib("j12010_1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heuristics")
    @Timeout(60)
    <P, S> void returnsAValidResultSoonAfterTerminateEarly(String heuristic, Solver<P, S> solver, P problem)
            throws InterruptedException {
        CountDownLatch firstSolution = new CountDownLatch(1);
        SolverJob<S> job = solver.solveAsync(problem, SolveOptions.withTimeLimit(Duration.ofMinutes(5)).seed(3),
                (solution, objective, bound, elapsed) -> firstSolution.countDown());
        while (!firstSolution.await(10, TimeUnit.MILLISECONDS) && !job.isDone()) {
            // wait for the first solution, or for a solve that ends before one
        }

        job.terminateEarly();
        Optional<SolveResult<S>> result = job.await(STOP_WITHIN);

        assertThat(result).as(heuristic + " returns within " + STOP_WITHIN + " of terminateEarly").isPresent();
        assertThat(result.get().status()).isIn(SolveStatus.FEASIBLE, SolveStatus.OPTIMAL);
        Evaluation evaluation = solver.problemType().evaluate(problem, result.get().solution());
        assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
        assertThat(result.get().objective()).isEqualTo(evaluation.objective());
    }
}
