package org.sched4j.api;

/**
 * Thrown when a solver contradicts the independent evaluator, for instance by claiming an objective the evaluator
 * does not compute from the solution. It always signals a bug in the solver, never bad input.
 */
public class SolverDefectException extends RuntimeException {

    public SolverDefectException(String message) {
        super(message);
    }
}
