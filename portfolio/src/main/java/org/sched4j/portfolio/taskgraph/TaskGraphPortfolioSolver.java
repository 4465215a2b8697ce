package org.sched4j.portfolio.taskgraph;

import java.time.Duration;
import org.sched4j.api.Deadline;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.taskgraph.CpSatTaskGraphSolver;
import org.sched4j.heuristics.taskgraph.TaskGraphListScheduler;
import org.sched4j.localsearch.taskgraph.TaskGraphLocalSearchSolver;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphMetrics;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * {@code auto} for task graphs: the best list schedule (HEFT, CPOP, PEFT, lookahead HEFT), returned at once when it
 * meets the lower bound; then, by size and kind:
 * <ul>
 *   <li>identical processors without communication cost (the STG set), up to {@value #CUMULATIVE_TASK_LIMIT}
 *       tasks: CP-SAT's cumulative model for the rest of the time;</li>
 *   <li>other graphs with at most {@value #CP_SAT_SIZE_LIMIT} (task, processor) pairs: late acceptance search for
 *       {@value #SEARCH_PERCENT} % of the remaining time, then CP-SAT from its best;</li>
 *   <li>larger graphs: late acceptance search for all the time.</li>
 * </ul>
 * Status OPTIMAL when CP-SAT proves it or the lower bound is met. The listener hears every improvement. An early
 * termination stops the running phase and skips the next; the result is the best schedule so far.
 */
public final class TaskGraphPortfolioSolver implements Solver<TaskGraphInstance, TaskGraphSchedule> {

    /** The id, {@code auto}. */
    public static final String ID = "auto";

    static final int CUMULATIVE_TASK_LIMIT = 500;
    static final int CP_SAT_SIZE_LIMIT = 400;
    static final int SEARCH_PERCENT = 60;

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
        return "best list schedule, then CP-SAT (small or identical processors) or late acceptance search (large)";
    }

    @Override
    public SolveResult<TaskGraphSchedule> solve(TaskGraphInstance instance, SolveOptions options,
                                                SolutionListener<TaskGraphSchedule> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        TaskGraphSchedule start = TaskGraphListScheduler.best(instance);
        double startMakespan = start.makespan(instance);
        double bound = TaskGraphMetrics.lowerBound(instance);
        listener.onImprovingSolution(start, startMakespan, Math.min(bound, startMakespan), deadline.elapsed());
        if (startMakespan <= bound + 1e-9) {
            return SolveResult.builder(TaskGraphProblem.TYPE, instance, ID).solution(start, startMakespan)
                    .bound(startMakespan).status(SolveStatus.OPTIMAL).timeToBest(deadline.elapsed())
                    .build(deadline.elapsed());
        }
        boolean cumulative = instance.hasIdenticalProcessors() && instance.hasFreeCommunication()
                && instance.taskCount() <= CUMULATIVE_TASK_LIMIT;
        if (cumulative) {
            return relabel(new CpSatTaskGraphSolver().solveFrom(instance, start, options, listener, deadline), instance,
                    deadline);
        }
        if ((long) instance.taskCount() * instance.processorCount() > CP_SAT_SIZE_LIMIT) {
            return TaskGraphLocalSearchSolver.improve(instance, start, options, listener, deadline, ID);
        }
        Duration searchTime = deadline.remaining().multipliedBy(SEARCH_PERCENT).dividedBy(100);
        Deadline searchDeadline = deadline.within(searchTime.plusMillis(1));
        SolveResult<TaskGraphSchedule> searched = TaskGraphLocalSearchSolver.improve(instance, start, options,
                listener, searchDeadline, ID);
        if (searched.status() == SolveStatus.OPTIMAL || deadline.isReached()) {
            return relabel(searched, instance, deadline);
        }
        return relabel(new CpSatTaskGraphSolver().solveFrom(instance, searched.solution(), options, listener, deadline),
                instance, deadline);
    }

    private static SolveResult<TaskGraphSchedule> relabel(SolveResult<TaskGraphSchedule> result,
                                                          TaskGraphInstance instance, Deadline deadline) {
        return SolveResult.builder(TaskGraphProblem.TYPE, instance, ID).copyOf(result)
                .build(deadline.elapsed());
    }
}
