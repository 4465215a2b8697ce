package org.sched4j.instances.taskgraph;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;

/**
 * Task graphs for the tests of every module (published in the {@code sched4j-instances} test jar): the example of
 * Topcuoglu, Hariri &amp; Wu (2002, Fig. 2) written out, and the files under {@code src-test-data/taskgraph/}.
 */
public final class TaskGraphFixtures {

    /** The published HEFT makespan of the paper's example. */
    public static final double PAPER_HEFT_MAKESPAN = 80;

    /** The published CPOP makespan of the paper's example. */
    public static final double PAPER_CPOP_MAKESPAN = 86;

    /** The published upward ranks of the paper's example, tasks 1 to 10. */
    public static final double[] PAPER_UPWARD_RANKS = {108, 77, 80, 80, 69, 63.33, 42.67, 35.67, 44.33, 14.67};

    private static final double[][] PAPER_COSTS = {{14, 16, 9}, {13, 19, 18}, {11, 13, 19}, {13, 8, 17},
        {12, 13, 10}, {13, 16, 9}, {7, 15, 11}, {5, 11, 14}, {18, 12, 20}, {21, 7, 16}};

    private static final int[][] PAPER_EDGES = {{0, 1, 18}, {0, 2, 12}, {0, 3, 9}, {0, 4, 11}, {0, 5, 14},
        {1, 7, 19}, {1, 8, 16}, {2, 6, 23}, {3, 7, 27}, {3, 8, 23}, {4, 8, 13}, {5, 7, 15}, {6, 9, 17}, {7, 9, 11},
        {8, 9, 13}};

    private TaskGraphFixtures() {
    }

    /** The 10-task, 3-processor example of the HEFT paper (tasks T0..T9 for the paper's n1..n10). */
    public static TaskGraphInstance paperExample() {
        List<DataEdge> edges = new ArrayList<>();
        for (int[] edge : PAPER_EDGES) {
            edges.add(new DataEdge(edge[0], edge[1], edge[2]));
        }
        return TaskGraphInstance.of("heft-paper-example", PAPER_COSTS, edges);
    }

    /** A file under {@code src-test-data/taskgraph/} of the project. */
    public static Path testData(String name) {
        String root = System.getenv("SCHED4J_PROJECT_ROOT");
        assumeTrue(root != null && !root.isBlank(), "SCHED4J_PROJECT_ROOT is not set; run the tests with Maven");
        Path file = Path.of(root, "src-test-data", "taskgraph", name);
        if (!Files.exists(file)) {
            fail("test data file missing: " + file);
        }
        return file;
    }
}
