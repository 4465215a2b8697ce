package org.sched4j.cpmodels;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.function.BooleanSupplier;
import org.sched4j.api.SolverDefectException;

/**
 * One CP-SAT search that a caller can stop from outside: a virtual thread polls a stop request every few milliseconds
 * while CP-SAT runs and asks it to stop once the request holds.
 */
public final class StoppableSearch {

    /** How often a stop request is polled while CP-SAT runs. */
    private static final long STOP_POLL_MILLIS = 5;

    private StoppableSearch() {
    }

    /**
     * Solves {@code model} with {@code solver}, reporting to {@code callback}.
     *
     * @param stopRequested polled every few milliseconds while CP-SAT runs; CP-SAT stops once it returns true
     * @param modelName     names the model in the exception, as in {@code job-shop model of ft06}
     * @return CP-SAT's status, never {@link CpSolverStatus#MODEL_INVALID}
     * @throws RuntimeException      the listener's exception, when it threw one
     * @throws SolverDefectException when CP-SAT finds the model invalid
     */
    public static CpSolverStatus solve(CpSolver solver, CpModel model, ImprovingSolutionCallback<?> callback,
                                       BooleanSupplier stopRequested, String modelName) {
        Thread stopWatch = Thread.ofVirtual().start(() -> stopWhenRequested(solver, stopRequested));
        CpSolverStatus status;
        try {
            status = solver.solve(model, callback);
        } finally {
            stopWatch.interrupt();
        }
        callback.rethrowListenerFailure();
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new SolverDefectException("CP-SAT found the " + modelName + " invalid: " + model.validate());
        }
        return status;
    }

    /**
     * Polls {@code stopRequested} and, while it holds, asks {@code solver} to stop, again at every poll: a request
     * made before CP-SAT has started its search would otherwise be lost. Ends when interrupted.
     */
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
}
