package org.sched4j.ising.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.instances.maxcut.MaxCutGenerators;
import org.sched4j.ising.EarlyStops;
import org.sched4j.ising.SmallGraphs;
import org.sched4j.ising.cpu.IsingCpuSolver;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;

/** The GPU annealer on a machine with a GPU; skipped elsewhere. */
@EnabledIf("gpuPresent")
class IsingCudaSolverTest {

    static boolean gpuPresent() {
        return CudaAvailability.driver().isPresent();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void findsTheMaximumCutOfSmallGraphsOnTheGpu() {
        for (long seed = 1; seed <= 3; seed++) {
            MaxCutInstance graph = SmallGraphs.random(18, 0.4, seed);

            SolveResult<Cut> result = new IsingCudaSolver().solve(graph, SolveOptions.withTimeLimit(
                    Duration.ofSeconds(10)).parameters(Map.of("ising.sweeps", "500", "ising.restarts", "1")));

            assertThat(result.isValid()).isTrue();
            assertThat(result.statistics().get("gpu")).isEqualTo(1);
            assertThat((long) result.objective()).isEqualTo(SmallGraphs.maximumCut(graph));
        }
    }

    /** 250,000 spins do not fit in a block's shared memory: the kernel reads and writes them in global memory. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void annealsAGraphTooLargeForSharedMemoryAsWellAsTheCpu() {
        MaxCutInstance grid = MaxCutGenerators.toroidalGrid("torus-500x500", 500, 500, 1);
        SolveOptions options = SolveOptions.withTimeLimit(Duration.ofSeconds(60)).threads(1)
                .parameters(Map.of("ising.sweeps", "200", "ising.restarts", "1"));

        SolveResult<Cut> gpu = new IsingCudaSolver().solve(grid, options);
        SolveResult<Cut> cpu = new IsingCpuSolver().solve(grid, options);

        assertThat(gpu.isValid()).isTrue();
        assertThat(gpu.statistics().get("gpu")).isEqualTo(1);
        assertThat(gpu.objective()).isGreaterThanOrEqualTo(0.99 * cpu.objective());
    }

    /** Stopped after its first cut, the GPU annealer returns between launches, without polishing the run cut short. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void terminateEarlyReturnsTheBestCutBetweenLaunches() throws InterruptedException {
        SolveResult<Cut> result = EarlyStops.stopAfterFirstImprovement(new IsingCudaSolver(), EarlyStops.largeGraph(),
                SolveOptions.DEFAULT);

        assertThat(result.statistics().get("gpu")).isEqualTo(1);
    }
}
