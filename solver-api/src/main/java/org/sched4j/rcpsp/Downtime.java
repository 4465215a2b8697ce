package org.sched4j.rcpsp;

/**
 * A resource unavailable, wholly or in part, over a time interval (maintenance, a freeze window): over
 * {@code [start, end)} the resource has {@code unavailable} units fewer. Downtimes of one resource that overlap add
 * up, down to a capacity of 0.
 *
 * @param resource    the resource index, from 0
 * @param start       the first time unit of the downtime, at least 0
 * @param end         the first time unit after it, above {@code start}
 * @param unavailable the units missing, at least 1
 */
public record Downtime(int resource, int start, int end, int unavailable) {

    public Downtime {
        if (resource < 0) {
            throw new IllegalArgumentException("resource index must be at least 0, got " + resource);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("downtime of resource " + resource + " needs 0 <= start < end, got ["
                    + start + ", " + end + ")");
        }
        if (unavailable < 1) {
            throw new IllegalArgumentException("downtime of resource " + resource
                    + " must remove at least 1 unit, got " + unavailable);
        }
    }
}
