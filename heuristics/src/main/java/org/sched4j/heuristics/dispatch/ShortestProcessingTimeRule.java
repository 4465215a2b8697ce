package org.sched4j.heuristics.dispatch;

/**
 * SPT: the operation with the shortest processing time first (Panwalkar &amp; Iskander, "A survey of scheduling
 * rules", Operations Research 25(1), 1977, rule 1).
 */
record ShortestProcessingTimeRule(OperationTable table) implements PriorityRule {

    @Override
    public double rank(int operation, int readyTime) {
        return table.duration[operation];
    }
}
