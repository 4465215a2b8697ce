package org.sched4j.heuristics.dispatch;

/**
 * LPT: the operation with the longest processing time first (Panwalkar &amp; Iskander, "A survey of scheduling
 * rules", Operations Research 25(1), 1977).
 */
record LongestProcessingTimeRule(OperationTable table) implements PriorityRule {

    @Override
    public double rank(int operation, int readyTime) {
        return -table.duration[operation];
    }
}
