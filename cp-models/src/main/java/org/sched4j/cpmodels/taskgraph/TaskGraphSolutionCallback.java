package org.sched4j.cpmodels.taskgraph;

import com.google.ortools.sat.CpSolverSolutionCallback;
import java.time.Duration;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.taskgraph.TaskGraphSchedule;

/**
 * Receives CP-SAT's solutions, keeps the best schedule and tells the listener about each one strictly better than
 * every earlier one and than the incumbent. Called by CP-SAT's workers one at a time; synchronized all the same. A
 * listener's exception stops the search and is rethrown by {@link #rethrowListenerFailure()}.
 */
final class TaskGraphSolutionCallback extends CpSolverSolutionCallback {

    private final TaskGraphCpSatModel model;
    private final Deadline deadline;
    private final double lowerBound;
    private final SolutionListener<TaskGraphSchedule> listener;
    private TaskGraphSchedule best;
    private double bestMakespan;
    private Duration timeToBest = Duration.ZERO;
    private RuntimeException listenerFailure;

    TaskGraphSolutionCallback(TaskGraphCpSatModel model, Deadline deadline, double incumbentMakespan,
                              double lowerBound, SolutionListener<TaskGraphSchedule> listener) {
        this.model = model;
        this.deadline = deadline;
        this.bestMakespan = incumbentMakespan;
        this.lowerBound = lowerBound;
        this.listener = listener;
    }

    @Override
    public synchronized void onSolutionCallback() {
        TaskGraphSchedule schedule = model.schedule(this::value);
        double makespan = schedule.makespan(model.instance());
        if (makespan >= bestMakespan || listenerFailure != null) {
            return;
        }
        best = schedule;
        bestMakespan = makespan;
        timeToBest = deadline.elapsed();
        try {
            listener.onImprovingSolution(schedule, makespan, Math.min(lowerBound, makespan), timeToBest);
        } catch (RuntimeException e) {
            listenerFailure = e;
            stopSearch();
        }
    }

    /** The best schedule below the incumbent, {@code null} when none. */
    synchronized TaskGraphSchedule best() {
        return best;
    }

    synchronized Duration timeToBest() {
        return timeToBest;
    }

    synchronized void rethrowListenerFailure() {
        if (listenerFailure != null) {
            throw listenerFailure;
        }
    }
}
