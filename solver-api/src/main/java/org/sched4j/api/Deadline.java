package org.sched4j.api;

import java.time.Duration;
import java.util.Objects;

/**
 * When a solve must stop: the one way engines read their time limit and early-termination requests.
 *
 * <p>{@link #of(SolveOptions)} starts the clock when the solve is called and keeps back a reserve of 5 % of the limit,
 * at most 100 ms, for stopping threads, reading the solution back and running the evaluator, so that the solve returns
 * within its limit. The deadline is also reached, at once, when the solve's {@link Termination} is requested: by
 * {@link SolverJob#terminateEarly()} or by interrupting the thread that called {@link Solver#solve}. Engines check
 * {@link #isReached()} in their loops (it reads the clock and a volatile flag) and return their best solution.
 *
 * <p>A portfolio gives each engine a share with {@link #within(Duration)} (same start, same termination, an earlier
 * end) and a solver it delegates to the remaining time with {@link #delegatedOptions(SolveOptions)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Deadline {

    private static final Duration MAXIMUM_RESERVE = Duration.ofMillis(100);

    private final long startNanos;
    private final long endNanos;
    private final long limitEndNanos;
    private final Termination termination;

    private Deadline(long startNanos, long endNanos, long limitEndNanos, Termination termination) {
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.limitEndNanos = limitEndNanos;
        this.termination = termination;
    }

    /**
     * The deadline of a solve with {@code options}, starting now: the time limit less the reserve (5 %, at most
     * 100 ms), and the options' termination or, when they carry none, the interruption of the calling thread.
     */
    public static Deadline of(SolveOptions options) {
        Objects.requireNonNull(options, "options");
        Duration limit = options.timeLimit();
        Duration reserve = limit.dividedBy(20);
        if (reserve.compareTo(MAXIMUM_RESERVE) > 0) {
            reserve = MAXIMUM_RESERVE;
        }
        Termination termination = options.termination() != null ? options.termination()
                : Termination.watching(Thread.currentThread());
        long now = System.nanoTime();
        return new Deadline(now, now + limit.minus(reserve).toNanos(), now + limit.toNanos(), termination);
    }

    /** A deadline {@code budget} from now, with no reserve, stopped early only by {@code termination}. */
    public static Deadline after(Duration budget, Termination termination) {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(termination, "termination");
        long now = System.nanoTime();
        return new Deadline(now, now + budget.toNanos(), now + budget.toNanos(), termination);
    }

    /** A deadline {@code budget} from now, with no reserve, stopped early only by interrupting the calling thread. */
    public static Deadline after(Duration budget) {
        return after(budget, Termination.watching(Thread.currentThread()));
    }

    /** The same start and termination, ending at the latest {@code budget} from now. */
    public Deadline within(Duration budget) {
        long now = System.nanoTime();
        long end = now + Math.max(0, budget.toNanos());
        return end - endNanos < 0 ? new Deadline(startNanos, end, end, termination) : this;
    }

    /** The same start and termination, ending once {@code fraction} (0 to 1) of the remaining time has passed. */
    public Deadline share(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1, got " + fraction);
        }
        return within(Duration.ofNanos((long) (remaining().toNanos() * fraction)));
    }

    /**
     * Options for a solver this solve delegates to: this deadline's termination, so that an early stop reaches the
     * delegate too, and as the time limit what is left of the limit (at least a millisecond). The delegate keeps its
     * own reserve out of it, so a deadline made by {@link #of} hands over its reserve with it: the delegate returns
     * when this solve would have. A share made by {@link #within} has no reserve of its own; the delegate's comes out
     * of the share.
     */
    public SolveOptions delegatedOptions(SolveOptions options) {
        long left = termination.isRequested() ? 0 : limitEndNanos - System.nanoTime();
        Duration limit = Duration.ofNanos(Math.max(left, Duration.ofMillis(1).toNanos()));
        return options.timeLimit(limit).termination(termination);
    }

    /** Returns true once the end has come or termination was requested. */
    public boolean isReached() {
        return System.nanoTime() - endNanos >= 0 || termination.isRequested();
    }

    /** Returns true once an early stop was requested (not when the clock ran out). */
    public boolean isTerminationRequested() {
        return termination.isRequested();
    }

    /** The termination shared by every engine of this solve. */
    public Termination termination() {
        return termination;
    }

    /** The time since the solve started. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The time left before the end; zero once it has come or termination was requested. */
    public Duration remaining() {
        if (termination.isRequested()) {
            return Duration.ZERO;
        }
        long left = endNanos - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** {@link #remaining()} in seconds, for engines whose limits are in seconds (CP-SAT's {@code max_time_in_seconds}). */
    public double remainingSeconds() {
        return remaining().toNanos() / 1e9;
    }

    /** Runs {@code callback} when termination is requested; see {@link Termination#onRequest(Runnable)}. */
    public Termination.Registration onTermination(Runnable callback) {
        return termination.onRequest(callback);
    }
}
