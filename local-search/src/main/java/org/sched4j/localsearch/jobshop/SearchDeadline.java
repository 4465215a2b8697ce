package org.sched4j.localsearch.jobshop;

import java.time.Duration;
import java.util.Objects;

/**
 * When a search started and when it must stop, as {@link System#nanoTime} readings. The search reads the clock once
 * per iteration, so it stops within one iteration (well under a millisecond) of the deadline.
 *
 * @param startNanos    {@link System#nanoTime} when the solve began; improvements are timed from it
 * @param deadlineNanos {@link System#nanoTime} at which the search stops
 */
public record SearchDeadline(long startNanos, long deadlineNanos) {

    /** A deadline {@code limit} from now. */
    public static SearchDeadline startingNow(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        long now = System.nanoTime();
        return new SearchDeadline(now, now + limit.toNanos());
    }

    /** Returns true once the deadline has come. */
    public boolean hasPassed() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    /** The time since the start. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
