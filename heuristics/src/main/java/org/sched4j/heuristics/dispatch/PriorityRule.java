package org.sched4j.heuristics.dispatch;

/**
 * The priority of a candidate operation under one dispatching rule: the schedule builders dispatch the candidate
 * with the <em>smallest</em> rank, ties going to the smaller job index.
 *
 * <p>Implementations read the {@link OperationTable} they were made for; they are cheap enough to call once per
 * candidate per step and never allocate. Candidates always have a positive duration (the builders start
 * operations of zero duration without asking the rule), so a candidate's work remaining is positive too.
 */
sealed interface PriorityRule permits ShortestProcessingTimeRule, LongestProcessingTimeRule, MostWorkRemainingRule,
        MostOperationsRemainingRule, FlowDueDateOverWorkRemainingRule, FirstInFirstOutRule, RandomRule {

    /**
     * The rank of {@code operation}, smaller first.
     *
     * @param operation the operation's index in the {@link OperationTable}
     * @param readyTime the time its job predecessor ended (0 for a job's first operation)
     */
    double rank(int operation, int readyTime);
}
