package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    @Test
    void pathIsAChainOfTightArcsFromTimeZeroToTheMakespan() {
        SplittableRandom random = new SplittableRandom(21);
        for (int trial = 0; trial < 200; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 2 + random.nextInt(6),
                    1 + random.nextInt(5), trial % 2 == 0));
            DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
            CriticalPath critical = new CriticalPath(index.operationCount);
            critical.find(graph);

            int first = critical.path[0];
            assertThat(graph.head[first]).isZero();
            int length = index.duration[first];
            for (int i = 1; i < critical.length; i++) {
                int previous = critical.path[i - 1];
                int current = critical.path[i];
                assertThat(current == index.jobSuccessor[previous] || current == graph.machineSuccessor[previous])
                        .as("arc %d -> %d", previous, current).isTrue();
                assertThat(graph.head[current]).isEqualTo(graph.head[previous] + index.duration[previous]);
                length += index.duration[current];
            }
            assertThat(length).isEqualTo(graph.makespan());
        }
    }

    @Test
    void blocksAreMaximalMachineRunsOfThePath() {
        SplittableRandom random = new SplittableRandom(22);
        for (int trial = 0; trial < 200; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 3 + random.nextInt(6), 3, false));
            DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
            CriticalPath critical = new CriticalPath(index.operationCount);
            critical.find(graph);

            int machineArcs = 0;
            for (int i = 1; i < critical.length; i++) {
                machineArcs += graph.machineSuccessor[critical.path[i - 1]] == critical.path[i] ? 1 : 0;
            }
            int blockArcs = 0;
            for (int b = 0; b < critical.blockCount; b++) {
                int first = critical.blockFirst[b];
                int last = critical.blockLast[b];
                assertThat(last).isGreaterThan(first);
                assertThat(index.machine[graph.sequence[first]]).isEqualTo(index.machine[graph.sequence[last]]);
                assertThat(graph.machinePredecessor[graph.sequence[first]])
                        .isNotEqualTo(critical.path[Math.max(0, indexOnPath(critical, graph.sequence[first]) - 1)]);
                blockArcs += last - first;
            }
            assertThat(blockArcs).isEqualTo(machineArcs);
        }
    }

    private static int indexOnPath(CriticalPath critical, int op) {
        for (int i = 0; i < critical.length; i++) {
            if (critical.path[i] == op) {
                return i;
            }
        }
        throw new AssertionError("operation " + op + " is not on the path");
    }
}
