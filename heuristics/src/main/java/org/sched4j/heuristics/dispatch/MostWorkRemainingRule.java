package org.sched4j.heuristics.dispatch;

/**
 * MWKR: the operation whose job has the most work remaining, the operation itself included (Panwalkar &amp;
 * Iskander, "A survey of scheduling rules", Operations Research 25(1), 1977; among the best single rules for the
 * makespan in Sels, Gheysen &amp; Vanhoucke, International Journal of Production Research 50(15), 2012).
 */
record MostWorkRemainingRule(OperationTable table) implements PriorityRule {

    @Override
    public double rank(int operation, int readyTime) {
        return -table.workRemaining[operation];
    }
}
