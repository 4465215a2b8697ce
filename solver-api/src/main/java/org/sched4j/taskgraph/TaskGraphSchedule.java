package org.sched4j.taskgraph;

import java.util.Arrays;
import java.util.Objects;

/**
 * A task-graph solution: the processor and the start time of every task. Immutable; the arrays given to {@link #of}
 * and returned are copies.
 */
public final class TaskGraphSchedule {

    private final int[] processors;
    private final double[] starts;

    private TaskGraphSchedule(int[] processors, double[] starts) {
        this.processors = processors;
        this.starts = starts;
    }

    /**
     * A schedule with the given processor and start of each task (copied).
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static TaskGraphSchedule of(int[] processors, double[] starts) {
        if (Objects.requireNonNull(processors, "processors").length != Objects.requireNonNull(starts, "starts").length) {
            throw new IllegalArgumentException(processors.length + " processors but " + starts.length + " starts");
        }
        return new TaskGraphSchedule(processors.clone(), starts.clone());
    }

    /** The number of tasks the schedule places. */
    public int taskCount() {
        return processors.length;
    }

    /** The processor of {@code task}. */
    public int processor(int task) {
        return processors[task];
    }

    /** The start time of {@code task}. */
    public double start(int task) {
        return starts[task];
    }

    /** The finish time of {@code task}: its start plus its cost on its processor in {@code instance}. */
    public double finish(TaskGraphInstance instance, int task) {
        return starts[task] + instance.cost(task, processors[task]);
    }

    /** The processors, a fresh copy. */
    public int[] processors() {
        return processors.clone();
    }

    /** The start times, a fresh copy. */
    public double[] starts() {
        return starts.clone();
    }

    /** The latest finish time, 0 for no task. {@link TaskGraphEvaluator} also checks feasibility; this does not. */
    public double makespan(TaskGraphInstance instance) {
        double makespan = 0;
        for (int task = 0; task < processors.length; task++) {
            makespan = Math.max(makespan, finish(instance, task));
        }
        return makespan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskGraphSchedule schedule && Arrays.equals(processors, schedule.processors)
                && Arrays.equals(starts, schedule.starts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(processors) + Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "TaskGraphSchedule[processors=" + Arrays.toString(processors) + ", starts=" + Arrays.toString(starts)
                + "]";
    }
}
