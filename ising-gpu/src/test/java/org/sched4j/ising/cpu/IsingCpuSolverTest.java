package org.sched4j.ising.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.ising.EarlyStops;
import org.sched4j.ising.SmallGraphs;
import org.sched4j.instances.maxcut.MaxCutTestFiles;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;

class IsingCpuSolverTest {

    private static final IsingCpuSolver SOLVER = new IsingCpuSolver();

    private static SolveOptions fixedWork(int threads, long seed) {
        return SolveOptions.withTimeLimit(Duration.ofSeconds(20)).threads(threads).seed(seed)
                .parameters(Map.of("ising.sweeps", "300", "ising.restarts", "4"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void findsTheMaximumCutOfSmallGraphs(long seed) {
        MaxCutInstance graph = SmallGraphs.random(16, 0.4, seed);

        SolveResult<Cut> result = SOLVER.solve(graph, fixedWork(2, seed));

        assertThat(result.isValid()).isTrue();
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat((long) result.objective()).isEqualTo(SmallGraphs.maximumCut(graph));
        assertThat(result.statistics().get("runs").longValue()).isEqualTo(4);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void parallelTemperingFindsTheMaximumCutToo() {
        MaxCutInstance graph = SmallGraphs.random(18, 0.3, 11);
        SolveOptions options = SolveOptions.withTimeLimit(Duration.ofSeconds(20)).threads(1).parameters(Map.of(
                "ising.tempering", "true", "ising.sweeps", "300", "ising.restarts", "2"));

        SolveResult<Cut> result = SOLVER.solve(graph, options);

        assertThat(result.isValid()).isTrue();
        assertThat((long) result.objective()).isEqualTo(SmallGraphs.maximumCut(graph));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void givesTheSameCutForTheSameSeedWhateverTheThreads() {
        MaxCutInstance graph = SmallGraphs.random(200, 0.05, 9);

        Cut once = SOLVER.solve(graph, fixedWork(2, 42)).solution();
        Cut again = SOLVER.solve(graph, fixedWork(2, 42)).solution();
        Cut oneThread = SOLVER.solve(graph, fixedWork(1, 42)).solution();

        assertThat(again).isEqualTo(once);
        assertThat(oneThread).isEqualTo(once);
    }

    /** The quality by a fixed budget of sweeps and runs, so that it does not depend on the machine's speed. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void comesCloseToTheBestKnownCutOfG22() {
        MaxCutInstance g22 = MaxCutTestFiles.gset("G22");
        SolveOptions options = SolveOptions.withTimeLimit(Duration.ofSeconds(100)).threads(2).seed(1)
                .parameters(Map.of("ising.sweeps", "2000", "ising.restarts", "2"));

        SolveResult<Cut> result = SOLVER.solve(g22, options);

        assertThat(result.isValid()).isTrue();
        assertThat(result.statistics().get("runs").longValue()).isEqualTo(2);
        assertThat(result.objective()).isGreaterThan(13359 * 0.99);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void honoursTheTimeLimitWithASchedulePacedByTheClock() {
        MaxCutInstance graph = EarlyStops.largeGraph();

        SolveResult<Cut> result = SOLVER.solve(graph, SolveOptions.withTimeLimit(Duration.ofSeconds(1)).threads(2));

        assertThat(result.wallTime()).isLessThan(Duration.ofSeconds(10));
        EarlyStops.assertValidCut(graph, result);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void terminateEarlyReturnsTheBestCutAndEndsEveryThread() throws InterruptedException {
        Set<Thread> before = EarlyStops.liveThreads();

        SolveResult<Cut> result = EarlyStops.stopAfterFirstImprovement(SOLVER, EarlyStops.largeGraph(),
                SolveOptions.DEFAULT.threads(2).parameters(Map.of("ising.sweeps", "1000")));

        assertThat(result.statistics().get("runs").longValue()).isPositive();
        assertThat(EarlyStops.survivors(before, CpuIsingAnnealer.THREAD_NAME_PREFIX)).isEmpty();
    }

    /**
     * Without {@code ising.sweeps} the runs are paced by the clock and report only at their end: stopped in the middle
     * of the first runs, the annealer still returns a cut (the runs cut short are finished by the greedy descent).
     */
    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void terminateEarlyEndsRunsPacedByTheClock(String tempering) throws InterruptedException {
        Set<Thread> before = EarlyStops.liveThreads();

        SolveResult<Cut> result = EarlyStops.stopAfter(Duration.ofMillis(300), SOLVER, EarlyStops.largeGraph(),
                SolveOptions.DEFAULT.threads(2).parameters(Map.of("ising.tempering", tempering)));

        assertThat(result.objective()).isPositive();
        assertThat(EarlyStops.survivors(before, CpuIsingAnnealer.THREAD_NAME_PREFIX)).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void interruptingTheCallingThreadReturnsTheBestCutWithTheFlagStillSet() throws InterruptedException {
        MaxCutInstance graph = EarlyStops.largeGraph();
        Set<Thread> before = EarlyStops.liveThreads();
        CountDownLatch improved = new CountDownLatch(1);
        AtomicReference<SolveResult<Cut>> result = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread caller = Thread.ofPlatform().name("ising-cpu-test-caller").start(() -> {
            result.set(SOLVER.solve(graph, SolveOptions.withTimeLimit(EarlyStops.LONG_LIMIT).threads(2)
                    .parameters(Map.of("ising.sweeps", "1000")), (cut, objective, bound, elapsed) -> improved
                    .countDown()));
            flagKept.set(Thread.currentThread().isInterrupted());
        });
        assertThat(improved.await(60, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(EarlyStops.STOP_ALLOWANCE);

        assertThat(caller.isAlive()).as("still solving %s after the interrupt", EarlyStops.STOP_ALLOWANCE).isFalse();
        EarlyStops.assertValidCut(graph, result.get());
        assertThat(flagKept).isTrue();
        assertThat(EarlyStops.survivors(before, CpuIsingAnnealer.THREAD_NAME_PREFIX)).isEmpty();
    }

    /** On one thread the annealer runs on the calling thread itself, whose interrupt flag its deadline watches. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anInterruptBeforeTheSolveStillGivesACut() {
        MaxCutInstance graph = EarlyStops.largeGraph();
        Thread.currentThread().interrupt();
        try {
            SolveResult<Cut> result = SOLVER.solve(graph, SolveOptions.withTimeLimit(EarlyStops.LONG_LIMIT)
                    .threads(1));

            EarlyStops.assertValidCut(graph, result);
            assertThat(result.statistics().get("runs").longValue()).isEqualTo(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "ising.sweeps=0", "ising.sweeps=many", "ising.restarts=-1", "ising.beta-start=0", "ising.beta-end=Infinity",
            "ising.tempering=yes", "ising.tempering-replicas=1", "ising.replicas=-2"})
    void anInvalidParameterIsRejectedNamingItsKey(String key, String value) {
        SolveOptions options = SolveOptions.DEFAULT.parameters(Map.of(key, value));

        assertThatThrownBy(() -> SOLVER.solve(SmallGraphs.random(8, 0.5, 1), options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key);
    }
}
