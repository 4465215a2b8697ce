package org.sched4j.localsearch.taskgraph;

import org.sched4j.heuristics.taskgraph.TaskGraphListScheduler;
import java.time.Duration;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.Deadline;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphMetrics;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * {@code lahc}: late acceptance hill climbing over processor assignments and task orders
 * ({@link TaskGraphLateAcceptanceSearch}), from the best list schedule, for the whole time limit (or until the
 * schedule meets {@link TaskGraphMetrics#lowerBound}, or {@code lahc.max-iterations} iterations, which makes runs
 * reproducible). One thread. Status OPTIMAL only at the lower bound, else FEASIBLE.
 */
public final class TaskGraphLocalSearchSolver implements Solver<TaskGraphInstance, TaskGraphSchedule> {

    /** The solver's identifier. */
    public static final String ID = "lahc";

    /** The engine parameter that caps the number of iterations, a positive integer; no cap by default. */
    public static final String MAX_ITERATIONS = "lahc.max-iterations";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProblemType<TaskGraphInstance, TaskGraphSchedule> problemType() {
        return TaskGraphProblem.TYPE;
    }

    @Override
    public String description() {
        return "late acceptance hill climbing over assignments and orders (Burke & Bykov 2017), from the best list "
                + "schedule";
    }

    @Override
    public SolveResult<TaskGraphSchedule> solve(TaskGraphInstance instance, SolveOptions options,
                                                SolutionListener<TaskGraphSchedule> listener) {
        Deadline budget = Deadline.of(options);
        TaskGraphSchedule start = TaskGraphListScheduler.best(instance);
        double bound = TaskGraphMetrics.lowerBound(instance);
        listener.onImprovingSolution(start, start.makespan(instance), bound, budget.elapsed());
        return improve(instance, start, options, listener, budget, ID);
    }

    /**
     * Improves {@code start} until the budget is spent; the result carries {@code solverId}.
     *
     * @param start a feasible schedule
     */
    public static SolveResult<TaskGraphSchedule> improve(TaskGraphInstance instance, TaskGraphSchedule start,
                                                  SolveOptions options, SolutionListener<TaskGraphSchedule> listener,
                                                  Deadline budget, String solverId) {
        double bound = Math.min(TaskGraphMetrics.lowerBound(instance), start.makespan(instance));
        TaskGraphLateAcceptanceSearch search = new TaskGraphLateAcceptanceSearch(instance, start, options.seed());
        Duration[] timeToBest = {budget.elapsed()};
        long maxIterations = maxIterations(options);
        search.run(() -> budget.isReached() || search.bestMakespan() <= bound + 1e-9,
                maxIterations, () -> {
                    timeToBest[0] = budget.elapsed();
                    listener.onImprovingSolution(search.best(), search.bestMakespan(), bound, timeToBest[0]);
                });
        TaskGraphSchedule best = search.best();
        double makespan = best.makespan(instance);
        return SolveResult.builder(TaskGraphProblem.TYPE, instance, solverId)
                .solution(best, makespan)
                .bound(Math.min(bound, makespan))
                .status(makespan <= bound + 1e-9 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .timeToBest(timeToBest[0])
                .statistic("iterations", search.iterations())
                .statistic("start_makespan", start.makespan(instance))
                .build(budget.elapsed());
    }

    /** The value of {@value #MAX_ITERATIONS}, {@link Long#MAX_VALUE} when absent. */
    private static long maxIterations(SolveOptions options) {
        String text = options.parameter(MAX_ITERATIONS, null);
        if (text == null) {
            return Long.MAX_VALUE;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_ITERATIONS + " must be a positive integer, got '" + text + "'", e);
        }
        throw new IllegalArgumentException(MAX_ITERATIONS + " must be a positive integer, got '" + text + "'");
    }
}
