package org.sched4j.heuristics.taskgraph;

import java.util.List;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * A list scheduler of task graphs: a deterministic method that orders the tasks by a priority and places each on a
 * processor. Stateless and thread-safe.
 */
public interface TaskGraphListScheduler {

    /** The solver id ({@code heft}). */
    String id();

    /** One line: the method and its paper. */
    String description();

    /** A complete, feasible schedule of {@code instance}. */
    TaskGraphSchedule schedule(TaskGraphInstance instance);

    /** HEFT, CPOP, PEFT and lookahead HEFT, in that order. */
    static List<TaskGraphListScheduler> all() {
        return List.of(new HeftScheduler(), new CpopScheduler(), new PeftScheduler(), new LookaheadHeftScheduler());
    }
}
