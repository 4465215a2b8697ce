package org.sched4j.cpmodels.jobshop;

import com.google.ortools.sat.CpSolverSolutionCallback;
import java.time.Duration;
import org.sched4j.api.SolutionListener;
import org.sched4j.cpmodels.TimeBudget;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Receives CP-SAT's solutions, keeps the best schedule and tells the listener about each one whose makespan is
 * strictly below every earlier one (and below the incumbent the search started from, if any).
 *
 * <p>CP-SAT calls it from its worker threads, one call at a time; the methods are synchronized all the same. An
 * exception thrown by the listener stops the search and is rethrown by {@link #rethrowListenerFailure()}.
 */
final class ImprovingScheduleCallback extends CpSolverSolutionCallback {

    private final JobShopCpSatModel model;
    private final TimeBudget budget;
    private final SolutionListener<JobShopSchedule> listener;
    private JobShopSchedule best;
    private long bestMakespan;
    private Duration timeToBest = Duration.ZERO;
    private int solutions;
    private RuntimeException listenerFailure;

    /**
     * @param incumbentMakespan the makespan of the best schedule the listener already knows, {@link Long#MAX_VALUE}
     *                          for none: CP-SAT's solutions are passed on only when they beat it
     */
    ImprovingScheduleCallback(JobShopCpSatModel model, TimeBudget budget, long incumbentMakespan,
                              SolutionListener<JobShopSchedule> listener) {
        this.model = model;
        this.budget = budget;
        this.listener = listener;
        this.bestMakespan = incumbentMakespan;
    }

    @Override
    public synchronized void onSolutionCallback() {
        solutions++;
        // The makespan variable may lie above the schedule's latest end; the schedule's own makespan is what counts.
        JobShopSchedule schedule = model.schedule(this::value);
        long makespan = schedule.makespan(model.instance());
        if (makespan >= bestMakespan || listenerFailure != null) {
            return;
        }
        best = schedule;
        bestMakespan = makespan;
        timeToBest = budget.elapsed();
        double bound = Math.max(model.lowerBound(), bestObjectiveBound());
        try {
            listener.onImprovingSolution(schedule, makespan, Math.min(bound, makespan), timeToBest);
        } catch (RuntimeException e) {
            listenerFailure = e;
            stopSearch();
        }
    }

    /** The best schedule CP-SAT found below the incumbent, {@code null} when none. */
    synchronized JobShopSchedule best() {
        return best;
    }

    /** The makespan of {@link #best()}, or the incumbent's when there is none. */
    synchronized long bestMakespan() {
        return bestMakespan;
    }

    /** When {@link #best()} was found, measured from the start of the solve. */
    synchronized Duration timeToBest() {
        return timeToBest;
    }

    /** The number of solutions CP-SAT reported, improving or not. */
    synchronized int solutions() {
        return solutions;
    }

    /** Rethrows the listener's exception, if it threw one. */
    synchronized void rethrowListenerFailure() {
        if (listenerFailure != null) {
            throw listenerFailure;
        }
    }
}
