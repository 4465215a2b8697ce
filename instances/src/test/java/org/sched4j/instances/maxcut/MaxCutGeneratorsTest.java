package org.sched4j.instances.maxcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sched4j.instances.maxcut.MaxCutGenerators.Weights;
import org.sched4j.maxcut.MaxCutInstance;

class MaxCutGeneratorsTest {

    @Test
    void randomGraphsAreReproducibleAndHaveAboutPTimesThePairs() {
        MaxCutInstance graph = MaxCutGenerators.randomGraph("r", 200, 0.1, Weights.UNIT, 3);

        assertThat(MaxCutGenerators.randomGraph("r", 200, 0.1, Weights.UNIT, 3)).isEqualTo(graph);
        assertThat(graph.edgeCount()).isBetween(1800, 2180);
        assertThat(graph.totalWeight()).isEqualTo(graph.edgeCount());
    }

    @Test
    void toroidalGridsGiveEveryVertexTwoNeighboursPerDimension() {
        MaxCutInstance plane = MaxCutGenerators.toroidalGrid("t2", 4, 5, 1);
        MaxCutInstance cube = MaxCutGenerators.toroidalGrid("t3", 3, 4, 5, 1);

        assertThat(plane.edgeCount()).isEqualTo(2 * 20);
        assertThat(cube.edgeCount()).isEqualTo(3 * 60);
        for (int v = 0; v < 60; v++) {
            assertThat(cube.degree(v)).isEqualTo(6);
        }
        for (int e = 0; e < plane.edgeCount(); e++) {
            assertThat(Math.abs(plane.edgeWeight(e))).isEqualTo(1);
        }
        assertThatThrownBy(() -> MaxCutGenerators.toroidalGrid("t", 2, 5, 1))
                .hasMessageContaining("at least 3");
    }

    @Test
    void planarLikeGraphsJoinEachPointToItsNearestNeighbours() {
        MaxCutInstance graph = MaxCutGenerators.planarLike("p", 300, 3, Weights.PLUS_MINUS_ONE, 5);

        assertThat(graph.edgeCount()).isBetween(450, 900);
        for (int v = 0; v < 300; v++) {
            assertThat(graph.degree(v)).isGreaterThanOrEqualTo(3);
        }
    }
}
