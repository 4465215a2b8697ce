package org.sched4j.heuristics.taskgraph;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Critical Path On a Processor (Topcuoglu, Hariri &amp; Wu, IEEE TPDS 13(3), 2002, section 4.2): priority
 * {@code rank_u + rank_d}; the tasks of the critical path (those whose priority equals the entry task's) all go to
 * the one processor that runs them fastest in total; every other task goes where it finishes earliest, with
 * insertion. Ready tasks are taken by decreasing priority. O(E·Q + V²·Q).
 */
public final class CpopScheduler implements TaskGraphListScheduler {

    private static final double TOLERANCE = 1e-9;

    @Override
    public String id() {
        return "cpop";
    }

    @Override
    public String description() {
        return "CPOP: critical path on one processor, others by earliest finish (Topcuoglu, Hariri & Wu, IEEE TPDS 2002)";
    }

    @Override
    public TaskGraphSchedule schedule(TaskGraphInstance instance) {
        double[] upward = TaskRanks.upward(instance);
        double[] downward = TaskRanks.downward(instance);
        double[] priority = new double[instance.taskCount()];
        for (int task = 0; task < priority.length; task++) {
            priority[task] = upward[task] + downward[task];
        }
        boolean[] critical = criticalPath(instance, priority);
        int criticalProcessor = criticalPathProcessor(instance, critical);
        PartialSchedule schedule = new PartialSchedule(instance);
        ReadyList ready = new ReadyList(instance, priority);
        while (!ready.isEmpty()) {
            int task = ready.take();
            int processor = critical[task] && criticalProcessor >= 0 ? criticalProcessor
                    : schedule.earliestFinishProcessor(task);
            schedule.placeEarliest(task, processor);
            ready.placed(task);
        }
        return schedule.toSchedule();
    }

    /** The critical path: from the entry task of highest priority, along successors of the same priority. */
    static boolean[] criticalPath(TaskGraphInstance instance, double[] priority) {
        boolean[] critical = new boolean[instance.taskCount()];
        int current = -1;
        for (int task = 0; task < instance.taskCount(); task++) {
            if (instance.predecessors(task).isEmpty() && (current < 0 || priority[task] > priority[current] + TOLERANCE)) {
                current = task;
            }
        }
        double length = priority[current];
        while (current >= 0) {
            critical[current] = true;
            int next = -1;
            for (DataEdge edge : instance.successors(current)) {
                if (Math.abs(priority[edge.target()] - length) <= TOLERANCE * Math.max(1, length)) {
                    next = edge.target();
                    break;
                }
            }
            current = next;
        }
        return critical;
    }

    /** The processor that runs all critical tasks in the least total time, -1 when none can run them all. */
    private static int criticalPathProcessor(TaskGraphInstance instance, boolean[] critical) {
        List<Integer> tasks = new ArrayList<>();
        for (int task = 0; task < critical.length; task++) {
            if (critical[task]) {
                tasks.add(task);
            }
        }
        int best = -1;
        double bestTotal = Double.POSITIVE_INFINITY;
        for (int p = 0; p < instance.processorCount(); p++) {
            double total = 0;
            for (int task : tasks) {
                total += instance.cost(task, p);
            }
            if (total < bestTotal) {
                bestTotal = total;
                best = p;
            }
        }
        return best;
    }
}
