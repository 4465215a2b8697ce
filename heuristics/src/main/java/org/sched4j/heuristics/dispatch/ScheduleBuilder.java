package org.sched4j.heuristics.dispatch;

/** How a dispatching rule's choices become a schedule. */
public enum ScheduleBuilder {
    NON_DELAY, ACTIVE
}
