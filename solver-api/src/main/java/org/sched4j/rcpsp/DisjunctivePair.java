package org.sched4j.rcpsp;

/**
 * Two activities that may not overlap in time, in either order (two migrations of the same database, two tasks of
 * one engineer). Activities of duration 0 never overlap anything.
 *
 * @param first  an activity index, from 0
 * @param second another activity index, from 0
 */
public record DisjunctivePair(int first, int second) {

    public DisjunctivePair {
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("activity indices must be at least 0, got " + first + ", " + second);
        }
        if (first == second) {
            throw new IllegalArgumentException("activity " + first + " cannot form a disjunctive pair with itself");
        }
    }
}
