package org.sched4j.localsearch.podpacking;

/**
 * That pod {@code podIndex} is of the pods a spread group counts (its namespace and labels match; whether it counts
 * depends on its node): a problem fact.
 *
 * @param podIndex the pod
 * @param group    the group
 */
record SpreadMembership(int podIndex, SpreadGroup group) {
}
