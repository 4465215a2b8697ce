package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.jobshop.JobShopProblem;

class DisjunctiveGraphTest {

    @Test
    void headsAndTailsEqualBruteForceLongestPaths() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 2 + random.nextInt(6),
                    1 + random.nextInt(5), trial % 2 == 0));
            DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
            List<int[]> arcs = RandomShops.arcs(index, graph.sequence);
            int[] heads = RandomShops.longestPaths(index, arcs, true);
            int[] tails = RandomShops.longestPaths(index, arcs, false);
            int makespan = 0;
            for (int op = 0; op < index.operationCount; op++) {
                assertThat(graph.head[op]).as("head of %d in trial %d", op, trial).isEqualTo(heads[op]);
                assertThat(graph.tail[op]).as("tail of %d in trial %d", op, trial).isEqualTo(tails[op]);
                makespan = Math.max(makespan, heads[op] + index.duration[op]);
            }
            assertThat(graph.makespan()).isEqualTo(makespan);
        }
    }

    @Test
    void semiActiveScheduleIsFeasibleWithTheGraphsMakespan() {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 100; trial++) {
            JobShopInstance instance = RandomShops.instance(random, 2 + random.nextInt(6), 1 + random.nextInt(5),
                    trial % 2 == 0);
            OperationIndex index = new OperationIndex(instance);
            DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
            JobShopSchedule schedule = ScheduleConversion.schedule(graph);
            Evaluation evaluation = JobShopProblem.TYPE.evaluate(instance, schedule);
            assertThat(evaluation.isFeasible()).as(evaluation.summary()).isTrue();
            assertThat(evaluation.objective()).isEqualTo(graph.makespan());
            DisjunctiveGraph reread = new DisjunctiveGraph(index, ScheduleConversion.machineSequence(index, schedule));
            assertThat(reread.makespan()).isEqualTo(graph.makespan());
        }
    }

    @Test
    void machineOrdersSurviveTheRoundTripThroughASchedule() {
        SplittableRandom random = new SplittableRandom(13);
        for (int trial = 0; trial < 100; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 6, 4, false));
            int[] orders = RandomShops.randomOrders(index, random);
            DisjunctiveGraph graph = new DisjunctiveGraph(index, orders);
            assertThat(ScheduleConversion.machineSequence(index, ScheduleConversion.schedule(graph))).isEqualTo(orders);
        }
    }

    @Test
    void movesReorderOneMachineAndKeepNeighboursConsistent() {
        // Five one-operation jobs on one machine: every order is acyclic.
        OperationIndex index = new OperationIndex(JobShopInstance.of("single", 1,
                new int[][] {{0}, {0}, {0}, {0}, {0}}, new int[][] {{1}, {2}, {3}, {4}, {5}}));
        DisjunctiveGraph graph = new DisjunctiveGraph(index, new int[] {3, 1, 4, 0, 2});
        int first = index.machineStart[0];
        int[] before = Arrays.copyOfRange(graph.sequence, first, first + 5);
        assertThat(graph.moveAfter(before[0], before[3])).isTrue();
        assertThat(Arrays.copyOfRange(graph.sequence, first, first + 5))
                .containsExactly(before[1], before[2], before[3], before[0], before[4]);
        assertThat(graph.moveBefore(before[0], before[1])).isTrue();
        assertThat(Arrays.copyOfRange(graph.sequence, first, first + 5)).containsExactly(before);
        for (int p = first; p < first + 5; p++) {
            int op = graph.sequence[p];
            assertThat(graph.position[op]).isEqualTo(p);
            assertThat(graph.machinePredecessor[op]).isEqualTo(p == first ? index.none() : graph.sequence[p - 1]);
            assertThat(graph.machineSuccessor[op]).isEqualTo(p == first + 4 ? index.none() : graph.sequence[p + 1]);
        }
        assertThat(graph.head[graph.sequence[4]]).isEqualTo(15 - index.duration[graph.sequence[4]]);
    }

    /** After any sequence of moves, the incrementally updated heads and tails equal those computed from scratch. */
    @Test
    void incrementalUpdatesAgreeWithRecomputingFromScratch() {
        SplittableRandom random = new SplittableRandom(16);
        int rejected = 0;
        for (int trial = 0; trial < 100; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 2 + random.nextInt(7),
                    1 + random.nextInt(5), trial % 2 == 0));
            DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
            DisjunctiveGraph fresh = new DisjunctiveGraph(index, graph.copySequence());
            for (int move = 0; move < 50; move++) {
                int m = random.nextInt(index.machineCount);
                if (index.machineLength(m) < 2) {
                    continue;
                }
                int i = index.machineStart[m] + random.nextInt(index.machineLength(m) - 1);
                int j = i + 1 + random.nextInt(index.machineStart[m + 1] - i - 1);
                int[] before = graph.copySequence();
                boolean forward = random.nextBoolean();
                int[] expected = moved(before, forward ? i : j, forward ? j : i);
                boolean made = forward ? graph.moveAfter(graph.sequence[i], graph.sequence[j])
                        : graph.moveBefore(graph.sequence[j], graph.sequence[i]);
                assertThat(made).isEqualTo(!RandomShops.hasCycle(index.operationCount,
                        RandomShops.arcs(index, expected)));
                assertThat(graph.sequence).isEqualTo(made ? expected : before);
                rejected += made ? 0 : 1;
                fresh.load(graph.sequence);
                assertThat(graph.head).as("heads in trial %d", trial).isEqualTo(fresh.head);
                assertThat(graph.tail).as("tails in trial %d", trial).isEqualTo(fresh.tail);
                assertThat(graph.makespan()).isEqualTo(fresh.makespan());
            }
        }
        assertThat(rejected).as("moves refused for closing a cycle").isPositive();
    }

    @Test
    void refusesAMoveThatClosesACycleAndStaysAsItWas() {
        JobShopInstance instance = JobShopInstance.of("crossed", 2, new int[][] {{0, 1}, {1, 0}},
                new int[][] {{1, 1}, {1, 1}});
        OperationIndex index = new OperationIndex(instance);
        int[] acyclic = {index.id(0, 0), index.id(1, 1), index.id(0, 1), index.id(1, 0)};
        DisjunctiveGraph graph = new DisjunctiveGraph(index, acyclic);
        int makespan = graph.makespan();
        // Job 1's second operation first on machine 0 closes the cycle (0,0) -> (0,1) -> (1,0) -> (1,1) -> (0,0).
        assertThat(graph.moveBefore(index.id(1, 1), index.id(0, 0))).isFalse();
        assertThat(graph.sequence).isEqualTo(acyclic);
        assertThat(graph.makespan()).isEqualTo(makespan);
    }

    @Test
    void rejectsCyclicMachineOrders() {
        JobShopInstance instance = JobShopInstance.of("crossed", 2, new int[][] {{0, 1}, {1, 0}},
                new int[][] {{1, 1}, {1, 1}});
        OperationIndex index = new OperationIndex(instance);
        // Machine 0: job 1's second operation first; machine 1: job 0's second operation first: a cycle.
        int[] cyclic = {index.id(1, 1), index.id(0, 0), index.id(0, 1), index.id(1, 0)};
        assertThatThrownBy(() -> new DisjunctiveGraph(index, cyclic)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    /** {@code sequence} with the entry at {@code from} moved to {@code to}, the ones between shifted. */
    private static int[] moved(int[] sequence, int from, int to) {
        List<Integer> list = new ArrayList<>(Arrays.stream(sequence).boxed().toList());
        list.add(to, list.remove(from));
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
