package org.sched4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ObjectiveSenseTest {

    @Test
    void gapIsPositiveWhenWorseThanTheBestKnown() {
        assertThat(ObjectiveSense.MINIMIZE.gapPercent(1100, 1000)).isCloseTo(10.0, within(1e-9));
        assertThat(ObjectiveSense.MAXIMIZE.gapPercent(900, 1000)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void gapIsNegativeForANewRecord() {
        assertThat(ObjectiveSense.MINIMIZE.gapPercent(990, 1000)).isCloseTo(-1.0, within(1e-9));
        assertThat(ObjectiveSense.MAXIMIZE.gapPercent(1010, 1000)).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void gapIsUndefinedWithoutABestKnownValue() {
        assertThat(ObjectiveSense.MINIMIZE.gapPercent(5, Double.NaN)).isNaN();
        assertThat(ObjectiveSense.MINIMIZE.gapPercent(5, 0)).isNaN();
    }

    @Test
    void betterFollowsTheSense() {
        assertThat(ObjectiveSense.MINIMIZE.isBetter(1, 2)).isTrue();
        assertThat(ObjectiveSense.MAXIMIZE.isBetter(1, 2)).isFalse();
        assertThat(ObjectiveSense.MINIMIZE.isBetter(2, 2)).isFalse();
    }
}
