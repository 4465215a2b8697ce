package org.sched4j.portfolio.maxcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.ising.SmallGraphs;
import org.sched4j.ising.cuda.CudaAvailability;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutInstance;

/** {@code ising} (and max-cut's {@code auto}): the GPU where one can be used, else the CPU annealer, saying which. */
class IsingSolverTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void isingFallsBackToTheCpuAndSaysSo() {
        assumeTrue(CudaAvailability.driver().isEmpty(), "a GPU is present; the fallback is not exercised");
        ByteArrayOutputStream notes = new ByteArrayOutputStream();
        IsingSolver solver = new IsingSolver("ising", new PrintStream(notes, true, StandardCharsets.UTF_8));
        MaxCutInstance graph = SmallGraphs.random(14, 0.5, 3);

        SolveResult<Cut> result = solver.solve(graph, SolveOptions.withTimeLimit(Duration.ofMillis(500)).threads(2)
                .log(true));

        assertThat(result.isValid()).isTrue();
        assertThat(result.solverId()).isEqualTo("ising");
        assertThat(result.statistics().get("gpu")).isEqualTo(0);
        assertThat((long) result.objective()).isEqualTo(SmallGraphs.maximumCut(graph));
        assertThat(notes.toString(StandardCharsets.UTF_8))
                .startsWith("ising: no usable GPU (")
                .contains("annealing on 2 CPU threads");
    }

}
