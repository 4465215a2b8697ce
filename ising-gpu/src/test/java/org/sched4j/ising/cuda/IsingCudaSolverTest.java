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
import org.sched4j.ising.SmallGraphs;
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
}
