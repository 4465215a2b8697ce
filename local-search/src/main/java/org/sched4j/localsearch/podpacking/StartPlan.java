package org.sched4j.localsearch.podpacking;

import java.util.ArrayList;
import java.util.List;
import org.sched4j.heuristics.podpacking.KubeDefaultScheduler;
import org.sched4j.podpacking.ClusterNode;
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
     * node over its CPU, memory, pod limit or GPU devices the unprotected pods that take the exceeded resources, the
     * lowest priority first (the latest created among equals), until it holds them. Pods that stay do not break the
     * inter-pod rules (those bind pods placed anew); the evictions may overdraw a disruption budget, and protected pods
     * may break rules that no plan can repair, so the result is not always valid.
     */
    static PodPlacement withoutRuleBreakers(PodPackingInstance problem) {
        int[] nodes = problem.currentPlacement().nodes();
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
                nodes[p] = Pod.PENDING;
            } else {
                podsOn.get(pod.currentNode()).add(p);
            }
        }
        for (int n = 0; n < problem.nodeCount(); n++) {
            List<Integer> pods = podsOn.get(n);
            int victim;
            while ((victim = victim(problem, problem.nodes().get(n), pods)) >= 0) {
                pods.remove(Integer.valueOf(victim));
                nodes[victim] = Pod.PENDING;
            }
        }
        return new PodPlacement(nodes);
    }

    /**
     * The unprotected pod to evict from {@code node}, which runs {@code pods}: of those taking a resource the node
     * lacks, the lowest priority, the latest created among equals; -1 when the node holds them all or only protected
     * pods take what it lacks.
     */
    private static int victim(PodPackingInstance problem, ClusterNode node, List<Integer> pods) {
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
        for (int p : pods) {
            Pod pod = problem.pods().get(p);
            boolean takes = podsShort || cpuShort && pod.cpuMillis() > 0 || memoryShort && pod.memoryBytes() > 0
                    || gpuShort && pod.gpu().any();
            if (takes && !pod.protectedPod()
                    && (victim < 0 || pod.priority() <= problem.pods().get(victim).priority())) {
                victim = p;
            }
        }
        return victim;
    }
}
