package org.sched4j.cli.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NiceTicksTest {

    @ParameterizedTest
    @CsvSource({"1231, 12, 100", "6036, 12, 500", "55, 12, 5", "7, 12, 1", "0, 12, 1", "1, 12, 1", "250, 12, 20"})
    void choosesOneTwoOrFiveTimesAPowerOfTen(long max, int target, long step) {
        assertThat(NiceTicks.step(max, target)).isEqualTo(step);
    }

    @Test
    void startsAtZeroAndStopsAtTheMaximum() {
        assertThat(NiceTicks.ticks(1231, 12)).first().isEqualTo(0L);
        assertThat(NiceTicks.ticks(1231, 12)).last().isEqualTo(1200L);
        assertThat(NiceTicks.ticks(1200, 12)).last().isEqualTo(1200L);
    }
}
