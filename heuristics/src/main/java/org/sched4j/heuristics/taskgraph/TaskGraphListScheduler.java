package org.sched4j.heuristics.taskgraph;

import java.util.Comparator;
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

    /** Graphs with more tasks than this skip lookahead HEFT in {@link #best}: its time grows with the square of the tasks. */
    int LOOKAHEAD_TASK_LIMIT = 2000;

    /**
     * The best schedule of the list schedulers (the first of equals): HEFT, CPOP, PEFT, and lookahead HEFT up to
     * {@value #LOOKAHEAD_TASK_LIMIT} tasks. The starting schedule of CP-SAT, late acceptance and {@code auto}.
     */
    static TaskGraphSchedule best(TaskGraphInstance instance) {
        return all().stream()
                .filter(scheduler -> !(scheduler instanceof LookaheadHeftScheduler)
                        || instance.taskCount() <= LOOKAHEAD_TASK_LIMIT)
                .map(scheduler -> scheduler.schedule(instance))
                .min(Comparator.comparingDouble(schedule -> schedule.makespan(instance))).orElseThrow();
    }

    /** HEFT, CPOP, PEFT and lookahead HEFT, in that order. */
    static List<TaskGraphListScheduler> all() {
        return List.of(new HeftScheduler(), new CpopScheduler(), new PeftScheduler(), new LookaheadHeftScheduler());
    }
}
