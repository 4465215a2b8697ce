package org.sched4j.ising.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
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

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void honoursTheTimeLimitAndComesCloseToTheBestKnownCutOfG22() {
        MaxCutInstance g22 = MaxCutTestFiles.gset("G22");

        SolveResult<Cut> result = SOLVER.solve(g22, SolveOptions.withTimeLimit(Duration.ofSeconds(1)).threads(2));

        assertThat(result.wallTime()).isLessThan(Duration.ofMillis(1500));
        assertThat(result.isValid()).isTrue();
        assertThat(result.objective()).isGreaterThan(13359 * 0.99);
    }
}
