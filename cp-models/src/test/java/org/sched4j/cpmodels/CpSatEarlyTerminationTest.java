package org.sched4j.cpmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverJob;
import org.sched4j.cpmodels.jobshop.CpSatJobShopSolver;
import org.sched4j.cpmodels.maxcut.CpSatMaxCutSolver;
import org.sched4j.cpmodels.podpacking.CpSatPodPackingSolver;
import org.sched4j.cpmodels.rcpsp.CpSatRcpspSolver;
import org.sched4j.cpmodels.tardiness.CpSatTardinessSolver;
import org.sched4j.cpmodels.taskgraph.CpSatTaskGraphSolver;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.instances.podpacking.PaperGridGenerator;
import org.sched4j.instances.rcpsp.RcpspTestFiles;
import org.sched4j.instances.taillard.TaillardBenchmarks;
import org.sched4j.instances.tardiness.TardinessGenerator;
import org.sched4j.instances.taskgraph.RandomTaskGraphGenerator;

/**
 * Every CP-SAT solver of the module, on an instance it cannot finish at once, stops soon after an early termination
 * (asked for by {@link SolverJob#terminateEarly()} or by interrupting the thread that called {@code solve}) and returns
 * its best valid result, the objective the evaluator's.
 */
class CpSatEarlyTerminationTest {

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

    static Stream<Arguments> solvers() {
        return Stream.of(
                Arguments.of("job shop, ta41", new CpSatJobShopSolver(),
                        (Supplier<?>) () -> TaillardBenchmarks.instance("ta41"), LONG),
                Arguments.of("RCPSP, j1201_1", new CpSatRcpspSolver(),
                        (Supplier<?>) () -> RcpspTestFiles.psplib("j1201_1"), LONG),
                Arguments.of("RCPSP proof race, j3029_3", new CpSatRcpspSolver(),
                        (Supplier<?>) () -> RcpspTestFiles.psplib("j3029_3"),
                        LONG.parameters(Map.of(CpSatRcpspSolver.RACE_PARAMETER, "true"))),
                Arguments.of("tardiness, 150 weighted jobs", new CpSatTardinessSolver(),
                        (Supplier<?>) () -> TardinessGenerator.generate("wt150", 150, 0.6, 0.4, true, 3), LONG),
                Arguments.of("task graph, 120 tasks on 4 processors", new CpSatTaskGraphSolver(),
                        (Supplier<?>) () -> RandomTaskGraphGenerator.generate("dag120",
                                new RandomTaskGraphGenerator.Parameters(120, 1, 1, 3, 1, 4, 20), 5), LONG),
                Arguments.of("pod packing, 32 nodes", new CpSatPodPackingSolver(),
                        (Supplier<?>) () -> PaperGridGenerator.generate(32, 8, 4, 1.05, 2), LONG),
                Arguments.of("max-cut, 300 vertices", new CpSatMaxCutSolver(),
                        (Supplier<?>) () -> MaxCutGenerators.randomGraph("gnp-300", 300, 0.05,
                                MaxCutGenerators.Weights.PLUS_MINUS_ONE, 7), LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
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
        assertValidBest(solver, problem, result.get());
        assertThat(job.bestObjective()).isPresent();
        assertThat(solver.problemType().sense().isBetter(job.bestObjective().getAsDouble(),
                result.get().objective())).as("no solution the listener heard of is better than the result").isFalse();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anInterruptStopsTheProofRaceWithItsBestScheduleAndTheFlagStillSet() throws InterruptedException {
        returnsItsBestResultWhenItsThreadIsInterrupted(new CpSatRcpspSolver(), RcpspTestFiles.psplib("j3029_3"),
                LONG.parameters(Map.of(CpSatRcpspSolver.RACE_PARAMETER, "true")));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anInterruptStopsTheJobShopSearchWithItsBestScheduleAndTheFlagStillSet() throws InterruptedException {
        returnsItsBestResultWhenItsThreadIsInterrupted(new CpSatJobShopSolver(), TaillardBenchmarks.instance("ta41"),
                LONG);
    }

    private static <P, S> void returnsItsBestResultWhenItsThreadIsInterrupted(Solver<P, S> solver, P problem,
                                                                              SolveOptions options)
            throws InterruptedException {
        CountDownLatch firstSolution = new CountDownLatch(1);
        AtomicReference<SolveResult<S>> result = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("interrupted-caller").start(() -> {
            result.set(solver.solve(problem, options,
                    (solution, objective, bound, elapsed) -> firstSolution.countDown()));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        try {
            assertThat(firstSolution.await(60, TimeUnit.SECONDS)).as("a first improving solution").isTrue();
        } finally {
            caller.interrupt();
            caller.join(PROMPTLY.toMillis());
        }

        assertThat(caller.isAlive()).as("the solve returned within %s of the interrupt", PROMPTLY).isFalse();
        assertThat(stillInterrupted.get()).as("the interrupt flag is still set").isTrue();
        assertValidBest(solver, problem, result.get());
    }

    private static <P, S> void assertValidBest(Solver<P, S> solver, P problem, SolveResult<S> result) {
        assertThat(result.isValid()).as(result.evaluation().summary()).isTrue();
        assertThat(result.status()).isIn(SolveStatus.FEASIBLE, SolveStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(solver.problemType().evaluate(problem, result.solution())
                .objective());
    }
}
