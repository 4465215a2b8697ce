package org.sched4j.cpmodels.taskgraph;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import org.sched4j.api.Deadline;
import org.sched4j.api.Evaluation;
import org.sched4j.api.ProblemType;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.api.Solver;
import org.sched4j.api.SolverDefectException;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
import org.sched4j.cpmodels.StoppableSearch;
import org.sched4j.heuristics.taskgraph.TaskGraphListScheduler;
import org.sched4j.taskgraph.TaskGraphInstance;
import org.sched4j.taskgraph.TaskGraphMetrics;
import org.sched4j.taskgraph.TaskGraphSchedule;
import org.sched4j.taskgraph.TaskGraphProblem;

/**
 * {@code cpsat} for task graphs: the {@link TaskGraphCpSatModel} solved by OR-Tools CP-SAT, hinted with (and its
 * horizon bounded by) the best of the list schedules (HEFT, CPOP, PEFT, lookahead HEFT), which is returned when
 * CP-SAT finds nothing better. The listener hears of that list schedule first, then of each better one.
 *
 * <p>Statuses: {@link SolveStatus#OPTIMAL} when CP-SAT proves optimality on integral data (every cost and transfer
 * time an integer; the model is then exact) or the schedule meets {@link TaskGraphMetrics#lowerBound};
 * {@link SolveStatus#FEASIBLE} otherwise. The bound is CP-SAT's on integral data, else the lower bound. The time
 * spent on the list schedules and the model is deducted from CP-SAT's. An early termination stops CP-SAT, and the
 * result holds the best schedule found so far.
 */
public final class CpSatTaskGraphSolver implements Solver<TaskGraphInstance, TaskGraphSchedule> {

    /** The solver's identifier. */
    public static final String ID = "cpsat";

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
        return "OR-Tools CP-SAT: optional interval per (task, processor), transfer delays across processors, "
                + "hinted by the best list schedule";
    }

    @Override
    public SolveResult<TaskGraphSchedule> solve(TaskGraphInstance instance, SolveOptions options,
                                                SolutionListener<TaskGraphSchedule> listener) {
        OrToolsNativeLibrary.ensureLoaded();
        Deadline deadline = Deadline.of(options);
        TaskGraphSchedule start = TaskGraphListScheduler.best(instance);
        double startMakespan = start.makespan(instance);
        listener.onImprovingSolution(start, startMakespan,
                Math.min(TaskGraphMetrics.lowerBound(instance), startMakespan), deadline.elapsed());
        return solveFrom(instance, start, options, listener, deadline);
    }

    /**
     * Warm start: improves {@code start}, a feasible schedule, within what {@code deadline} has left; its termination
     * stops CP-SAT. When the deadline is reached already, {@code start} is returned without CP-SAT. The result holds
     * the better of {@code start} and CP-SAT's best; the listener hears only of schedules better than {@code start}.
     *
     * @throws IllegalArgumentException when {@code start} is infeasible
     * @throws SolverDefectException    when CP-SAT finds the model invalid
     */
    public SolveResult<TaskGraphSchedule> solveFrom(TaskGraphInstance instance, TaskGraphSchedule start,
                                                    SolveOptions options, SolutionListener<TaskGraphSchedule> listener,
                                                    Deadline deadline) {
        Evaluation evaluation = TaskGraphProblem.TYPE.evaluate(instance, start);
        if (!evaluation.isFeasible()) {
            throw new IllegalArgumentException("the start schedule is infeasible: " + evaluation.summary());
        }
        double startMakespan = evaluation.objective();
        double lowerBound = TaskGraphMetrics.lowerBound(instance);
        SolveResult.Builder<TaskGraphInstance, TaskGraphSchedule> result =
                SolveResult.builder(TaskGraphProblem.TYPE, instance, ID).solution(start, startMakespan)
                        .timeToBest(deadline.elapsed());
        if (startMakespan <= lowerBound + 1e-9) {
            return result.status(SolveStatus.OPTIMAL).bound(startMakespan).build(deadline.elapsed());
        }
        if (deadline.isReached()) {
            return result.status(SolveStatus.FEASIBLE).bound(lowerBound).build(deadline.elapsed());
        }
        OrToolsNativeLibrary.ensureLoaded();
        TaskGraphCpSatModel model = TaskGraphCpSatModel.build(instance, (long) Math.ceil(startMakespan - 1e-9));
        model.hint(start);
        TaskGraphSolutionCallback callback = new TaskGraphSolutionCallback(model, deadline, startMakespan,
                lowerBound, listener);
        CpSolver solver = CpSatParameters.newSolver(options, deadline, SatParameters.getDefaultInstance());
        CpSolverStatus status = StoppableSearch.solve(solver, model.model(), callback, deadline,
                "task-graph model of " + instance.name());
        callback.rethrowListenerFailure();
        TaskGraphSchedule best = callback.best() != null ? callback.best() : start;
        double bestMakespan = best.makespan(instance);
        double bound = lowerBound;
        if (model.scale() == 1 && (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE)) {
            bound = Math.max(bound, solver.bestObjectiveBound());
        }
        bound = Math.min(bound, bestMakespan);
        if (callback.best() != null) {
            result.solution(best, bestMakespan).timeToBest(callback.timeToBest());
        }
        return result.bound(bound)
                .status(bestMakespan <= bound + 1e-9 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .statistic("cpsat_status", status.getNumber())
                .statistic("conflicts", solver.numConflicts())
                .statistic("start_makespan", startMakespan)
                .build(deadline.elapsed());
    }
}
