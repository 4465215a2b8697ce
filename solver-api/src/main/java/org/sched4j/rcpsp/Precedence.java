package org.sched4j.rcpsp;

/**
 * A finish-to-start precedence with a minimum lag: {@code successor} starts no earlier than {@code lag} time units
 * after {@code predecessor} ends.
 *
 * @param predecessor the activity index of the predecessor, from 0
 * @param successor   the activity index of the successor, from 0, not the predecessor
 * @param lag         the minimum time between the predecessor's end and the successor's start, at least 0
 */
public record Precedence(int predecessor, int successor, int lag) {

    public Precedence {
        if (predecessor < 0 || successor < 0) {
            throw new IllegalArgumentException("activity indices must be at least 0, got " + predecessor + " -> "
                    + successor);
        }
        if (predecessor == successor) {
            throw new IllegalArgumentException("activity " + predecessor + " cannot precede itself");
        }
        if (lag < 0) {
            throw new IllegalArgumentException("lag of " + predecessor + " -> " + successor
                    + " must be at least 0, got " + lag);
        }
    }

    /** A precedence without lag. */
    public static Precedence of(int predecessor, int successor) {
        return new Precedence(predecessor, successor, 0);
    }
}
