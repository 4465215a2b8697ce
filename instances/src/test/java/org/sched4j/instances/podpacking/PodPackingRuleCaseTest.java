package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sched4j.api.Evaluation;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * The hand-made rule cases are what they claim: the plan of {@code expected.json} keeps every rule and reaches the
 * expected tiers, no plan that keeps every rule does better (all plans are enumerated: the cases have at most nine
 * pods on three nodes), and the obvious plan breaks the rule the case is about.
 */
class PodPackingRuleCaseTest {

    static List<String> kinds() {
        return PodPackingRuleCase.kinds();
    }

    @Test
    void thereIsACaseForEveryKindOfRule() {
        assertThat(kinds()).containsExactly("disruption-budget", "gpu", "gpu-model", "node-affinity", "node-selector",
                "pod-affinity", "pod-anti-affinity", "pod-anti-affinity-zone", "taint", "topology-spread",
                "unschedulable");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theExpectedPlanKeepsEveryRuleAndReachesTheExpectedTiers(String kind) {
        PodPackingRuleCase rules = PodPackingRuleCase.read(kind);
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(rules.instance(), rules.placement());
        assertThat(evaluation.violations()).isEmpty();
        assertThat(PodPackingRuleCase.tiersOf(PodPackingEvaluator.objective(rules.instance(), rules.placement())))
                .isEqualTo(rules.tiers());
        assertThat(rules.instance().unsupported()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theObviousPlanBreaksTheRuleOfItsCase(String kind) {
        PodPackingRuleCase rules = PodPackingRuleCase.read(kind);
        Evaluation evaluation = PodPackingProblem.TYPE.evaluate(rules.instance(), rules.obviousPlacement());
        assertThat(evaluation.violations()).isNotEmpty()
                .allMatch(violation -> violation.startsWith(rules.obviousViolates() + ":"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theExpectedTiersAreTheBestOfEveryPlanThatKeepsTheRules(String kind) {
        PodPackingRuleCase rules = PodPackingRuleCase.read(kind);
        PodPackingInstance instance = rules.instance();
        int[] tierOf = instance.tierOfPods();
        int tiers = instance.tierPriorities().size();
        int[] twinOf = twins(instance);
        int[] plan = new int[instance.podCount()];
        int[] best = null;
        PodPlacement bestPlan = null;
        do {
            if (!inTwinOrder(plan, twinOf, instance.nodeCount())) {
                continue;
            }
            int[] score = tierScore(instance, tierOf, tiers, plan);
            // Only a plan whose tiers beat the best so far needs the evaluator's verdict, and only if its CPU fits.
            if ((best == null || Arrays.compare(score, best) > 0) && cpuFits(instance, plan)
                    && PodPackingProblem.TYPE.evaluate(instance, new PodPlacement(plan)).isFeasible()) {
                best = score;
                bestPlan = new PodPlacement(plan);
            }
        } while (next(plan, instance.nodeCount()));
        assertThat(bestPlan).isNotNull();
        assertThat(PodPackingRuleCase.tiersOf(PodPackingEvaluator.objective(instance, bestPlan)))
                .isEqualTo(rules.tiers());
    }

    /** Per tier, highest first: the pods placed, then minus the disruption (greater is better, compared in order). */
    private static int[] tierScore(PodPackingInstance instance, int[] tierOf, int tiers, int[] plan) {
        int[] score = new int[2 * tiers];
        for (int p = 0; p < plan.length; p++) {
            score[2 * tierOf[p]] += plan[p] == Pod.PENDING ? 0 : 1;
            score[2 * tierOf[p] + 1] -= PodPackingEvaluator.disruption(instance.pods().get(p), plan[p]);
        }
        return score;
    }

    /**
     * For each pod, the previous pending pod identical to it but for its name (-1 when none): such twins can swap
     * nodes without changing anything, so only plans that give them nodes in order are enumerated.
     */
    private static int[] twins(PodPackingInstance instance) {
        int[] twinOf = new int[instance.podCount()];
        Arrays.fill(twinOf, -1);
        for (int p = 0; p < twinOf.length; p++) {
            for (int q = p - 1; q >= 0 && twinOf[p] < 0; q--) {
                if (!instance.pods().get(p).isRunning() && anonymous(instance.pods().get(p))
                        .equals(anonymous(instance.pods().get(q)))) {
                    twinOf[p] = q;
                }
            }
        }
        return twinOf;
    }

    private static Pod anonymous(Pod pod) {
        return new Pod("", pod.cpuMillis(), pod.memoryBytes(), pod.priority(), pod.currentNode(), pod.protectedPod(),
                pod.gpu(), pod.scheduling());
    }

    private static boolean inTwinOrder(int[] plan, int[] twinOf, int nodes) {
        for (int p = 0; p < plan.length; p++) {
            if (twinOf[p] >= 0 && rank(plan[p], nodes) < rank(plan[twinOf[p]], nodes)) {
                return false;
            }
        }
        return true;
    }

    private static int rank(int node, int nodes) {
        return node == Pod.PENDING ? nodes : node;
    }

    private static boolean cpuFits(PodPackingInstance instance, int[] plan) {
        long[] cpu = new long[instance.nodeCount()];
        for (int p = 0; p < plan.length; p++) {
            if (plan[p] != Pod.PENDING) {
                cpu[plan[p]] += instance.pods().get(p).cpuMillis();
                if (cpu[plan[p]] > instance.nodes().get(plan[p]).cpuMillis()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The next plan in counting order (each pod from the first node to the last, then unplaced). */
    private static boolean next(int[] plan, int nodes) {
        for (int p = 0; p < plan.length; p++) {
            if (plan[p] == Pod.PENDING) {
                plan[p] = 0;
                continue;
            }
            plan[p] = plan[p] + 1 < nodes ? plan[p] + 1 : Pod.PENDING;
            return true;
        }
        return false;
    }
}
