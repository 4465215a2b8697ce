package org.sched4j.localsearch.podpacking;

/**
 * That running pod {@code podIndex} is covered by a PodDisruptionBudget: a problem fact.
 *
 * @param podIndex the covered pod
 * @param budget   the budget
 */
record BudgetMembership(int podIndex, Budget budget) {

    /**
     * A PodDisruptionBudget.
     *
     * @param index              its index in the scenario
     * @param allowedDisruptions the most covered running pods a plan may move or evict
     */
    record Budget(int index, int allowedDisruptions) {
    }
}
