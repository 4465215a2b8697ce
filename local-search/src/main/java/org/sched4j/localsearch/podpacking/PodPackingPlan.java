package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.List;

/**
 * A pod packing plan for Timefold: the nodes (values), the pods (entities) and a bendable score of one hard level
 * (overload) and {@value PodPackingConstraints#SOFT_LEVELS} soft levels, two per tier ({@link PodPackingConstraints}).
 */
@PlanningSolution
public class PodPackingPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<NodeSlot> nodes;

    @PlanningEntityCollectionProperty
    private List<PodAssignment> pods;

    @PlanningScore(bendableHardLevelsSize = PodPackingConstraints.HARD_LEVELS,
            bendableSoftLevelsSize = PodPackingConstraints.SOFT_LEVELS)
    private BendableScore score;

    /** For Timefold's solution cloner. */
    PodPackingPlan() {
    }

    PodPackingPlan(List<NodeSlot> nodes, List<PodAssignment> pods) {
        this.nodes = List.copyOf(nodes);
        this.pods = List.copyOf(pods);
    }

    public List<NodeSlot> getNodes() {
        return nodes;
    }

    public List<PodAssignment> getPods() {
        return pods;
    }

    /** The score Timefold last computed, {@code null} before. */
    public BendableScore getScore() {
        return score;
    }

    /** Sets the score; Timefold calls it. */
    public void setScore(BendableScore score) {
        this.score = score;
    }
}
