package org.sched4j.heuristics.taskgraph;

import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Predict Earliest Finish Time (Arabnejad &amp; Barbosa, "List scheduling algorithm for heterogeneous systems by an
 * optimistic cost table", IEEE TPDS 25(3), 2014). The optimistic cost table
 * {@code OCT(t, p) = max over successors s of min over processors w of OCT(s, w) + cost(s, w) + c(t, s)[w != p]}
 * (mean communication, none on the same processor) looks ahead to the exit; tasks go by decreasing mean OCT, each
 * to the processor minimising {@code EFT(t, p) + OCT(t, p)}, with insertion. O(E·Q² + V²·Q).
 */
public final class PeftScheduler implements TaskGraphListScheduler {

    @Override
    public String id() {
        return "peft";
    }

    @Override
    public String description() {
        return "PEFT: optimistic cost table look-ahead (Arabnejad & Barbosa, IEEE TPDS 2014)";
    }

    @Override
    public TaskGraphSchedule schedule(TaskGraphInstance instance) {
        double[][] table = optimisticCostTable(instance);
        double[] priority = new double[instance.taskCount()];
        for (int task = 0; task < priority.length; task++) {
            double sum = 0;
            int count = 0;
            for (int p = 0; p < instance.processorCount(); p++) {
                if (instance.canRun(task, p)) {
                    sum += table[task][p];
                    count++;
                }
            }
            priority[task] = sum / count;
        }
        PartialSchedule schedule = new PartialSchedule(instance);
        ReadyList ready = new ReadyList(instance, priority);
        while (!ready.isEmpty()) {
            int task = ready.take();
            int best = -1;
            double bestValue = Double.POSITIVE_INFINITY;
            for (int p = 0; p < instance.processorCount(); p++) {
                double value = schedule.earliestFinish(task, p) + table[task][p];
                if (value < bestValue) {
                    bestValue = value;
                    best = p;
                }
            }
            schedule.placeEarliest(task, best);
            ready.placed(task);
        }
        return schedule.toSchedule();
    }

    /** The optimistic cost table {@code [task][processor]}; 0 for exit tasks. */
    static double[][] optimisticCostTable(TaskGraphInstance instance) {
        int processors = instance.processorCount();
        double[][] table = new double[instance.taskCount()][processors];
        int[] order = instance.topologicalOrder();
        for (int index = order.length - 1; index >= 0; index--) {
            int task = order[index];
            for (int p = 0; p < processors; p++) {
                double worst = 0;
                for (DataEdge edge : instance.successors(task)) {
                    int successor = edge.target();
                    double best = Double.POSITIVE_INFINITY;
                    for (int w = 0; w < processors; w++) {
                        if (instance.canRun(successor, w)) {
                            double communication = w == p ? 0 : instance.meanCommunication(edge);
                            best = Math.min(best, table[successor][w] + instance.cost(successor, w) + communication);
                        }
                    }
                    worst = Math.max(worst, best);
                }
                table[task][p] = worst;
            }
        }
        return table;
    }
}
