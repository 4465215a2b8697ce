package org.sched4j.cpmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    @Test
    void keepsAReserveOfAtMostOneHundredMillisecondsFromTheEngine() {
        Duration remaining = TimeBudget.startingNow(Duration.ofSeconds(10)).remainingForEngine();

        assertThat(remaining).isLessThanOrEqualTo(Duration.ofMillis(9900)).isGreaterThan(Duration.ofMillis(9000));
    }

    @Test
    void keepsAFivepercentReserveOfShortLimits() {
        Duration remaining = TimeBudget.startingNow(Duration.ofSeconds(1)).remainingForEngine();

        assertThat(remaining).isLessThanOrEqualTo(Duration.ofMillis(950)).isGreaterThan(Duration.ofMillis(500));
    }

    @Test
    void leavesNothingOnceTheLimitIsSpent() throws InterruptedException {
        TimeBudget budget = TimeBudget.startingNow(Duration.ofMillis(1));
        Thread.sleep(5);

        assertThat(budget.remainingForEngine()).isEqualTo(Duration.ZERO);
        assertThat(budget.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(5));
    }
}
