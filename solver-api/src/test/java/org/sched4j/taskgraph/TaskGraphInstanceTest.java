package org.sched4j.taskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskGraphInstanceTest {

    private static final double[][] THREE_BY_TWO = {{2, 3}, {4, 1}, {5, 5}};

    @Test
    void rejectsCyclicPrecedenceNamingTheCycle() {
        List<DataEdge> edges = List.of(new DataEdge(0, 1, 1), new DataEdge(1, 2, 1), new DataEdge(2, 1, 1));
        assertThatThrownBy(() -> TaskGraphInstance.of("cyclic", THREE_BY_TWO, edges))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("the precedences contain the cycle T(1 -> T2 -> T1|2 -> T1 -> T2)");
    }

    @Test
    void rejectsTaskThatCanRunNowhere() {
        double[][] costs = {{2, 3}, {TaskGraphInstance.CANNOT_RUN, TaskGraphInstance.CANNOT_RUN}};
        assertThatThrownBy(() -> TaskGraphInstance.of("nowhere", costs, List.of()))
                .hasMessage("task T1 cannot run on any processor");
    }

    @Test
    void rejectsDuplicateEdgeAndUnknownTask() {
        assertThatThrownBy(() -> TaskGraphInstance.of("twice", THREE_BY_TWO,
                List.of(new DataEdge(0, 1, 1), new DataEdge(0, 1, 2)))).hasMessage("edge 0->1 is given twice");
        assertThatThrownBy(() -> TaskGraphInstance.of("unknown", THREE_BY_TWO, List.of(new DataEdge(0, 3, 1))))
                .hasMessage("edge 0->3 names a task beyond 0..2");
    }

    @Test
    void communicationIsFreeOnOneProcessorAndLatencyPlusVolumeOverBandwidthBetweenTwo() {
        ProcessorNetwork network = ProcessorNetwork.of(new double[][] {{0, 2}, {4, 0}}, new double[][] {{0, 1}, {3, 0}});
        TaskGraphInstance instance = new TaskGraphInstance("net", List.of("a", "b"), List.of("cpu", "gpu"),
                new double[][] {{1, 1}, {1, 1}}, List.of(new DataEdge(0, 1, 8)), network);
        DataEdge edge = instance.edges().getFirst();
        assertThat(instance.communication(edge, 0, 0)).isZero();
        assertThat(instance.communication(edge, 0, 1)).isEqualTo(1 + 8 / 2.0);
        assertThat(instance.communication(edge, 1, 0)).isEqualTo(3 + 8 / 4.0);
        assertThat(instance.meanCommunication(edge)).isEqualTo(2 + 8 / 3.0);
    }

    @Test
    void topologicalOrderPutsPredecessorsFirst() {
        TaskGraphInstance instance = TaskGraphInstance.of("chain", THREE_BY_TWO,
                List.of(new DataEdge(2, 0, 1), new DataEdge(0, 1, 1)));
        assertThat(instance.topologicalOrder()).containsExactly(2, 0, 1);
    }
}
