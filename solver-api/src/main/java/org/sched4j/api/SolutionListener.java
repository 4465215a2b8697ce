package org.sched4j.api;

import java.time.Duration;

/**
 * Told about every improving solution a solver finds.
 *
 * <p>Called from a solver thread (not necessarily the caller's, and with portfolios from several threads, one
 * call at a time); implementations should return fast and must not modify the solution.
 *
 * @param <S> the solution type
 */
@FunctionalInterface
public interface SolutionListener<S> {

    /**
     * A solution better than every earlier one of this solve.
     *
     * @param solution  the new solution
     * @param objective its objective as the solver computed it
     * @param bound     the best proven bound at this moment, {@code NaN} when the solver has none
     * @param elapsed   the time since the solve started
     */
    void onImprovingSolution(S solution, double objective, double bound, Duration elapsed);

    /** A listener that ignores everything. */
    static <S> SolutionListener<S> none() {
        return (solution, objective, bound, elapsed) -> {
        };
    }

    /**
     * A listener that several threads may share: it forwards to {@code delegate} only the solutions that improve on
     * every one forwarded before (in {@code sense}), one call at a time.
     */
    static <S> SolutionListener<S> improvementsOnly(ObjectiveSense sense, SolutionListener<S> delegate) {
        return new ImprovementFilter<>(sense, delegate);
    }
}
