package org.sched4j.rcpsp;

/**
 * The time window of one activity: it starts at {@code release} or later and ends at {@code deadline} or earlier.
 *
 * @param activity the activity index, from 0
 * @param release  the earliest start, at least 0
 * @param deadline the latest end, at least {@code release}; {@link #NO_DEADLINE} for none
 */
public record TimeWindow(int activity, int release, int deadline) {

    /** The deadline of a window that has none. */
    public static final int NO_DEADLINE = Integer.MAX_VALUE;

    public TimeWindow {
        if (activity < 0) {
            throw new IllegalArgumentException("activity index must be at least 0, got " + activity);
        }
        if (release < 0) {
            throw new IllegalArgumentException("release of activity " + activity + " must be at least 0, got "
                    + release);
        }
        if (deadline < release) {
            throw new IllegalArgumentException("deadline of activity " + activity + " must be at least its release "
                    + release + ", got " + deadline);
        }
    }

    /** Whether the window has a deadline. */
    public boolean hasDeadline() {
        return deadline != NO_DEADLINE;
    }
}
