package org.sched4j.api;

/**
 * Copies a result into a builder of another solver's result: how a solver that delegates to another (a portfolio's
 * {@code auto}) reports what the delegate found under its own id.
 */
public final class ResultCopy {

    private ResultCopy() {
    }

    /**
     * Copies {@code result}'s status, solution (with its evaluated objective as the claim), bound, time to best and
     * statistics into {@code builder}, after the statistics the builder already holds.
     *
     * @param <P> the problem type
     * @param <S> the solution type
     * @return {@code builder}
     */
    public static <P, S> SolveResult.Builder<P, S> into(SolveResult<S> result, SolveResult.Builder<P, S> builder) {
        builder.status(result.status()).bound(result.bound()).timeToBest(result.timeToBest());
        if (result.hasSolution()) {
            builder.solution(result.solution(), result.objective());
        }
        result.statistics().forEach(builder::statistic);
        return builder;
    }
}
