package org.sched4j.localsearch.podpacking;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The pod packing objective as Timefold constraints over a bendable score.
 * <ul>
 *   <li>hard level 0, every rule the evaluator checks that the value ranges do not already keep (see
 *       {@link PodAssignment} for those): per node the CPU overload (millicores), memory overload (MiB), pods beyond
 *       the pod limit and 1 when its pods' GPU requests cannot be packed onto its devices
 *       ({@link org.sched4j.podpacking.GpuPacking#freeMilli}, grouped per node with
 *       {@link ConstraintCollectors#toList}); the required pod affinity and anti-affinity and {@code DoNotSchedule}
 *       spread violations ({@link InterPodConstraints}); the covered pods a disruption budget loses beyond its
 *       allowance;</li>
 *   <li>soft level {@code 2t}: the unplaced pods of tier {@code t}; soft level {@code 2t + 1}: the disruption of the
 *       running pods of tier {@code t} (1 per eviction, 2 per move), tier 0 the highest priority;</li>
 *   <li>soft level {@value #PREFERENCE_LEVEL}: the evaluator's soft penalty (preferred node affinity,
 *       PreferNoSchedule taints, preferred pod affinity and anti-affinity, {@code ScheduleAnyway} spread);</li>
 *   <li>soft level {@value #FRAGMENTATION_LEVEL}: the GPU fragmentation in millionths of a GPU (each node's
 *       expected fragment rounded), on scenarios with GPU pods and GPU nodes.</li>
 * </ul>
 * A plan has hard score 0 exactly when the evaluator finds it valid. A bendable score's level count is fixed at
 * compile time: {@value #TIER_LEVELS} tiers; the tiers beyond share the last pair of tier levels (their order among
 * themselves is then a plain sum; the evaluator still judges the plan exactly, and the solver keeps the best plan by
 * the evaluator's order).
 */
public class PodPackingConstraints implements ConstraintProvider {

    /** The tiers with levels of their own. */
    public static final int TIER_LEVELS = 8;
    /** The number of hard levels. */
    static final int HARD_LEVELS = 1;
    /** The soft level of the soft penalty of the preferences. */
    static final int PREFERENCE_LEVEL = 2 * TIER_LEVELS;
    /** The soft level of the GPU fragmentation. */
    static final int FRAGMENTATION_LEVEL = PREFERENCE_LEVEL + 1;
    /** The number of soft levels: two per tier, the preferences and the fragmentation. */
    static final int SOFT_LEVELS = FRAGMENTATION_LEVEL + 1;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(cpuOverload(factory));
        constraints.add(memoryOverload(factory));
        constraints.add(podOverload(factory));
        UniConstraintStream<GpuLoad> gpuLoads = gpuLoads(factory);
        constraints.add(gpuPacking(gpuLoads));
        constraints.add(disruptionBudget(factory));
        constraints.addAll(InterPodConstraints.define(factory));
        for (int level = 0; level < TIER_LEVELS; level++) {
            constraints.add(unplaced(factory, level));
            constraints.add(disruption(factory, level));
        }
        constraints.add(nodePreferences(factory));
        constraints.add(fragmentation(gpuLoads));
        constraints.add(emptyNodeFragmentation(factory));
        return constraints.toArray(Constraint[]::new);
    }

    /** One unit of the hard level. */
    static BendableScore hard() {
        return BendableScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);
    }

    /** One unit of the soft penalty's level. */
    static BendableScore preference() {
        return BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, PREFERENCE_LEVEL, 1);
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

    /**
     * Each node with GPUs or GPU pods: its pods' CPU requests and how its pods' GPU requests pack (grouped per node
     * with {@link ConstraintCollectors#toList}, packed once per change for both constraints that read it).
     */
    private static UniConstraintStream<GpuLoad> gpuLoads(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .filter(pod -> pod.getNode().getGpus() > 0 || pod.hasGpu())
                .groupBy(PodAssignment::getNode, ConstraintCollectors.sum(PodAssignment::getCpuMillis),
                        ConstraintCollectors.conditionally(PodAssignment::hasGpu,
                                ConstraintCollectors.toList(PodAssignment::gpu)))
                .map((node, cpu, requests) -> new GpuLoad(node, cpu, node.freeMilli(requests)));
    }

    private static Constraint gpuPacking(UniConstraintStream<GpuLoad> gpuLoads) {
        return gpuLoads.filter(load -> load.freeMilli() == null)
                .penalize(hard())
                .asConstraint("GPU packing");
    }

    private static Constraint disruptionBudget(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PodAssignment.class)
                .filter(pod -> pod.disruption() > 0)
                .join(BudgetMembership.class,
                        Joiners.equal(PodAssignment::getIndex, BudgetMembership::podIndex))
                .groupBy((pod, membership) -> membership.budget(), ConstraintCollectors.countBi())
                .filter((budget, disrupted) -> disrupted > budget.allowedDisruptions())
                .penalize(hard(), (budget, disrupted) -> disrupted - budget.allowedDisruptions())
                .asConstraint("disruption budget");
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

    /** Preferred node affinity missed and PreferNoSchedule taints not tolerated, per placed pod. */
    private static Constraint nodePreferences(ConstraintFactory factory) {
        return factory.forEach(PodAssignment.class)
                .filter(pod -> pod.nodePenalty() > 0)
                .penalize(preference(), PodAssignment::nodePenalty)
                .asConstraint("node preferences");
    }

    private static Constraint fragmentation(UniConstraintStream<GpuLoad> gpuLoads) {
        return gpuLoads.filter(load -> load.freeMilli() != null && load.node().scoresFragmentation())
                .penalize(fragmentationUnit(), GpuLoad::fragment)
                .asConstraint("GPU fragmentation");
    }

    private static Constraint emptyNodeFragmentation(ConstraintFactory factory) {
        return factory.forEach(NodeSlot.class)
                .filter(node -> node.emptyFragment() > 0)
                .ifNotExists(PodAssignment.class, Joiners.equal(node -> node, PodAssignment::getNode))
                .penalize(fragmentationUnit(), NodeSlot::emptyFragment)
                .asConstraint("GPU fragmentation of empty nodes");
    }

    /**
     * A node's pods' CPU requests and the free thousandths per device once their GPU requests are packed, null when
     * they do not fit.
     */
    private record GpuLoad(NodeSlot node, long cpuMillis, int[] freeMilli) {

        /** The node's fragment in millionths of a GPU (the evaluator counts a node whose requests do not fit as 0). */
        long fragment() {
            return node.fragment(cpuMillis, freeMilli);
        }
    }

    private static BendableScore fragmentationUnit() {
        return BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, FRAGMENTATION_LEVEL, 1);
    }
}
