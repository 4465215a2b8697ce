package org.sched4j.api;

import java.util.List;
import java.util.Optional;
import org.sched4j.jobshop.JobShopEvaluator;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.sched4j.taskgraph.TaskGraphEvaluator;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/** The problem types sched4j knows, by their command-line names. */
public final class ProblemTypes {

    /** Job shop scheduling (JSSP): minimise the makespan. */
    public static final ProblemType<JobShopInstance, JobShopSchedule> JOB_SHOP = new ProblemType<>(
            "jobshop", "job shop (JSSP): jobs as machine sequences, minimise the makespan",
            JobShopInstance.class, JobShopSchedule.class, ObjectiveSense.MINIMIZE, "makespan", new JobShopEvaluator());

    /** Task graphs on heterogeneous processors with communication costs: minimise the makespan. */
    public static final ProblemType<TaskGraphInstance, TaskGraphSchedule> TASK_GRAPH = new ProblemType<>(
            "taskgraph", "task graph (DAG) on heterogeneous processors with communication costs, minimise the makespan",
            TaskGraphInstance.class, TaskGraphSchedule.class, ObjectiveSense.MINIMIZE, "makespan",
            new TaskGraphEvaluator());

    private static final List<ProblemType<?, ?>> ALL = List.of(JOB_SHOP, TASK_GRAPH);

    private ProblemTypes() {
    }

    /** Every known problem type, in a stable order. */
    public static List<ProblemType<?, ?>> all() {
        return ALL;
    }

    /** The problem type with the given command-line name ({@code jobshop}), if any. */
    public static Optional<ProblemType<?, ?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equalsIgnoreCase(name)).findFirst();
    }
}
