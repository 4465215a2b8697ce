package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InsertionEstimatorTest {

    /**
     * Taillard's estimate of swapping two adjacent critical operations is the exact length of the longest path
     * through them after the swap: a lower bound on the new makespan, equal to it whenever it is not below the old
     * makespan (the paths avoiding both operations keep their lengths).
     */
    @Test
    void swapEstimateIsALowerBoundAndExactWhenNotBelowTheOldMakespan() {
        SplittableRandom random = new SplittableRandom(31);
        int exactCases = 0;
        int strictCases = 0;
        for (int trial = 0; trial < 300; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 3 + random.nextInt(6),
                    2 + random.nextInt(4), false));
            int[] orders = RandomShops.randomOrders(index, random);
            DisjunctiveGraph graph = new DisjunctiveGraph(index, orders);
            InsertionEstimator estimator = new InsertionEstimator(index);
            CriticalPath critical = new CriticalPath(index.operationCount);
            critical.find(graph);
            for (int b = 0; b < critical.blockCount; b++) {
                for (int p = critical.blockFirst[b]; p < critical.blockLast[b]; p++) {
                    graph.load(orders);
                    int oldMakespan = graph.makespan();
                    int u = graph.sequence[p];
                    int v = graph.sequence[p + 1];
                    assertThat(InsertionEstimator.forwardIsFeasible(graph, u, v)).isTrue();
                    int estimate = estimator.forward(graph, p, p + 1);
                    assertThat(estimator.backward(graph, p + 1, p)).isEqualTo(estimate);
                    assertThat(graph.moveAfter(u, v)).isTrue();
                    assertThat(estimate).isLessThanOrEqualTo(graph.makespan());
                    if (estimate >= oldMakespan) {
                        assertThat(estimate).isEqualTo(graph.makespan());
                        exactCases++;
                    } else {
                        strictCases += estimate < graph.makespan() ? 1 : 0;
                    }
                }
            }
        }
        assertThat(exactCases).isPositive();
        assertThat(strictCases).as("swaps whose estimate undercuts the new makespan").isPositive();
    }

    /** The Balas–Vazacopoulos conditions never accept a move that creates a cycle, zero durations included. */
    @Test
    void acceptedMovesNeverCreateACycle() {
        SplittableRandom random = new SplittableRandom(32);
        int accepted = 0;
        int rejected = 0;
        for (int trial = 0; trial < 300; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 2 + random.nextInt(6),
                    1 + random.nextInt(4), trial % 2 == 0));
            int[] orders = RandomShops.randomOrders(index, random);
            DisjunctiveGraph graph = new DisjunctiveGraph(index, orders);
            for (int m = 0; m < index.machineCount; m++) {
                for (int i = index.machineStart[m]; i < index.machineStart[m + 1]; i++) {
                    for (int j = i + 1; j < index.machineStart[m + 1]; j++) {
                        for (boolean forward : new boolean[] {true, false}) {
                            graph.load(orders);
                            int u = graph.sequence[i];
                            int v = graph.sequence[j];
                            boolean feasible = forward ? InsertionEstimator.forwardIsFeasible(graph, u, v)
                                    : InsertionEstimator.backwardIsFeasible(graph, v, u);
                            if (!feasible) {
                                rejected++;
                                continue;
                            }
                            accepted++;
                            assertThat(forward ? graph.moveAfter(u, v) : graph.moveBefore(v, u)).isTrue();
                            assertThat(RandomShops.hasCycle(index.operationCount,
                                    RandomShops.arcs(index, graph.sequence))).as("trial %d", trial).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(accepted).isPositive();
        assertThat(rejected).isPositive();
    }
}
