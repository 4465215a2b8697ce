package org.sched4j.instances.taillard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.Operation;

class TaillardGeneratorTest {

    @Test
    void generatesTheFirstJobOfTa01AsPublished() {
        JobShopInstance ta01 = TaillardGenerator.generate("ta01", 15, 15, 840612802L, 398197754L);

        List<Integer> firstJob = new ArrayList<>();
        for (Operation operation : ta01.job(0).operations()) {
            firstJob.add(operation.machine());
            firstJob.add(operation.duration());
        }
        assertThat(firstJob).containsExactly(6, 94, 12, 66, 4, 10, 7, 53, 3, 26, 2, 15, 10, 65, 11, 82, 8, 10, 14, 27,
                9, 93, 13, 92, 5, 96, 0, 70, 1, 83);
        assertThat(ta01.name()).isEqualTo("ta01");
        assertThat(ta01.jobCount()).isEqualTo(15);
    }

    @Test
    void visitsEveryMachineOnceWithDurationsFrom1To99() {
        JobShopInstance instance = TaillardGenerator.generate("big", 30, 20, 1L, 2147483646L);

        for (int[] machines : instance.machineMatrix()) {
            assertThat(machines).containsExactlyInAnyOrder(range(20));
        }
        for (int[] durations : instance.durationMatrix()) {
            assertThat(IntStream.of(durations).min().orElseThrow()).isGreaterThanOrEqualTo(1);
            assertThat(IntStream.of(durations).max().orElseThrow()).isLessThanOrEqualTo(99);
        }
    }

    @Test
    void rejectsSeedsOutsideTheGeneratorsRange() {
        assertThatThrownBy(() -> TaillardGenerator.generate("x", 2, 2, 0L, 5L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeSeed");
        assertThatThrownBy(() -> TaillardGenerator.generate("x", 2, 2, 5L, 2147483647L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("machineSeed");
        assertThatThrownBy(() -> TaillardGenerator.generate("x", 0, 2, 5L, 5L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobs");
    }

    private static int[] range(int size) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = i;
        }
        return values;
    }
}
