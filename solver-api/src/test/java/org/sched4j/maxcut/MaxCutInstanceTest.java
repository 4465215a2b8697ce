package org.sched4j.maxcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sched4j.api.Evaluation;

class MaxCutInstanceTest {

    /** A triangle 0-1-2 with weights 1, 2, 3 and a pendant edge 2-3 of weight -1. */
    static final MaxCutInstance TRIANGLE = MaxCutInstance.of("triangle", 4,
            new int[] {0, 1, 2, 3}, new int[] {1, 2, 0, 2}, new int[] {1, 2, 3, -1});

    @Test
    void buildsASortedSymmetricAdjacency() {
        assertThat(TRIANGLE.adjacencyOffsets()).containsExactly(0, 2, 4, 7, 8);
        assertThat(TRIANGLE.adjacency()).containsExactly(1, 2, 0, 2, 0, 1, 3, 2);
        assertThat(TRIANGLE.adjacencyWeights()).containsExactly(1, 3, 1, 2, 3, 2, -1, -1);
        assertThat(TRIANGLE.edgeFrom(2)).isZero();
        assertThat(TRIANGLE.edgeTo(2)).isEqualTo(2);
        assertThat(TRIANGLE.totalWeight()).isEqualTo(5);
        assertThat(TRIANGLE.degree(2)).isEqualTo(3);
    }

    @Test
    void rejectsSelfLoopsOutOfRangeEndpointsAndRepeatedEdges() {
        assertThatThrownBy(() -> MaxCutInstance.of("x", 3, new int[] {1}, new int[] {1}, new int[] {1}))
                .hasMessage("edge 0 is a self-loop at vertex 1");
        assertThatThrownBy(() -> MaxCutInstance.of("x", 3, new int[] {0}, new int[] {3}, new int[] {1}))
                .hasMessage("edge 0 (0,3) has an endpoint outside 0..2");
        assertThatThrownBy(() -> MaxCutInstance.of("x", 3, new int[] {0, 2}, new int[] {2, 0}, new int[] {1, 1}))
                .hasMessage("the edge (0,2) is given twice");
    }

    @Test
    void evaluatorSumsTheWeightsOfTheEdgesBetweenTheSides() {
        Evaluation evaluation = MaxCutProblem.TYPE.evaluate(TRIANGLE, Cut.of(new boolean[] {true, false, false, true}));

        assertThat(evaluation.isFeasible()).isTrue();
        assertThat(evaluation.objective()).isEqualTo(1 + 3 - 1);
    }

    @Test
    void evaluatorRejectsACutOfTheWrongSize() {
        Evaluation evaluation = MaxCutProblem.TYPE.evaluate(TRIANGLE, Cut.of(new boolean[3]));

        assertThat(evaluation.violations()).containsExactly("the cut has sides for 3 vertices but the graph has 4");
    }

    @Test
    void cutsConvertToAndFromSpins() {
        Cut cut = Cut.ofSpins(new byte[] {1, -1, -1, 1});

        assertThat(cut.sides()).containsExactly(true, false, false, true);
        assertThat(cut.spins()).containsExactly(1, -1, -1, 1);
        assertThatThrownBy(() -> Cut.ofSpins(new byte[] {0})).hasMessage("spin 0 must be +1 or -1, got 0");
    }
}
