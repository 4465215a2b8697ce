package org.sched4j.localsearch.timefold;

import java.time.Duration;
import java.util.Objects;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolutionListener;
import org.sched4j.jobshop.JobShopSchedule;

/**
 * Keeps the best schedule of one solve and tells the listener of each strict improvement, with the time since the
 * solve started. Thread-safe; once {@linkplain #close() closed}, when the
 * solve has returned, offers are ignored.
 */
final class ImprovementTracker {

    private final SolutionListener<JobShopSchedule> listener;
    private final double bound;
    private final Deadline deadline;
    private JobShopSchedule best;
    private long bestMakespan = Long.MAX_VALUE;
    private Duration timeToBest = Duration.ZERO;
    private int improvements;
    private boolean closed;

    /**
     * @param bound    the bound passed to the listener
     * @param deadline the solve's deadline, whose start times the improvements
     */
    ImprovementTracker(SolutionListener<JobShopSchedule> listener, double bound, Deadline deadline) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.bound = bound;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    /** Returns true when {@code makespan} beats the best so far (always before the first offer). */
    synchronized boolean improves(long makespan) {
        return makespan < bestMakespan;
    }

    /**
     * Keeps {@code schedule} and tells the listener, if its {@code makespan} beats the best so far and the tracker
     * is open.
     */
    synchronized void offer(JobShopSchedule schedule, long makespan) {
        if (closed || !improves(makespan)) {
            return;
        }
        best = schedule;
        bestMakespan = makespan;
        timeToBest = elapsed();
        improvements++;
        listener.onImprovingSolution(schedule, makespan, bound, timeToBest);
    }

    /** Ignores every later offer. */
    synchronized void close() {
        closed = true;
    }

    /** The time since the solve started. */
    Duration elapsed() {
        return deadline.elapsed();
    }

    /** The best schedule, {@code null} before the first offer. */
    synchronized JobShopSchedule best() {
        return best;
    }

    /** The best schedule's makespan, {@link Long#MAX_VALUE} before the first offer. */
    synchronized long bestMakespan() {
        return bestMakespan;
    }

    /** When the best schedule was found, since the solve started. */
    synchronized Duration timeToBest() {
        return timeToBest;
    }

    /** The number of improvements reported, the start schedule included. */
    synchronized int improvements() {
        return improvements;
    }
}
