package org.sched4j.heuristics.taskgraph;

import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Heterogeneous Earliest Finish Time (Topcuoglu, Hariri &amp; Wu, "Performance-effective and low-complexity task
 * scheduling for heterogeneous computing", IEEE TPDS 13(3), 2002): tasks in decreasing upward rank
 * ({@link TaskRanks#upward}), each placed on the processor where it finishes earliest, inserted into the earliest
 * idle gap long enough for it. O(E·Q + V²·Q) for V tasks, E edges and Q processors (the V² from insertion).
 */
public final class HeftScheduler implements TaskGraphListScheduler {

    @Override
    public String id() {
        return "heft";
    }

    @Override
    public String description() {
        return "HEFT: upward rank, insertion-based earliest finish time (Topcuoglu, Hariri & Wu, IEEE TPDS 2002)";
    }

    @Override
    public TaskGraphSchedule schedule(TaskGraphInstance instance) {
        return scheduleByPriority(instance, TaskRanks.upward(instance));
    }

    /** HEFT's processor choice with the given task priorities (higher first among ready tasks). */
    static TaskGraphSchedule scheduleByPriority(TaskGraphInstance instance, double[] priority) {
        PartialSchedule schedule = new PartialSchedule(instance);
        ReadyList ready = new ReadyList(instance, priority);
        while (!ready.isEmpty()) {
            int task = ready.take();
            schedule.placeEarliest(task, schedule.earliestFinishProcessor(task));
            ready.placed(task);
        }
        return schedule.toSchedule();
    }
}
