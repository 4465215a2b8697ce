package org.sched4j.cli.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sched4j.api.ProblemType;
import org.sched4j.cli.bench.Suite;
import org.sched4j.cli.gantt.ChartCaption;
import org.sched4j.cli.gantt.TaskGraphGanttChart;
import org.sched4j.cli.run.BatchEntry;
import org.sched4j.instances.taskgraph.RandomTaskGraphSuite;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * Task graphs on the command line: sizes {@code 50 tasks x 4 processors}, Gantt charts per processor with transfer
 * arrows, solutions as processors and starts with SLR and speedup, and the suites {@code taskgraph-stg} and
 * {@code taskgraph-random}.
 */
public final class TaskGraphSupport implements ProblemSupport<TaskGraphInstance, TaskGraphSchedule> {

    /**
     * Kasahara's 180 STG graphs of 50 tasks on 2, 4, 8 and 16 processors (720 cases), against the published optima.
     * There is no {@code bks.csv}: the {@code stg} format attaches the published bounds to each case itself.
     */
    public static final Suite TASKGRAPH_STG = new Suite("taskgraph-stg",
            "Kasahara STG 50-task set on 2, 4, 8 and 16 identical processors, against the published optima, by "
                    + "processor count", TaskGraphProblem.TYPE, "stg", "dag/stg/50", Pattern.compile("rand\\d+"),
            "dag/stg/optimal/bks.csv", "processors", TaskGraphSupport::processorsOf);

    /**
     * The 300 fixed-seed random graphs of {@link RandomTaskGraphSuite}, written by {@code sched4j generate heft-random
     * --suite DIR} into {@code DIR/dag/random} with HEFT's makespans as the reference ({@code bks.csv}), so that the
     * gap column reads "relative to HEFT"; by CCR.
     */
    public static final Suite TASKGRAPH_RANDOM = new Suite("taskgraph-random",
            "300 random DAGs of the HEFT paper's generator (generate heft-random --suite DIR; run with --instances DIR), "
                    + "gap relative to HEFT, by CCR", TaskGraphProblem.TYPE, "taskgraph-json", "dag/random",
            Pattern.compile("r\\d+-.*"), "dag/random/bks.csv", "CCR",
            entry -> RandomTaskGraphSuite.ccrOf(entry.name()));

    @Override
    public ProblemType<TaskGraphInstance, TaskGraphSchedule> type() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String size(TaskGraphInstance instance) {
        return instance.taskCount() + " tasks x " + instance.processorCount() + " processors";
    }

    @Override
    public String sizeClass(TaskGraphInstance instance) {
        return instance.taskCount() + "x" + instance.processorCount();
    }

    @Override
    public Optional<String> chart(TaskGraphInstance instance, TaskGraphSchedule solution, ChartCaption caption) {
        return Optional.of(TaskGraphGanttChart.render(instance, solution, caption));
    }

    @Override
    public JsonNode solutionJson(TaskGraphInstance instance, TaskGraphSchedule solution, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.set("processors", mapper.valueToTree(solution.processors()));
        node.set("start_times", mapper.valueToTree(solution.starts()));
        return node;
    }

    @Override
    public List<Suite> suites() {
        return List.of(TASKGRAPH_STG, TASKGRAPH_RANDOM);
    }

    /** The processor count of an STG case ({@code P4} for {@code rand0000@P4}). */
    static String processorsOf(BatchEntry entry) {
        int at = entry.name().lastIndexOf('@');
        return at < 0 ? entry.name() : entry.name().substring(at + 1);
    }
}
