package org.sched4j.podpacking;

import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;

/** How the pod packing solvers without a proof of their own report a plan. */
public final class PodPackingResults {

    private PodPackingResults() {
    }

    /**
     * Starts the result of {@code solverId} holding {@code plan}, whose evaluated objective is {@code objective}:
     * {@link SolveStatus#OPTIMAL} with the bound 0 when the plan places every pod and disrupts none (nothing can do
     * better), else {@link SolveStatus#FEASIBLE} without a bound. The caller adds the time to best and statistics.
     */
    public static SolveResult.Builder<PodPackingInstance, PodPlacement> builder(PodPackingInstance problem,
                                                                             String solverId, PodPlacement plan,
                                                                             PodPackingObjective objective) {
        return SolveResult.builder(PodPackingProblem.TYPE, problem, solverId)
                .status(objective.isPerfect() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE)
                .solution(plan, objective.scalar())
                .bound(objective.isPerfect() ? 0 : Double.NaN);
    }
}
