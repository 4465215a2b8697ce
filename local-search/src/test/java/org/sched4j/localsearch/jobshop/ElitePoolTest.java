package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElitePoolTest {

    @Test
    void keepsDistinctSolutionsUpToItsCapacity() {
        ElitePool pool = new ElitePool(2);
        assertThat(pool.offer(new int[] {0, 1}, 10)).isTrue();
        assertThat(pool.offer(new int[] {0, 1}, 10)).as("a duplicate").isFalse();
        assertThat(pool.offer(new int[] {1, 0}, 12)).isTrue();
        assertThat(pool.size()).isEqualTo(2);
    }

    @Test
    void aBetterSolutionReplacesTheWorst() {
        ElitePool pool = new ElitePool(2);
        pool.offer(new int[] {0, 1, 2}, 10);
        pool.offer(new int[] {1, 0, 2}, 12);
        assertThat(pool.offer(new int[] {2, 1, 0}, 12)).as("no better than the worst").isFalse();
        assertThat(pool.offer(new int[] {2, 1, 0}, 11)).isTrue();
        assertThat(pool.size()).isEqualTo(2);
        assertThat(pool.makespan(0) + pool.makespan(1)).as("10 and 11 kept, 12 replaced").isEqualTo(21);
    }

    @Test
    void keepsItsOwnCopy() {
        ElitePool pool = new ElitePool(1);
        int[] sequence = {0, 1};
        pool.offer(sequence, 5);
        sequence[0] = 1;
        assertThat(pool.sequence(0)).containsExactly(0, 1);
    }
}
