package org.sched4j.cpmodels.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopInstance;

class HeadsAndTailsTest {

    @Test
    void headsSumTheDurationsBeforeAndTailsTheDurationsAfter() {
        HeadsAndTails headsAndTails = HeadsAndTails.of(TestInstances.zeroDurationShop());

        assertThat(headsAndTails.head(1, 0)).isZero();
        assertThat(headsAndTails.head(1, 2)).isEqualTo(2);
        assertThat(headsAndTails.tail(1, 0)).isEqualTo(3);
        assertThat(headsAndTails.tail(1, 1)).isEqualTo(3);
        assertThat(headsAndTails.tail(0, 1)).isZero();
    }

    @Test
    void lowerBoundAddsTheSmallestHeadAndTailToAMachinesLoad() {
        // Machine 0 carries 4 and is followed by at least 1 unit of work: 5, above the trivial bound 4.
        JobShopInstance instance = JobShopInstance.of("two-flows", 2,
                new int[][] {{0, 1}, {0, 1}}, new int[][] {{2, 1}, {2, 1}});

        assertThat(instance.trivialLowerBound()).isEqualTo(4);
        assertThat(HeadsAndTails.of(instance).lowerBound()).isEqualTo(5);
    }

    @Test
    void lowerBoundIsNeverBelowTheLongestJob() {
        JobShopInstance instance = JobShopInstance.of("one-job", 3, new int[][] {{0, 1, 2}}, new int[][] {{2, 3, 4}});

        assertThat(HeadsAndTails.of(instance).lowerBound()).isEqualTo(9);
    }
}
