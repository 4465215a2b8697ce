package org.sched4j.cpmodels;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveThreads;
import org.sched4j.api.SolverDefectException;
import org.sched4j.api.Termination;

/**
 * One CP-SAT search that stops early: CP-SAT blocks in native code, so the search registers a callback with its
 * {@link Deadline}'s termination (and, for a portfolio or a race, with one more {@link Termination}) that asks CP-SAT
 * to stop. The time limit itself is CP-SAT's {@code max_time_in_seconds}, set from the same deadline by
 * {@link CpSatParameters#newSolver}.
 *
 * <p>CP-SAT ignores a stop asked for before its search has started, so once asked, the stop is asked again every
 * {@value #REPEAT_MILLIS} ms by a virtual thread until the search has returned; that thread has ended when
 * {@link #solve} returns. Without a request no thread is started.
 *
 * <p>CP-SAT's own clock starts only once it has the model, so on a large model (copying 77,000 constraints to the
 * native side takes a fraction of a second) its {@code max_time_in_seconds} ends after the deadline. A virtual thread
 * therefore also asks for the stop when the deadline comes; it is woken and joined when the search returns.
 */
public final class StoppableSearch {

    /** How often, in milliseconds, a stop is asked again until CP-SAT has returned. */
    static final long REPEAT_MILLIS = 5;

    private StoppableSearch() {
    }

    /**
     * Solves {@code model} with {@code solver}, reporting to {@code callback}, until CP-SAT's time limit or the
     * termination of {@code deadline}.
     *
     * @param callback  told of CP-SAT's solutions, {@code null} for none
     * @param modelName names the model in the exception, as in {@code job-shop model of ft06}
     * @return CP-SAT's status, never {@link CpSolverStatus#MODEL_INVALID}
     * @throws SolverDefectException when CP-SAT finds the model invalid
     */
    public static CpSolverStatus solve(CpSolver solver, CpModel model, CpSolverSolutionCallback callback,
                                       Deadline deadline, String modelName) {
        return solve(solver, model, callback, deadline, null, modelName);
    }

    /**
     * As {@link #solve(CpSolver, CpModel, CpSolverSolutionCallback, Deadline, String)}, stopping as well once
     * {@code alsoStopOn} is requested (a race decided, a portfolio's bound met).
     *
     * @param alsoStopOn a second reason to stop, {@code null} for none
     */
    public static CpSolverStatus solve(CpSolver solver, CpModel model, CpSolverSolutionCallback callback,
                                       Deadline deadline, Termination alsoStopOn, String modelName) {
        StopRequest stop = new StopRequest(solver, deadline.termination());
        Thread atDeadline = Thread.ofVirtual().name("cpsat-deadline").start(() -> stopAtDeadline(deadline, stop));
        CpSolverStatus status;
        try (Termination.Registration onDeadline = deadline.onTermination(stop::request);
             Termination.Registration onOther = alsoStopOn == null ? () -> { } : alsoStopOn.onRequest(stop::request)) {
            status = solver.solve(model, callback);
        } finally {
            stop.searchEnded();
            atDeadline.interrupt();
            SolveThreads.join(deadline.termination(), atDeadline);
        }
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new SolverDefectException("CP-SAT found the " + modelName + " invalid: " + model.validate());
        }
        return status;
    }

    /** Sleeps until the deadline, then asks for the stop; interrupted (and so ended) when the search returns first. */
    private static void stopAtDeadline(Deadline deadline, StopRequest stop) {
        try {
            Thread.sleep(deadline.remaining());
            stop.request();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks one solver to stop, again and again until its search has returned. */
    private static final class StopRequest {
        private final CpSolver solver;
        private final Termination termination;
        private boolean ended;
        private Thread repeater;

        StopRequest(CpSolver solver, Termination termination) {
            this.solver = solver;
            this.termination = termination;
        }

        synchronized void request() {
            if (ended || repeater != null) {
                return;
            }
            solver.stopSearch();
            repeater = Thread.ofVirtual().name("cpsat-stop").start(this::repeatUntilEnded);
        }

        private void repeatUntilEnded() {
            try {
                while (stopAgain()) {
                    Thread.sleep(REPEAT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private synchronized boolean stopAgain() {
            if (!ended) {
                solver.stopSearch();
            }
            return !ended;
        }

        void searchEnded() {
            Thread toJoin;
            synchronized (this) {
                ended = true;
                toJoin = repeater;
            }
            SolveThreads.join(termination, toJoin);
        }
    }
}
