package org.sched4j.heuristics.taskgraph;

import java.util.Arrays;
import org.sched4j.taskgraph.DataEdge;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * A schedule under construction by a list scheduler: the tasks placed so far, their processors and times, and each
 * processor's {@link ProcessorTimeline}. Mutable and not thread-safe; {@link #copy} for look-ahead.
 */
public final class PartialSchedule {

    private final TaskGraphInstance instance;
    private final int[] processors;
    private final double[] starts;
    private final double[] finishes;
    private final ProcessorTimeline[] timelines;

    /** An empty schedule of {@code instance}. */
    public PartialSchedule(TaskGraphInstance instance) {
        this.instance = instance;
        this.processors = new int[instance.taskCount()];
        Arrays.fill(processors, -1);
        this.starts = new double[instance.taskCount()];
        this.finishes = new double[instance.taskCount()];
        this.timelines = new ProcessorTimeline[instance.processorCount()];
        for (int p = 0; p < timelines.length; p++) {
            timelines[p] = new ProcessorTimeline();
        }
    }

    private PartialSchedule(PartialSchedule other) {
        this.instance = other.instance;
        this.processors = other.processors.clone();
        this.starts = other.starts.clone();
        this.finishes = other.finishes.clone();
        this.timelines = new ProcessorTimeline[other.timelines.length];
        for (int p = 0; p < timelines.length; p++) {
            timelines[p] = other.timelines[p].copy();
        }
    }

    /** An independent copy. */
    public PartialSchedule copy() {
        return new PartialSchedule(this);
    }

    /** The instance being scheduled. */
    public TaskGraphInstance instance() {
        return instance;
    }

    /** Whether {@code task} has been placed. */
    public boolean isPlaced(int task) {
        return processors[task] >= 0;
    }

    /** The processor of a placed task. */
    public int processor(int task) {
        return processors[task];
    }

    /** The finish time of a placed task. */
    public double finish(int task) {
        return finishes[task];
    }

    /**
     * The time the data of every placed predecessor of {@code task} has reached {@code processor} (unplaced
     * predecessors are ignored, for look-ahead); 0 without predecessors.
     */
    public double dataReady(int task, int processor) {
        double ready = 0;
        for (DataEdge edge : instance.predecessors(task)) {
            int source = edge.source();
            if (isPlaced(source)) {
                ready = Math.max(ready, finishes[source] + instance.communication(edge, processors[source], processor));
            }
        }
        return ready;
    }

    /** The earliest start of {@code task} on {@code processor} with insertion; infinite where it cannot run. */
    public double earliestStart(int task, int processor) {
        if (!instance.canRun(task, processor)) {
            return Double.POSITIVE_INFINITY;
        }
        return timelines[processor].earliestStart(dataReady(task, processor), instance.cost(task, processor));
    }

    /** The earliest finish of {@code task} on {@code processor}; infinite where it cannot run. */
    public double earliestFinish(int task, int processor) {
        return earliestStart(task, processor) + instance.cost(task, processor);
    }

    /** The processor where {@code task} finishes earliest (the lowest number among equals). */
    public int earliestFinishProcessor(int task) {
        int best = -1;
        double bestFinish = Double.POSITIVE_INFINITY;
        for (int p = 0; p < instance.processorCount(); p++) {
            double finish = earliestFinish(task, p);
            if (finish < bestFinish) {
                bestFinish = finish;
                best = p;
            }
        }
        return best;
    }

    /** Places {@code task} on {@code processor} at its earliest start there and returns that start. */
    public double placeEarliest(int task, int processor) {
        double start = earliestStart(task, processor);
        place(task, processor, start);
        return start;
    }

    private void place(int task, int processor, double start) {
        processors[task] = processor;
        starts[task] = start;
        finishes[task] = start + instance.cost(task, processor);
        timelines[processor].occupy(start, instance.cost(task, processor));
    }

    /** The latest finish among placed tasks. */
    public double makespan() {
        double makespan = 0;
        for (int task = 0; task < processors.length; task++) {
            if (isPlaced(task)) {
                makespan = Math.max(makespan, finishes[task]);
            }
        }
        return makespan;
    }

    /**
     * The finished schedule.
     *
     * @throws IllegalStateException when a task is not placed
     */
    public TaskGraphSchedule toSchedule() {
        for (int task = 0; task < processors.length; task++) {
            if (!isPlaced(task)) {
                throw new IllegalStateException("task " + instance.taskNames().get(task) + " is not placed");
            }
        }
        return TaskGraphSchedule.of(processors, starts);
    }
}
