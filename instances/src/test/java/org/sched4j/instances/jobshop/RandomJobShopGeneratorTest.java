package org.sched4j.instances.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;

class RandomJobShopGeneratorTest {

    @Test
    void givesTheSameInstanceForTheSameSeed() {
        JobShopInstance first = RandomJobShopGenerator.generate("r", 10, 5, 1, 99, 7);
        JobShopInstance second = RandomJobShopGenerator.generate("r", 10, 5, 1, 99, 7);

        assertThat(second).isEqualTo(first);
        assertThat(RandomJobShopGenerator.generate("r", 10, 5, 1, 99, 8)).isNotEqualTo(first);
    }

    @Test
    void visitsEveryMachineOncePerJobWithDurationsInRange() {
        JobShopInstance instance = RandomJobShopGenerator.generate("r", 50, 8, 3, 6, 11);

        assertThat(instance.name()).isEqualTo("r");
        assertThat(instance.jobCount()).isEqualTo(50);
        assertThat(instance.machineCount()).isEqualTo(8);
        for (int[] machines : instance.machineMatrix()) {
            assertThat(machines).containsExactlyInAnyOrder(IntStream.range(0, 8).toArray());
        }
        int[] durations = IntStream.range(0, 50).flatMap(j -> IntStream.of(instance.durationMatrix()[j])).toArray();
        assertThat(IntStream.of(durations).min().orElseThrow()).isEqualTo(3);
        assertThat(IntStream.of(durations).max().orElseThrow()).isEqualTo(6);
    }

    @Test
    void usesMoreThanOneMachineOrder() {
        JobShopInstance instance = RandomJobShopGenerator.generate("r", 20, 6, 1, 9, 3);

        assertThat(Stream.of(instance.machineMatrix()).map(Arrays::toString).toList()).doesNotHaveDuplicates();
    }

    @Test
    void allowsEqualMinimumAndMaximumDuration() {
        JobShopInstance instance = RandomJobShopGenerator.generate("flat", 3, 3, 0, 0, 1);

        assertThat(instance.totalDuration()).isZero();
    }

    @Test
    void rejectsArgumentsOutOfRangeNamingThem() {
        assertThatThrownBy(() -> RandomJobShopGenerator.generate("r", 0, 3, 1, 9, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("jobs must be at least 1, got 0");
        assertThatThrownBy(() -> RandomJobShopGenerator.generate("r", 3, 0, 1, 9, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("machines");
        assertThatThrownBy(() -> RandomJobShopGenerator.generate("r", 3, 3, -1, 9, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minDuration");
        assertThatThrownBy(() -> RandomJobShopGenerator.generate("r", 3, 3, 5, 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDuration");
    }
}
