package org.sched4j.heuristics.taskgraph;

import java.util.PriorityQueue;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;

/**
 * The tasks whose predecessors are all scheduled, highest priority first (ties: the lower task number, with a
 * relative tolerance of 1e-9 so that ranks equal on paper stay equal). A list scheduler takes a task, places it and
 * reports it placed, which may release its successors. Taking tasks by priority among the ready ones is HEFT's
 * "sort by decreasing rank" whenever the ranks are a topological order, and stays valid when zero costs make two
 * ranks equal along an edge.
 */
final class ReadyList {

    private final TaskGraphInstance instance;
    private final int[] waitingFor;
    private final PriorityQueue<Integer> ready;

    ReadyList(TaskGraphInstance instance, double[] priority) {
        this.instance = instance;
        this.waitingFor = new int[instance.taskCount()];
        this.ready = new PriorityQueue<>((a, b) -> {
            double scale = Math.max(1, Math.max(Math.abs(priority[a]), Math.abs(priority[b])));
            if (Math.abs(priority[a] - priority[b]) > 1e-9 * scale) {
                return Double.compare(priority[b], priority[a]);
            }
            return Integer.compare(a, b);
        });
        for (int task = 0; task < instance.taskCount(); task++) {
            waitingFor[task] = instance.predecessors(task).size();
            if (waitingFor[task] == 0) {
                ready.add(task);
            }
        }
    }

    boolean isEmpty() {
        return ready.isEmpty();
    }

    /** Removes and returns the ready task of highest priority. */
    int take() {
        return ready.remove();
    }

    /** Records that {@code task} is placed, releasing the successors that waited only for it. */
    void placed(int task) {
        for (DataEdge edge : instance.successors(task)) {
            if (--waitingFor[edge.target()] == 0) {
                ready.add(edge.target());
            }
        }
    }
}
