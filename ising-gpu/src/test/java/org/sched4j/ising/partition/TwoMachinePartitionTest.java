package org.sched4j.ising.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.maxcut.Cut;
import org.sched4j.maxcut.MaxCutEvaluator;
import org.sched4j.maxcut.MaxCutInstance;

class TwoMachinePartitionTest {

    @Test
    void theCutWeightIsTheProductOfTheLoads() {
        int[] times = {3, 1, 4, 1, 5};
        MaxCutInstance graph = TwoMachinePartition.toMaxCut("p", times);
        Cut cut = Cut.of(new boolean[] {true, false, true, false, false});

        assertThat(MaxCutEvaluator.cutWeight(graph, cut)).isEqualTo(7L * 7);
        assertThat(TwoMachinePartition.scheduleOf(times, cut).makespan()).isEqualTo(7);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theAnnealerBalancesAPerfectlyDivisibleSet() {
        int[] times = {8, 7, 6, 5, 4, 3, 2, 1, 9, 11, 13, 17};

        TwoMachinePartition.Schedule schedule = TwoMachinePartition.solve(times, SolveOptions.withTimeLimit(
                Duration.ofSeconds(5)).threads(1).parameters(Map.of("ising.sweeps", "500", "ising.restarts", "4")));

        assertThat(schedule.makespan()).isEqualTo(43);
    }

    @Test
    void rejectsTimesWhoseProductsOverflow() {
        assertThatThrownBy(() -> TwoMachinePartition.toMaxCut("p", new int[] {1, 50_000}))
                .hasMessageContaining("must be from 1 to 46340");
    }
}
