package org.sched4j.heuristics.dispatch;

/**
 * How a dispatching rule's choices become a schedule. Both builders take the next unscheduled operation of each job
 * as the candidates and start the chosen one as early as its job and machine allow; they differ in which candidates
 * the rule may choose from (the conflict set).
 */
public enum ScheduleBuilder {
    /**
     * Non-delay: the candidates that can start earliest. No machine idles while an operation could start on it.
     * Usually the better choice for single-pass rules.
     */
    NON_DELAY,
    /**
     * Active, after Giffler &amp; Thompson (Operations Research 8(4), 1960): the candidate with the earliest
     * completion time c* names the machine; the candidates on that machine that can start before c* compete.
     * The schedules are active and the set of them contains an optimum.
     */
    ACTIVE;

    /** The suffix of solver ids built with this builder: empty for {@link #NON_DELAY}, {@code -active}. */
    public String idSuffix() {
        return this == ACTIVE ? "-active" : "";
    }
}
