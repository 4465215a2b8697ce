package org.sched4j.heuristics.dispatch;

/**
 * MOPNR: the operation whose job has the most operations remaining, the operation itself included (Panwalkar &amp;
 * Iskander, "A survey of scheduling rules", Operations Research 25(1), 1977).
 */
record MostOperationsRemainingRule(OperationTable table) implements PriorityRule {

    @Override
    public double rank(int operation, int readyTime) {
        return -table.operationsRemaining[operation];
    }
}
