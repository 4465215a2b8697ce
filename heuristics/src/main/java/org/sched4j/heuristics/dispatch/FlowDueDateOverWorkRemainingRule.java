package org.sched4j.heuristics.dispatch;

/**
 * FDD/MWKR: the smallest ratio of the flow due date (the job's processing time from its start up to and including
 * the operation) to the job's work remaining (the operation included). Sels, Gheysen &amp; Vanhoucke, "A comparison
 * of priority rules for the job shop scheduling problem under different flow time- and tardiness-related objective
 * functions", International Journal of Production Research 50(15), 2012.
 */
record FlowDueDateOverWorkRemainingRule(OperationTable table) implements PriorityRule {

    @Override
    public double rank(int operation, int readyTime) {
        return (double) table.flowDueDate[operation] / table.workRemaining[operation];
    }
}
