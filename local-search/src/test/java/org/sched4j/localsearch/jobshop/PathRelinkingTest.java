package org.sched4j.localsearch.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PathRelinkingTest {

    @Test
    void relinkingAllTheWayReachesTheGuidingSolution() {
        SplittableRandom random = new SplittableRandom(51);
        for (int trial = 0; trial < 100; trial++) {
            OperationIndex index = new OperationIndex(RandomShops.instance(random, 3 + random.nextInt(6),
                    1 + random.nextInt(4), trial % 2 == 0));
            int[] guiding = RandomShops.randomOrders(index, random);
            DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
            PathRelinking relinking = new PathRelinking(index);
            relinking.relink(graph, guiding, 1.0, Integer.MAX_VALUE, random);
            assertThat(graph.sequence).as("trial %d", trial).isEqualTo(guiding);
        }
    }

    @Test
    void relinkingPartOfTheWayCoversThatShareOfTheDistance() {
        SplittableRandom random = new SplittableRandom(52);
        OperationIndex index = new OperationIndex(RandomShops.instance(random, 8, 4, false));
        int[] guiding = RandomShops.randomOrders(index, random);
        DisjunctiveGraph graph = new DisjunctiveGraph(index, RandomShops.randomOrders(index, random));
        PathRelinking relinking = new PathRelinking(index);
        relinking.relink(graph, guiding, 1.0, 0, random);
        long distance = relinking.distance(graph);

        int swaps = relinking.relink(graph, guiding, 0.5, Integer.MAX_VALUE, random);

        assertThat(swaps).isEqualTo(Math.round(distance * 0.5));
        assertThat(relinking.distance(graph)).isEqualTo(distance - swaps);
        assertThat(graph.recompute()).isTrue();
    }
}
