package org.sched4j.taskgraph;

import java.util.List;
import org.sched4j.api.ObjectiveSense;
import org.sched4j.api.ProblemType;
import org.sched4j.api.ProblemTypeProvider;

/**
 * Declares this package's problem type, {@link #TYPE}, to {@link org.sched4j.api.ProblemTypes}.
 */
public final class TaskGraphProblem implements ProblemTypeProvider {

    /**
     * Task graphs on heterogeneous processors with communication costs: minimise the makespan.
     */
    public static final ProblemType<TaskGraphInstance, TaskGraphSchedule> TYPE = new ProblemType<>(
            "taskgraph", "task graph (DAG) on heterogeneous processors with communication costs, minimise the makespan",
            TaskGraphInstance.class, TaskGraphSchedule.class, ObjectiveSense.MINIMIZE, "makespan",
            new TaskGraphEvaluator());

    /** Used by {@link java.util.ServiceLoader}; the type itself is {@link #TYPE}. */
    public TaskGraphProblem() {
    }

    @Override
    public List<ProblemType<?, ?>> problemTypes() {
        return List.of(TYPE);
    }
}
