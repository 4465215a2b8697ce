package org.sched4j.api;

/**
 * A method that solves problems of one {@link ProblemType}: a CP-SAT model, a dispatching rule, a local search,
 * a portfolio.
 *
 * <p>Solvers are stateless and thread-safe: one instance may solve several problems at once from several threads.
 * They are found through {@link Solvers}, which loads every {@link SolverProvider} on the class path.
 *
 * @param <P> the problem (instance) type
 * @param <S> the solution type
 */
public interface Solver<P, S> {

    /** The stable, lower-case identifier used on the command line: {@code cpsat}, {@code mwkr}, {@code auto}. */
    String id();

    /** The problem type this solver solves. */
    ProblemType<P, S> problemType();

    /** One line for people: the method and, for published methods, its source. */
    String description();

    /**
     * Solves {@code problem} within {@code options}' limits.
     *
     * <p>Returns within the time limit (plus the few milliseconds it takes to stop and evaluate), or soon after an early
     * stop: {@link SolveOptions#termination()} requested, or the calling thread interrupted (its interrupt flag is left
     * set). No thread the solver started is left running when it returns. The result's
     * objective is the evaluator's, never the engine's own; a solver whose claim differs from the evaluator fails
     * with {@link SolverDefectException}. Infeasibility is a status ({@link SolveStatus#INFEASIBLE}), not an
     * exception.
     *
     * @param listener told about every improving solution, from the solving thread
     * @return the best solution found, its evaluation, the best bound and statistics; never {@code null}
     */
    SolveResult<S> solve(P problem, SolveOptions options, SolutionListener<S> listener);

    /**
     * Starts solving {@code problem} on a new thread and returns at once: the handle gives the future result, the best
     * solution so far and {@link SolverJob#terminateEarly()}. Interrupting the thread that calls {@link #solve} stops
     * a synchronous solve the same way.
     *
     * @param listener told about every improving solution, from a solver thread
     */
    default SolverJob<S> solveAsync(P problem, SolveOptions options, SolutionListener<S> listener) {
        return SolverJob.start(this, problem, options, listener);
    }

    /** Solves without a listener. */
    default SolveResult<S> solve(P problem, SolveOptions options) {
        return solve(problem, options, SolutionListener.none());
    }
}
