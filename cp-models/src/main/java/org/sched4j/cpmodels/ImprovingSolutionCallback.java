package org.sched4j.cpmodels;

import com.google.ortools.sat.CpSolverSolutionCallback;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;

/**
 * Receives CP-SAT's solutions to a minimization problem with an integer objective, keeps the best one and tells the
 * listener about each one whose objective is strictly below every earlier one (and below the incumbent the search
 * started from, if any). The objective is recomputed from the solution read back, never taken from CP-SAT's objective
 * variable, which may lie above it.
 *
 * <p>CP-SAT calls it from its worker threads, one call at a time; the methods are synchronized all the same. An
 * exception thrown by the listener stops the search and is rethrown by {@link #rethrowListenerFailure()}.
 *
 * @param <S> the solution type
 */
public final class ImprovingSolutionCallback<S> extends CpSolverSolutionCallback {

    private final Function<CpSolverSolutionCallback, S> reader;
    private final ToLongFunction<S> objective;
    private final long lowerBound;
    private final Deadline deadline;
    private final SolutionListener<S> listener;
    private S best;
    private long bestObjective;
    private Duration timeToBest = Duration.ZERO;
    private int solutions;
    private RuntimeException listenerFailure;

    /**
     * A callback that reports to {@code listener}.
     *
     * @param reader             reads the current solution back, through the callback's {@code value} methods
     * @param objective          the objective of a solution read back
     * @param lowerBound         a lower bound of the objective known beforehand; the bound reported with a solution is
     *                           the larger of it and CP-SAT's, never above the solution's objective
     * @param incumbentObjective the objective of the best solution the listener already knows, {@link Long#MAX_VALUE}
     *                           for none: CP-SAT's solutions are passed on only when they beat it
     * @param deadline           the deadline of the solve, whose elapsed time is each solution's time to best
     */
    public ImprovingSolutionCallback(Function<CpSolverSolutionCallback, S> reader, ToLongFunction<S> objective,
                                     long lowerBound, long incumbentObjective, Deadline deadline,
                                     SolutionListener<S> listener) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.lowerBound = lowerBound;
        this.bestObjective = incumbentObjective;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public synchronized void onSolutionCallback() {
        solutions++;
        S solution = reader.apply(this);
        long value = objective.applyAsLong(solution);
        if (value >= bestObjective || listenerFailure != null) {
            return;
        }
        best = solution;
        bestObjective = value;
        timeToBest = deadline.elapsed();
        double bound = Math.max(lowerBound, bestObjectiveBound());
        try {
            listener.onImprovingSolution(solution, value, Math.min(bound, value), timeToBest);
        } catch (RuntimeException e) {
            listenerFailure = e;
            stopSearch();
        }
    }

    /** The best solution CP-SAT found below the incumbent, {@code null} when none. */
    public synchronized S best() {
        return best;
    }

    /** The objective of {@link #best()}, or the incumbent's when there is none. */
    public synchronized long bestObjective() {
        return bestObjective;
    }

    /** When {@link #best()} was found, measured from the start of the solve; zero when none was. */
    public synchronized Duration timeToBest() {
        return timeToBest;
    }

    /** The number of solutions CP-SAT reported, improving or not. */
    public synchronized int solutions() {
        return solutions;
    }

    /** Rethrows the listener's exception, if it threw one. */
    public synchronized void rethrowListenerFailure() {
        if (listenerFailure != null) {
            throw listenerFailure;
        }
    }
}
