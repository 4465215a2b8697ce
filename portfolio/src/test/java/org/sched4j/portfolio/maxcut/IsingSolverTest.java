package org.sched4j.portfolio.maxcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.ising.EarlyStops;
import org.sched4j.ising.SmallGraphs;
import org.sched4j.ising.cpu.CpuIsingAnnealer;
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

        SolveResult<Cut> result = solver.solve(graph, SolveOptions.withTimeLimit(Duration.ofSeconds(20)).threads(2)
                .parameters(Map.of("ising.sweeps", "300", "ising.restarts", "4")).log(true));

        assertThat(result.isValid()).isTrue();
        assertThat(result.solverId()).isEqualTo("ising");
        assertThat(result.statistics().get("gpu")).isEqualTo(0);
        assertThat((long) result.objective()).isEqualTo(SmallGraphs.maximumCut(graph));
        assertThat(notes.toString(StandardCharsets.UTF_8))
                .startsWith("ising: no usable GPU (")
                .contains("annealing on 2 CPU threads");
    }

    /** On the CPU here (on the GPU where there is one): stopped after its first cut, it returns the best at once. */
    @ParameterizedTest
    @ValueSource(strings = {"ising", "auto"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void terminateEarlyReturnsTheBestCutAndEndsEveryThread(String id) throws InterruptedException {
        IsingSolver solver = new IsingSolver(id, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        Set<Thread> before = EarlyStops.liveThreads();

        SolveResult<Cut> result = EarlyStops.stopAfterFirstImprovement(solver, EarlyStops.largeGraph(),
                SolveOptions.DEFAULT.threads(2).parameters(Map.of("ising.sweeps", "1000")));

        assertThat(result.solverId()).isEqualTo(id);
        assertThat(EarlyStops.survivors(before, CpuIsingAnnealer.THREAD_NAME_PREFIX)).isEmpty();
        assertThat(EarlyStops.survivors(before, "sched4j-solve-")).isEmpty();
    }
}
