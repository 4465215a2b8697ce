package org.sched4j.cpmodels.rcpsp;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.sched4j.api.SolutionListener;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolverDefectException;
import org.sched4j.cpmodels.CpSatParameters;
import org.sched4j.cpmodels.TimeBudget;
import org.sched4j.rcpsp.RcpspInstance;
import org.sched4j.rcpsp.RcpspSchedule;

/**
 * One CP-SAT search on an {@link RcpspCpSatModel} within what is left of a {@link TimeBudget}, telling a listener about
 * each schedule shorter than every earlier one (and than the incumbent it started from).
 */
final class RcpspCpSatSearch {

    private static final long STOP_POLL_MILLIS = 5;

    private RcpspCpSatSearch() {
    }

    /**
     * What the search found.
     *
     * @param status       CP-SAT's status
     * @param best         the best schedule below the incumbent, {@code null} when none
     * @param bestMakespan the makespan of {@code best}, or the incumbent's when there is none
     * @param bound        the proven lower bound, at least the model's
     * @param timeToBest   when {@code best} was found, from the start of the solve
     */
    record Outcome(CpSolverStatus status, RcpspSchedule best, long bestMakespan, long bound, Duration timeToBest,
                   long conflicts, long branches, double wallSeconds) {

        boolean improved() {
            return best != null;
        }

        /** Whether CP-SAT proved that no schedule exists (within the model's horizon). */
        boolean provedInfeasible() {
            return status == CpSolverStatus.INFEASIBLE;
        }

        void addStatistics(SolveResult.Builder<RcpspInstance, RcpspSchedule> builder) {
            builder.statistic("conflicts", conflicts)
                    .statistic("branches", branches)
                    .statistic("cpsat_wall_seconds", wallSeconds);
        }
    }

    /**
     * The parameters measured to pay on PSPLIB; the options and {@code cpsat.*} parameters override them. None for
     * now beyond CP-SAT's defaults, which prove most of j30 within milliseconds.
     */
    static SatParameters tunedParameters() {
        return SatParameters.getDefaultInstance();
    }

    /**
     * Solves {@code model} with the time {@code budget} has left.
     *
     * @param incumbentMakespan the makespan of a schedule the caller already has, {@link Long#MAX_VALUE} for none
     * @param stopRequested     polled every few milliseconds; CP-SAT stops once it returns true
     */
    static Outcome run(RcpspCpSatModel model, SolveOptions options, TimeBudget budget, long incumbentMakespan,
                       int workers, SolutionListener<RcpspSchedule> listener, BooleanSupplier stopRequested) {
        CpSolver solver = CpSatParameters.newSolver(options.threads(workers), budget.remainingForEngine(),
                tunedParameters());
        Callback callback = new Callback(model, budget, incumbentMakespan, listener);
        Thread stopWatch = Thread.ofVirtual().start(() -> stopWhenRequested(solver, stopRequested));
        CpSolverStatus status;
        try {
            status = solver.solve(model.model(), callback);
        } finally {
            stopWatch.interrupt();
        }
        callback.rethrowListenerFailure();
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new SolverDefectException("CP-SAT found the RCPSP model of " + model.instance().name()
                    + " invalid: " + model.model().validate());
        }
        long bound = status == CpSolverStatus.INFEASIBLE ? model.lowerBound()
                : Math.max(model.lowerBound(), (long) Math.ceil(solver.bestObjectiveBound() - 1e-9));
        return new Outcome(status, callback.best, callback.bestMakespan, bound, callback.timeToBest,
                solver.numConflicts(), solver.numBranches(), solver.wallTime());
    }

    private static void stopWhenRequested(CpSolver solver, BooleanSupplier stopRequested) {
        try {
            while (true) {
                if (stopRequested.getAsBoolean()) {
                    solver.stopSearch();
                }
                Thread.sleep(STOP_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the best schedule; called by CP-SAT one solution at a time. */
    private static final class Callback extends CpSolverSolutionCallback {
        private final RcpspCpSatModel model;
        private final TimeBudget budget;
        private final SolutionListener<RcpspSchedule> listener;
        private RcpspSchedule best;
        private long bestMakespan;
        private Duration timeToBest = Duration.ZERO;
        private RuntimeException listenerFailure;

        Callback(RcpspCpSatModel model, TimeBudget budget, long incumbentMakespan,
                 SolutionListener<RcpspSchedule> listener) {
            this.model = model;
            this.budget = budget;
            this.bestMakespan = incumbentMakespan;
            this.listener = listener;
        }

        @Override
        public synchronized void onSolutionCallback() {
            RcpspSchedule schedule = model.schedule(this::value);
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

        synchronized void rethrowListenerFailure() {
            if (listenerFailure != null) {
                throw listenerFailure;
            }
        }
    }
}
