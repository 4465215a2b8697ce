package org.sched4j.heuristics.taskgraph;

import java.time.Duration;
import java.util.Objects;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphMetrics;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * One {@link TaskGraphListScheduler} as a solver: builds one schedule and returns it, OPTIMAL when its makespan
 * equals {@link TaskGraphMetrics#lowerBound} (the reported bound), else FEASIBLE. The options are ignored; the
 * listener hears about the schedule once. Statistics: {@code slr} and {@code speedup} (Topcuoglu et al. 2002).
 */
public final class ListSchedulingSolver implements Solver<TaskGraphInstance, TaskGraphSchedule> {

    private final TaskGraphListScheduler scheduler;

    /** The solver of {@code scheduler}, with its id. */
    public ListSchedulingSolver(TaskGraphListScheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public String id() {
        return scheduler.id();
    }

    @Override
    public ProblemType<TaskGraphInstance, TaskGraphSchedule> problemType() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String description() {
        return scheduler.description();
    }

    @Override
    public SolveResult<TaskGraphSchedule> solve(TaskGraphInstance problem, SolveOptions options,
                                                SolutionListener<TaskGraphSchedule> listener) {
        long startNanos = System.nanoTime();
        TaskGraphSchedule schedule = scheduler.schedule(problem);
        double makespan = schedule.makespan(problem);
        double bound = TaskGraphMetrics.lowerBound(problem);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        listener.onImprovingSolution(schedule, makespan, bound, elapsed);
        return SolveResult.builder(TaskGraphProblem.TYPE, problem, id())
                .status(isAtBound(makespan, bound) ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(schedule, makespan)
                .bound(Math.min(bound, makespan))
                .timeToBest(elapsed)
                .statistic("slr", TaskGraphMetrics.scheduleLengthRatio(problem, makespan))
                .statistic("speedup", TaskGraphMetrics.speedup(problem, makespan))
                .build(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** Whether {@code makespan} reaches {@code bound} up to rounding. */
    public static boolean isAtBound(double makespan, double bound) {
        return makespan <= bound + 1e-9 * Math.max(1, bound);
    }
}
