package org.sched4j.localsearch.podpacking;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuPacking;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

/**
 * The plan Timefold's pod packer starts from: the default scheduler's plan when the evaluator finds it valid, else
 * the current placement (running pods where they run, pending pods unplaced) when valid, else the current placement
 * without the pods that break a rule there (see {@link #withoutRuleBreakers}), valid or not.
 *
 * @param placement the plan
 * @param source    where it comes from
 * @param valid     whether the evaluator finds it valid
 */
record StartPlan(PodPlacement placement, Source source, boolean valid) {

    /** Where a start plan comes from; its ordinal is the solver's {@code start_plan} statistic. */
    enum Source {
        /** The default scheduler's plan ({@code kube-default}). */
        KUBE_DEFAULT,
        /** The current placement. */
        CURRENT,
        /** The current placement without the pods that break a rule there. */
        CURRENT_WITHOUT_RULE_BREAKERS
    }

    /** The start plan of {@code problem}. */
    static StartPlan of(PodPackingInstance problem) {
        PodPlacement kube = KubeDefaultScheduler.schedule(problem);
        if (isValid(problem, kube)) {
            return new StartPlan(kube, Source.KUBE_DEFAULT, true);
        }
        PodPlacement current = problem.currentPlacement();
        if (isValid(problem, current)) {
            return new StartPlan(current, Source.CURRENT, true);
        }
        PodPlacement repaired = withoutRuleBreakers(problem);
        return new StartPlan(repaired, Source.CURRENT_WITHOUT_RULE_BREAKERS, isValid(problem, repaired));
    }

    private static boolean isValid(PodPackingInstance problem, PodPlacement plan) {
        return PodPackingProblem.TYPE.evaluate(problem, plan).isFeasible();
    }

    /**
     * The current placement without its rule breakers: every unprotected running pod that a node-only rule forbids to
     * stay where it runs (an untolerated NoExecute taint, a GPU model it does not accept) is unplaced, then on every
     * node over its CPU, memory, pod limit or GPU devices the unprotected pods that take the exceeded resources, one at
     * a time until the node holds the rest: first those whose eviction its disruption budgets still allow, the lowest
     * priority first, the latest created among equals. Pods that stay do not break the inter-pod rules (those bind
     * pods placed anew); protected pods may break rules that no plan can repair, and a budget may be overdrawn, so the
     * result is not always valid.
     */
    static PodPlacement withoutRuleBreakers(PodPackingInstance problem) {
        int[] nodes = problem.currentPlacement().nodes();
        int[] allowance = problem.budgets().stream().mapToInt(DisruptionBudget::allowedDisruptions).toArray();
        List<List<Integer>> podsOn = new ArrayList<>();
        for (int n = 0; n < problem.nodeCount(); n++) {
            podsOn.add(new ArrayList<>());
        }
        for (int p = 0; p < problem.podCount(); p++) {
            Pod pod = problem.pods().get(p);
            if (!pod.isRunning()) {
                continue;
            }
            if (!pod.protectedPod() && !PlacementRules.allowed(pod, problem.nodes().get(pod.currentNode()), true)) {
                evict(problem, pod, allowance);
                nodes[p] = Pod.PENDING;
            } else {
                podsOn.get(pod.currentNode()).add(p);
            }
        }
        for (int n = 0; n < problem.nodeCount(); n++) {
            List<Integer> pods = podsOn.get(n);
            int victim;
            while ((victim = victim(problem, problem.nodes().get(n), pods, allowance)) >= 0) {
                pods.remove(Integer.valueOf(victim));
                evict(problem, problem.pods().get(victim), allowance);
                nodes[victim] = Pod.PENDING;
            }
        }
        return new PodPlacement(nodes);
    }

    /** Counts the eviction of {@code pod} against the allowance of the budgets that cover it. */
    private static void evict(PodPackingInstance problem, Pod pod, int[] allowance) {
        for (int b = 0; b < allowance.length; b++) {
            if (problem.budgets().get(b).covers(pod)) {
                allowance[b]--;
            }
        }
    }

    /** Whether the budgets that cover {@code pod} allow one more disruption. */
    private static boolean budgetsAllow(PodPackingInstance problem, Pod pod, int[] allowance) {
        for (int b = 0; b < allowance.length; b++) {
            if (allowance[b] <= 0 && problem.budgets().get(b).covers(pod)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The unprotected pod to evict from {@code node}, which runs {@code pods}, among those that take a resource the
     * node lacks (see {@link #withoutRuleBreakers}); -1 when the node holds them all or only protected pods take
     * what it lacks.
     */
    private static int victim(PodPackingInstance problem, ClusterNode node, List<Integer> pods, int[] allowance) {
        long cpu = 0;
        long memory = 0;
        List<GpuRequest> gpus = new ArrayList<>();
        for (int p : pods) {
            Pod pod = problem.pods().get(p);
            cpu += pod.cpuMillis();
            memory += pod.memoryBytes();
            if (pod.gpu().any()) {
                gpus.add(pod.gpu());
            }
        }
        boolean cpuShort = cpu > node.cpuMillis();
        boolean memoryShort = memory > node.memoryBytes();
        boolean podsShort = pods.size() > node.podLimit();
        boolean gpuShort = !gpus.isEmpty() && GpuPacking.freeMilli(node.gpus(), gpus) == null;
        int victim = -1;
        boolean victimAllowed = false;
        for (int p : pods) {
            Pod pod = problem.pods().get(p);
            boolean takes = podsShort || cpuShort && pod.cpuMillis() > 0 || memoryShort && pod.memoryBytes() > 0
                    || gpuShort && pod.gpu().any();
            if (!takes || pod.protectedPod()) {
                continue;
            }
            boolean allowed = budgetsAllow(problem, pod, allowance);
            if (victim < 0 || allowed && !victimAllowed
                    || allowed == victimAllowed && pod.priority() <= problem.pods().get(victim).priority()) {
                victim = p;
                victimAllowed = allowed;
            }
        }
        return victim;
    }
}
