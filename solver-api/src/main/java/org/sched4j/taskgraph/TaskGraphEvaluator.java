package org.sched4j.taskgraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.sched4j.api.Evaluation;
import org.sched4j.api.Evaluator;

/**
 * Checks a task-graph schedule and computes its makespan, independently of every solver.
 *
 * <p>Checks, each violation in words: one processor and start per task; processors exist and can run their tasks;
 * starts are finite and not negative; each task starts after each predecessor finishes plus the transfer time
 * between their processors; no two tasks of positive length overlap on a processor. Times are compared with a
 * tolerance of {@value #TOLERANCE} (relative to the times compared, at least absolute), since transfer times may
 * be fractions. Runs in O(E + V log V).
 */
public final class TaskGraphEvaluator implements Evaluator<TaskGraphInstance, TaskGraphSchedule> {

    /** The tolerance of time comparisons. */
    public static final double TOLERANCE = 1e-6;

    @Override
    public Evaluation evaluate(TaskGraphInstance instance, TaskGraphSchedule schedule) {
        List<String> violations = new ArrayList<>();
        if (schedule.taskCount() != instance.taskCount()) {
            violations.add("the schedule places " + schedule.taskCount() + " tasks but the instance has "
                    + instance.taskCount());
            return new Evaluation(violations, Double.NaN);
        }
        checkPlacements(instance, schedule, violations);
        if (!violations.isEmpty()) {
            return new Evaluation(violations, Double.NaN);
        }
        checkPrecedences(instance, schedule, violations);
        checkProcessors(instance, schedule, violations);
        return new Evaluation(violations, schedule.makespan(instance));
    }

    private static void checkPlacements(TaskGraphInstance instance, TaskGraphSchedule schedule,
                                        List<String> violations) {
        for (int task = 0; task < instance.taskCount(); task++) {
            String name = instance.taskNames().get(task);
            int processor = schedule.processor(task);
            if (processor < 0 || processor >= instance.processorCount()) {
                violations.add("task " + name + " is on processor " + processor + " but the processors are 0.."
                        + (instance.processorCount() - 1));
            } else if (!instance.canRun(task, processor)) {
                violations.add("task " + name + " cannot run on processor " + instance.processorNames().get(processor));
            }
            double start = schedule.start(task);
            if (!(start >= 0) || Double.isInfinite(start)) {
                violations.add("task " + name + " starts at " + start + ", not a finite time from 0");
            }
        }
    }

    private static void checkPrecedences(TaskGraphInstance instance, TaskGraphSchedule schedule,
                                         List<String> violations) {
        for (DataEdge edge : instance.edges()) {
            double ready = schedule.finish(instance, edge.source()) + instance.communication(edge,
                    schedule.processor(edge.source()), schedule.processor(edge.target()));
            double start = schedule.start(edge.target());
            if (isBefore(start, ready)) {
                violations.add("task " + instance.taskNames().get(edge.target()) + " starts at " + start
                        + " before the data of its predecessor " + instance.taskNames().get(edge.source())
                        + " arrives at " + ready);
            }
        }
    }

    private static void checkProcessors(TaskGraphInstance instance, TaskGraphSchedule schedule,
                                        List<String> violations) {
        for (int processor = 0; processor < instance.processorCount(); processor++) {
            int on = processor;
            int[] tasks = IntStream.range(0, instance.taskCount())
                    .filter(task -> schedule.processor(task) == on && instance.cost(task, on) > 0).boxed()
                    .sorted(Comparator.comparingDouble(schedule::start).thenComparingInt(task -> task))
                    .mapToInt(Integer::intValue).toArray();
            int latest = -1;
            for (int task : tasks) {
                if (latest >= 0 && isBefore(schedule.start(task), schedule.finish(instance, latest))) {
                    violations.add("tasks " + instance.taskNames().get(latest) + " and "
                            + instance.taskNames().get(task) + " overlap on processor "
                            + instance.processorNames().get(on) + ": [" + schedule.start(latest) + ", "
                            + schedule.finish(instance, latest) + ") and [" + schedule.start(task) + ", "
                            + schedule.finish(instance, task) + ")");
                }
                if (latest < 0 || schedule.finish(instance, task) > schedule.finish(instance, latest)) {
                    latest = task;
                }
            }
        }
    }

    /** Whether {@code time} is before {@code limit} by more than the tolerance. */
    static boolean isBefore(double time, double limit) {
        return time < limit - TOLERANCE * Math.max(1, Math.abs(limit));
    }
}
