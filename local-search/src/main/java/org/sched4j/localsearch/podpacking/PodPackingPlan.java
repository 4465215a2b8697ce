package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.List;

/**
 * A pod packing plan for Timefold: the nodes (values), the pods (entities, each with its own value range), the facts
 * the inter-pod rules read, and a bendable score of one hard level and {@value PodPackingConstraints#SOFT_LEVELS} soft
 * levels ({@link PodPackingConstraints}). {@link PodPackingPlanConversion} builds it from a scenario.
 */
@PlanningSolution
public class PodPackingPlan {

    @ProblemFactCollectionProperty
    private List<NodeSlot> nodes;

    @PlanningEntityCollectionProperty
    private List<PodAssignment> pods;

    @ProblemFactCollectionProperty
    private List<PodTerm> terms;

    @ProblemFactCollectionProperty
    private List<DomainMembership> domainMemberships;

    @ProblemFactCollectionProperty
    private List<SpreadRequirement> spreadRequirements;

    @ProblemFactCollectionProperty
    private List<SpreadMembership> spreadMemberships;

    @ProblemFactCollectionProperty
    private List<BudgetMembership> budgetMemberships;

    @PlanningScore(bendableHardLevelsSize = PodPackingConstraints.HARD_LEVELS,
            bendableSoftLevelsSize = PodPackingConstraints.SOFT_LEVELS)
    private BendableScore score;

    /** For Timefold's solution cloner. */
    PodPackingPlan() {
    }

    /** A plan of the given nodes and pods and the facts of their inter-pod rules and budgets. */
    PodPackingPlan(List<NodeSlot> nodes, List<PodAssignment> pods, List<PodTerm> terms,
                   List<DomainMembership> domainMemberships, List<SpreadRequirement> spreadRequirements,
                   List<SpreadMembership> spreadMemberships, List<BudgetMembership> budgetMemberships) {
        this.nodes = List.copyOf(nodes);
        this.pods = List.copyOf(pods);
        this.terms = List.copyOf(terms);
        this.domainMemberships = List.copyOf(domainMemberships);
        this.spreadRequirements = List.copyOf(spreadRequirements);
        this.spreadMemberships = List.copyOf(spreadMemberships);
        this.budgetMemberships = List.copyOf(budgetMemberships);
    }

    public List<NodeSlot> getNodes() {
        return nodes;
    }

    public List<PodAssignment> getPods() {
        return pods;
    }

    /** The pods' affinity terms; public for Timefold, like the other fact collections. */
    public List<PodTerm> getTerms() {
        return terms;
    }

    /** Which pods each selection of the affinity terms selects, and under which topology keys they are counted. */
    public List<DomainMembership> getDomainMemberships() {
        return domainMemberships;
    }

    /** The pods' topology spread constraints. */
    public List<SpreadRequirement> getSpreadRequirements() {
        return spreadRequirements;
    }

    /** The pods each spread group may count. */
    public List<SpreadMembership> getSpreadMemberships() {
        return spreadMemberships;
    }

    /** The running pods each disruption budget covers. */
    public List<BudgetMembership> getBudgetMemberships() {
        return budgetMemberships;
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
