package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TabuMemoryTest {

    private final OperationIndex index = new OperationIndex(RandomShops.instance(new SplittableRandom(41), 4, 3,
            false));
    private final int a = opOnMachine(0, 0);
    private final int b = opOnMachine(0, 1);

    @Test
    void forbidsTheArcUntilItsExpiry() {
        TabuMemory tabu = new TabuMemory(index);
        tabu.forbid(a, b, 10);
        assertThat(tabu.isForbidden(a, b, 9)).isTrue();
        assertThat(tabu.isForbidden(a, b, 10)).isFalse();
        assertThat(tabu.expiry(a, b)).isEqualTo(10);
    }

    @Test
    void keepsTheTwoDirectionsOfAPairApart() {
        TabuMemory tabu = new TabuMemory(index);
        tabu.forbid(a, b, 10);
        assertThat(tabu.isForbidden(b, a, 0)).isFalse();
    }

    @Test
    void clearForgetsEveryProhibition() {
        TabuMemory tabu = new TabuMemory(index);
        tabu.forbid(a, b, 10);
        tabu.clear();
        assertThat(tabu.isForbidden(a, b, 0)).isFalse();
    }

    private int opOnMachine(int machine, int rank) {
        int seen = 0;
        for (int op = 0; op < index.operationCount; op++) {
            if (index.machine[op] == machine && seen++ == rank) {
                return op;
            }
        }
        throw new AssertionError("machine " + machine + " has fewer than " + (rank + 1) + " operations");
    }
}
