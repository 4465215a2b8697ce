package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod packing objective as Timefold constraints over a bendable score.
 * <ul>
 *   <li>hard level 0: CPU overload (millicores), memory overload (MiB) and pods beyond the pod limit, per node;</li>
 *   <li>soft level {@code 2t}: the unplaced pods of tier {@code t}; soft level {@code 2t + 1}: the disruption of the
 *       running pods of tier {@code t} (1 per eviction, 2 per move), tier 0 the highest priority.</li>
 * </ul>
 * A bendable score's level count is fixed at compile time: {@value #TIER_LEVELS} tiers; the tiers beyond share the
 * last pair of levels (their order among themselves is then a plain sum; the evaluator still judges the plan
 * exactly, and {@code auto} keeps the best plan by the evaluator's order).
 */
public class PodPackingConstraints implements ConstraintProvider {

    /** The tiers with levels of their own. */
    public static final int TIER_LEVELS = 8;
    /** The number of hard levels. */
    static final int HARD_LEVELS = 1;
    /** The number of soft levels: two per tier. */
    static final int SOFT_LEVELS = 2 * TIER_LEVELS;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(cpuOverload(factory));
        constraints.add(memoryOverload(factory));
        constraints.add(podOverload(factory));
        for (int level = 0; level < TIER_LEVELS; level++) {
            constraints.add(unplaced(factory, level));
            constraints.add(disruption(factory, level));
        }
        return constraints.toArray(Constraint[]::new);
    }

    private static BendableScore hard() {
        return BendableScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);
    }

    private static Constraint cpuOverload(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .groupBy(PodAssignment::getNode, ConstraintCollectors.sum(PodAssignment::getCpuMillis))
                .filter((node, cpu) -> node.cpuOverload(cpu) > 0)
                .penalize(hard(), NodeSlot::cpuOverload)
                .asConstraint("CPU overload");
    }

    private static Constraint memoryOverload(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .groupBy(PodAssignment::getNode, ConstraintCollectors.sum(PodAssignment::getMemoryBytes))
                .filter((node, memory) -> node.memoryOverload(memory) > 0)
                .penalize(hard(), NodeSlot::memoryOverload)
                .asConstraint("memory overload");
    }

    private static Constraint podOverload(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .groupBy(PodAssignment::getNode, ConstraintCollectors.count())
                .filter((node, pods) -> node.podOverload(pods) > 0)
                .penalize(hard(), NodeSlot::podOverload)
                .asConstraint("pod limit");
    }

    private static Constraint unplaced(ConstraintFactory factory, int level) {
        return factory.forEachIncludingUnassigned(PodAssignment.class)
                .filter(pod -> pod.getLevel() == level && pod.getNode() == null)
                .penalize(BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 2 * level, 1))
                .asConstraint("unplaced pods of tier " + level);
    }

    private static Constraint disruption(ConstraintFactory factory, int level) {
        return factory.forEachIncludingUnassigned(PodAssignment.class)
                .filter(pod -> pod.getLevel() == level && pod.disruption() > 0)
                .penalize(BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 2 * level + 1, 1), PodAssignment::disruption)
                .asConstraint("disruption of tier " + level);
    }
}
