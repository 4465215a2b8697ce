package org.sched4j.cpmodels;

import java.time.Duration;
import java.util.Objects;

/**
 * The wall-clock budget of one solve: started when the solve is called, so that whatever runs before CP-SAT (a
 * heuristic, building the model, loading the native library) is deducted from CP-SAT's share.
 *
 * <p>A reserve of 5 % of the limit, at most 100 ms, is kept back from the engine for stopping its threads, reading
 * the solution back and running the evaluator, so that the solve returns within its limit.
 */
public final class TimeBudget {

    private static final Duration MAXIMUM_RESERVE = Duration.ofMillis(100);

    private final long startNanos;
    private final Duration limit;

    private TimeBudget(long startNanos, Duration limit) {
        this.startNanos = startNanos;
        this.limit = limit;
    }

    /** A budget of {@code limit} starting now. */
    public static TimeBudget startingNow(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        return new TimeBudget(System.nanoTime(), limit);
    }

    /** The time since the budget started. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The time an engine may still use: the limit less the time elapsed and the reserve; zero when spent. */
    public Duration remainingForEngine() {
        Duration reserve = limit.dividedBy(20);
        if (reserve.compareTo(MAXIMUM_RESERVE) > 0) {
            reserve = MAXIMUM_RESERVE;
        }
        Duration remaining = limit.minus(elapsed()).minus(reserve);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
