package org.sched4j.localsearch.podpacking;

/**
 * A topology spread constraint of one pod: a problem fact.
 *
 * @param index       the requirement's index among all (equal constraints of one pod are distinct facts, as the
 *                    evaluator counts each)
 * @param owner       the index of the pod with the constraint
 * @param group       the pods it counts
 * @param hard        {@code DoNotSchedule} (checked when the pod is placed anew) rather than {@code ScheduleAnyway}
 *                    (a soft penalty wherever the pod is placed)
 * @param selfMatches whether the constraint's selector matches the owner
 */
record SpreadRequirement(int index, int owner, SpreadGroup group, boolean hard, boolean selfMatches) {
}
