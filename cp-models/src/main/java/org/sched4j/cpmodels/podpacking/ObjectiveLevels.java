package org.sched4j.cpmodels.podpacking;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.PlacementRules;

/**
 * The levels of {@link org.sched4j.podpacking.PodPackingObjective#compareTo} over the free pods of a
 * {@link PodPackingCpSatModel}, as expressions of its variables and as values of a plan (the fixed pods add a
 * constant to each): per priority tier the placed free pods, and the disruption of the running free pods
 * {@code sum (1 + placed(p) - 2 stay(p))} (0 when it stays, 1 when evicted, 2 when moved); the tiers folded into one
 * number; the node-local soft penalty {@code sum x[p][n] (missed preferred node affinity weight(p, n) + 100
 * untolerated PreferNoSchedule taints(p, n))}, which is the evaluator's soft penalty when no pod has a preferred pod
 * (anti-)affinity or a {@code ScheduleAnyway} spread constraint ({@link #softIsExact()}).
 */
final class ObjectiveLevels {

    /** The soft penalty of one untolerated PreferNoSchedule taint, as the evaluator counts it. */
    static final int PREFER_NO_SCHEDULE_PENALTY = 100;

    private final PodPackingCpSatModel core;
    private final PodPackingInstance instance;
    private final int[] tierOf;
    private final int tierCount;

    ObjectiveLevels(PodPackingCpSatModel core) {
        this.core = core;
        this.instance = core.instance();
        this.tierOf = instance.tierOfPods();
        this.tierCount = instance.tierPriorities().size();
    }

    /** The number of priority tiers. */
    int tierCount() {
        return tierCount;
    }

    /** Whether tier {@code tier} has running free pods (else its disruption in the model is constant). */
    boolean hasDisruptableRunningPods(int tier) {
        for (int p = 0; p < instance.podCount(); p++) {
            if (tierOf[p] == tier && core.isFree(p) && instance.pods().get(p).isRunning()) {
                return true;
            }
        }
        return false;
    }

    /** The placed free pods of tier {@code tier}. */
    LinearExpr tierPlaced(int tier) {
        LinearExprBuilder placed = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            if (tierOf[p] == tier && core.isFree(p)) {
                for (BoolVar x : core.variablesOf(p)) {
                    placed.add(x);
                }
            }
        }
        return placed.build();
    }

    /** The disruption of the running free pods of tier {@code tier}: 1 per eviction, 2 per move. */
    LinearExpr disruption(int tier) {
        LinearExprBuilder disruption = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (tierOf[p] != tier || !pod.isRunning() || !core.isFree(p)) {
                continue;
            }
            disruption.add(1);
            for (int i = 0; i < core.nodesOf(p).length; i++) {
                disruption.addTerm(core.variablesOf(p)[i], core.nodesOf(p)[i] == pod.currentNode() ? -1 : 1);
            }
        }
        return disruption.build();
    }

    /**
     * The tiers folded into one number to maximise, when it stays below 2<sup>50</sup>: the digits {@code placed_1,
     * -disruption_1, placed_2, ...} (tier 1 the highest) of a mixed-radix number whose digit {@code placed_t} has radix
     * {@code free pods_t + 1} and {@code disruption_t} radix {@code 2 running free pods_t + 1}, so that it orders the
     * free pods' plans as the tiers do. Returns the weight of each digit ({@code placed_t} at {@code 2t},
     * {@code disruption_t} at {@code 2t + 1}), or null when the number would be larger.
     */
    long[] tierWeights() {
        long[] radix = new long[2 * tierCount];
        for (int p = 0; p < instance.podCount(); p++) {
            if (core.isFree(p)) {
                radix[2 * tierOf[p]]++;
                radix[2 * tierOf[p] + 1] += instance.pods().get(p).isRunning() ? 2 : 0;
            }
        }
        long[] weight = new long[2 * tierCount];
        long product = 1;
        for (int digit = weight.length - 1; digit >= 0; digit--) {
            weight[digit] = product;
            product = Math.multiplyHigh(product, radix[digit] + 1) == 0 ? product * (radix[digit] + 1) : -1;
            if (product < 0 || product > 1L << 50) {
                return null;
            }
        }
        return weight;
    }

    /** The tiers as one number to maximise, with the weights of {@link #tierWeights()}. */
    LinearExpr weightedTiers(long[] weights) {
        LinearExprBuilder value = LinearExpr.newBuilder();
        for (int tier = 0; tier < tierCount; tier++) {
            value.addTerm(tierPlaced(tier), weights[2 * tier]).addTerm(disruption(tier), -weights[2 * tier + 1]);
        }
        return value.build();
    }

    /** The value of {@link #weightedTiers} in {@code plan}. */
    long weightedTiersIn(PodPlacement plan, long[] weights) {
        long value = 0;
        for (int tier = 0; tier < tierCount; tier++) {
            value += placedIn(plan, tier) * weights[2 * tier] - disruptionIn(plan, tier) * weights[2 * tier + 1];
        }
        return value;
    }

    /** The node-local soft penalty of the free pods (see the class comment). */
    LinearExpr softPenalty() {
        LinearExprBuilder penalty = LinearExpr.newBuilder();
        for (int p = 0; p < instance.podCount(); p++) {
            if (!core.isFree(p)) {
                continue;
            }
            for (int i = 0; i < core.nodesOf(p).length; i++) {
                long cost = softCost(p, core.nodesOf(p)[i]);
                if (cost > 0) {
                    penalty.addTerm(core.variablesOf(p)[i], cost);
                }
            }
        }
        return penalty.build();
    }

    /** Whether some free pod has a node-local soft cost on one of its candidate nodes. */
    boolean hasSoftCosts() {
        for (int p = 0; p < instance.podCount(); p++) {
            if (core.isFree(p)) {
                for (int n : core.nodesOf(p)) {
                    if (softCost(p, n) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private long softCost(int p, int n) {
        Pod pod = instance.pods().get(p);
        ClusterNode node = instance.nodes().get(n);
        return pod.scheduling().nodeAffinity().missedPreferredWeight(node)
                + (long) PREFER_NO_SCHEDULE_PENALTY * PlacementRules.untoleratedPreferNoSchedule(pod, node);
    }

    /**
     * Whether {@link #softPenalty()} plus the fixed pods' part is the evaluator's soft penalty: no pod has a preferred
     * pod affinity or anti-affinity term or a {@code ScheduleAnyway} spread constraint.
     */
    boolean softIsExact() {
        for (Pod pod : instance.pods()) {
            PodScheduling rules = pod.scheduling();
            if (!rules.preferredAffinity().isEmpty() || !rules.preferredAntiAffinity().isEmpty()
                    || rules.topologySpread().stream().anyMatch(constraint -> !constraint.hard())) {
                return false;
            }
        }
        return true;
    }

    /** The placed free pods of tier {@code tier} in {@code plan}. */
    long placedIn(PodPlacement plan, int tier) {
        long placed = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            placed += tierOf[p] == tier && core.isFree(p) && plan.nodeOf(p) != Pod.PENDING ? 1 : 0;
        }
        return placed;
    }

    /** The free pods of tier {@code tier}. */
    long freePodsOf(int tier) {
        long count = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            count += tierOf[p] == tier && core.isFree(p) ? 1 : 0;
        }
        return count;
    }

    /** The disruption of the running free pods of tier {@code tier} in {@code plan}. */
    long disruptionIn(PodPlacement plan, int tier) {
        long disruption = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            Pod pod = instance.pods().get(p);
            if (tierOf[p] == tier && core.isFree(p) && pod.isRunning() && plan.nodeOf(p) != pod.currentNode()) {
                disruption += plan.nodeOf(p) == Pod.PENDING ? 1 : 2;
            }
        }
        return disruption;
    }

    /** The node-local soft penalty of the free pods in {@code plan}. */
    long softPenaltyIn(PodPlacement plan) {
        long penalty = 0;
        for (int p = 0; p < instance.podCount(); p++) {
            if (core.isFree(p) && plan.nodeOf(p) != Pod.PENDING) {
                penalty += softCost(p, plan.nodeOf(p));
            }
        }
        return penalty;
    }
}
