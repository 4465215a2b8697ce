package org.sched4j.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A solve running on a thread of its own: its future result, the best solution found so far, and an early stop.
 * Started by {@link Solver#solveAsync}.
 *
 * <p>{@link #terminateEarly()} asks the solver to stop; every engine then returns its best valid result within a
 * fraction of a second (the figures per engine are in {@code docs/architecture.md}) and leaves no thread of its own
 * running. The result is that of a normal solve: evaluated, with status {@link SolveStatus#FEASIBLE} (or
 * {@link SolveStatus#UNKNOWN} when nothing was found yet) unless the stop came after a proof.
 *
 * <p>All methods are thread-safe and may be called from any thread.
 *
 * @param <S> the solution type
 */
public final class SolverJob<S> {

    private final ObjectiveSense sense;
    private final Termination termination = Termination.create();
    private final CompletableFuture<SolveResult<S>> result = new CompletableFuture<>();
    private S bestSolution;
    private double bestObjective = Double.NaN;

    private SolverJob(ObjectiveSense sense) {
        this.sense = sense;
    }

    static <P, S> SolverJob<S> start(Solver<P, S> solver, P problem, SolveOptions options,
                                     SolutionListener<S> listener) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(listener, "listener");
        SolverJob<S> job = new SolverJob<>(solver.problemType().sense());
        SolveOptions jobOptions = options.termination(job.termination);
        Thread thread = new Thread(() -> {
            try {
                job.result.complete(solver.solve(problem, jobOptions, job.tracking(listener)));
            } catch (Throwable failure) {
                job.result.completeExceptionally(failure);
            }
        }, "sched4j-solve-" + solver.problemType().name() + "-" + solver.id());
        thread.start();
        return job;
    }

    private SolutionListener<S> tracking(SolutionListener<S> listener) {
        return (solution, objective, bound, elapsed) -> {
            synchronized (this) {
                if (Double.isNaN(bestObjective) || sense.isBetter(objective, bestObjective)) {
                    bestObjective = objective;
                    bestSolution = solution;
                }
            }
            listener.onImprovingSolution(solution, objective, bound, elapsed);
        };
    }

    /**
     * The result, completed when the solve returns (normally, at its time limit, or soon after
     * {@link #terminateEarly()}); completed exceptionally when the solver throws.
     */
    public CompletableFuture<SolveResult<S>> result() {
        return result;
    }

    /** The best solution the solver has reported so far, if any. */
    public synchronized Optional<S> bestSolution() {
        return Optional.ofNullable(bestSolution);
    }

    /** The solver's objective of {@link #bestSolution()}, empty before the first solution. */
    public synchronized OptionalDouble bestObjective() {
        return Double.isNaN(bestObjective) ? OptionalDouble.empty() : OptionalDouble.of(bestObjective);
    }

    /** Asks the solver to stop and return its best result now; does not wait. Idempotent. */
    public void terminateEarly() {
        termination.request();
    }

    /** Returns true once the result is complete. */
    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Waits for the result at most {@code timeout}; empty when it is not complete by then.
     *
     * @throws CompletionException with the solver's exception as its cause when the solver threw
     */
    public Optional<SolveResult<S>> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(result.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
    }
}
