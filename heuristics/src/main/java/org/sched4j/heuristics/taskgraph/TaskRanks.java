package org.sched4j.heuristics.taskgraph;

import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;

/**
 * The task priorities of Topcuoglu, Hariri &amp; Wu (IEEE TPDS 13(3), 2002, section 4), from mean costs and mean
 * communication: upward rank {@code rank_u(i) = w(i) + max_j (c(i,j) + rank_u(j))} (the longest path to an exit
 * task) and downward rank {@code rank_d(i) = max_j (rank_d(j) + w(j) + c(j,i))} (the longest path from an entry
 * task). Each in O(V + E).
 */
public final class TaskRanks {

    private TaskRanks() {
    }

    /** The upward rank of every task. */
    public static double[] upward(TaskGraphInstance instance) {
        double[] rank = new double[instance.taskCount()];
        int[] order = instance.topologicalOrder();
        for (int index = order.length - 1; index >= 0; index--) {
            int task = order[index];
            double tail = 0;
            for (DataEdge edge : instance.successors(task)) {
                tail = Math.max(tail, instance.meanCommunication(edge) + rank[edge.target()]);
            }
            rank[task] = instance.meanCost(task) + tail;
        }
        return rank;
    }

    /** The downward rank of every task. */
    public static double[] downward(TaskGraphInstance instance) {
        double[] rank = new double[instance.taskCount()];
        for (int task : instance.topologicalOrder()) {
            double head = 0;
            for (DataEdge edge : instance.predecessors(task)) {
                int source = edge.source();
                head = Math.max(head, rank[source] + instance.meanCost(source) + instance.meanCommunication(edge));
            }
            rank[task] = head;
        }
        return rank;
    }
}
