package org.sched4j.heuristics.podpacking;

import java.util.Arrays;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;

/**
 * The default profile's score of each feasible node for a pod ({@code pkg/scheduler/apis/config/v1/default_plugins.go}
 * gives the weights): each plugin scores the feasible nodes, its {@code NormalizeScore} maps them to 0–100 over the
 * feasible nodes, and the node's score is the weighted sum.
 * <ul>
 *   <li>{@code TaintToleration}, weight 3 ({@code plugins/tainttoleration/taint_toleration.go}): the node's
 *       PreferNoSchedule taints the pod does not tolerate, normalised reversed ({@code DefaultNormalizeScore} with
 *       {@code reverse}: {@code 100 − 100 · count / max}, all 100 when no node has one);</li>
 *   <li>{@code NodeAffinity}, weight 2 ({@code plugins/nodeaffinity/node_affinity.go}): the weights of the preferred
 *       terms the node matches, normalised {@code 100 · score / max};</li>
 *   <li>{@code InterPodAffinity}, weight 2 ({@code plugins/interpodaffinity/scoring.go}): see
 *       {@link InterPodCounts#affinityScore}, normalised {@code 100 · (score − min) / (max − min)} with min and max
 *       taken together with 0;</li>
 *   <li>{@code PodTopologySpread}, weight 2 ({@code plugins/podtopologyspread/scoring.go}): for the
 *       {@code ScheduleAnyway} constraints, {@code Σ count(node's domain) · log(domains + 2) + maxSkew − 1} rounded,
 *       where domains is the number of distinct domains among the feasible nodes (for the hostname key, the feasible
 *       nodes); nodes lacking a constraint's key score 0; normalised {@code 100 · (max + min − score) / max} (100 for
 *       all when max is 0);</li>
 *   <li>{@code NodeResourcesFit} with the {@code LeastAllocated} strategy, weight 1: per resource (CPU and memory,
 *       weight 1 each) {@code (allocatable - requested) * 100 / allocatable} in integer arithmetic, averaged;</li>
 *   <li>{@code NodeResourcesBalancedAllocation}, weight 1: {@code (1 - std) * 100} truncated, where {@code std} is the
 *       standard deviation of the CPU and memory fractions {@code requested / allocatable} (each at most 1).</li>
 * </ul>
 * "Requested" includes the pod being scheduled and counts pods without a request at the non-zero defaults
 * (100 millicores, 200 MiB), as the scheduler's scoring does. Simplified: {@code ImageLocality} sees no images
 * (the same for every node); the system default spread constraints (which need the pod's Services and ReplicaSets)
 * are not added to a pod without constraints; the spread counts are taken over the nodes eligible for each
 * constraint whatever their other labels (the plugin also skips nodes lacking another constraint's key).
 */
final class KubeDefaultScoring {

    static final int MAX_NODE_SCORE = 100;
    private static final int TAINT_WEIGHT = 3;
    private static final int NODE_AFFINITY_WEIGHT = 2;
    private static final int INTER_POD_AFFINITY_WEIGHT = 2;
    private static final int SPREAD_WEIGHT = 2;

    private final ClusterLoad load;
    private final long[] raw;
    private final boolean[] ignored;
    private final double[] spreadSum;
    private final int[] seen;
    private int epoch;

    KubeDefaultScoring(ClusterLoad load) {
        this.load = load;
        int nodes = load.instance().nodeCount();
        raw = new long[nodes];
        ignored = new boolean[nodes];
        spreadSum = new double[nodes];
        seen = new int[nodes];
    }

    /** Writes the weighted score of each feasible node {@code nodes[0..count)} for {@code pod} into {@code totals}. */
    void score(int pod, int[] nodes, int count, long[] totals) {
        Pod request = load.instance().pods().get(pod);
        for (int i = 0; i < count; i++) {
            totals[i] = resourceScore(load, request, nodes[i]);
        }
        NodeRules rules = load.nodeRules();
        if (rules.anyPreferNoSchedule()) {
            for (int i = 0; i < count; i++) {
                raw[i] = rules.untoleratedPreferNoSchedule(pod, nodes[i]);
            }
            addDefaultNormalized(totals, count, TAINT_WEIGHT, true);
        } else {
            for (int i = 0; i < count; i++) {
                totals[i] += TAINT_WEIGHT * MAX_NODE_SCORE;
            }
        }
        if (!request.scheduling().nodeAffinity().preferred().isEmpty()) {
            for (int i = 0; i < count; i++) {
                raw[i] = rules.preferredAffinityWeight(pod, nodes[i]);
            }
            addDefaultNormalized(totals, count, NODE_AFFINITY_WEIGHT, false);
        }
        InterPodCounts counts = load.rules();
        if (counts != null && counts.hasAffinityScore(pod)) {
            addInterPodAffinity(counts, pod, nodes, count, totals);
        }
        if (counts != null) {
            addSpread(counts, pod, nodes, count, totals);
        }
    }

    /** LeastAllocated plus BalancedAllocation of {@code node} for {@code request}, at most 200. */
    static long resourceScore(ClusterLoad load, Pod request, int node) {
        ClusterNode capacity = load.instance().nodes().get(node);
        long cpu = load.nonZeroCpu(node) + ClusterLoad.nonZeroCpu(request);
        long memory = load.nonZeroMemory(node) + ClusterLoad.nonZeroMemory(request);
        return leastAllocated(cpu, capacity.cpuMillis(), memory, capacity.memoryBytes())
                + balancedAllocation(cpu, capacity.cpuMillis(), memory, capacity.memoryBytes());
    }

    /** {@code DefaultNormalizeScore} of {@code raw[0..count)}, weighted and added to {@code totals}. */
    private void addDefaultNormalized(long[] totals, int count, int weight, boolean reverse) {
        long max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, raw[i]);
        }
        for (int i = 0; i < count; i++) {
            long score = max == 0 ? 0 : MAX_NODE_SCORE * raw[i] / max;
            totals[i] += weight * (reverse ? MAX_NODE_SCORE - score : score);
        }
    }

    private void addInterPodAffinity(InterPodCounts counts, int pod, int[] nodes, int count, long[] totals) {
        long max = 0;
        long min = 0;
        for (int i = 0; i < count; i++) {
            raw[i] = counts.affinityScore(pod, nodes[i]);
            max = Math.max(max, raw[i]);
            min = Math.min(min, raw[i]);
        }
        long range = max - min;
        if (range == 0) {
            return;
        }
        for (int i = 0; i < count; i++) {
            totals[i] += INTER_POD_AFFINITY_WEIGHT * (long) (MAX_NODE_SCORE * ((double) (raw[i] - min) / range));
        }
    }

    private void addSpread(InterPodCounts counts, int pod, int[] nodes, int count, long[] totals) {
        PodTerms terms = counts.index().pod(pod);
        InterPodIndex index = counts.index();
        boolean any = false;
        for (int i = 0; i < count; i++) {
            ignored[i] = false;
        }
        for (int c = 0; c < terms.spreadGroups.length; c++) {
            if (!terms.spreadHard[c]) {
                any = true;
                int key = index.group(terms.spreadGroups[c]).key();
                for (int i = 0; i < count; i++) {
                    ignored[i] |= index.domain(key, nodes[i]) < 0;
                }
            }
        }
        if (!any) {
            return;
        }
        double[] weighted = spreadSum;
        Arrays.fill(weighted, 0, count, 0.0);
        for (int c = 0; c < terms.spreadGroups.length; c++) {
            if (terms.spreadHard[c]) {
                continue;
            }
            int group = terms.spreadGroups[c];
            InterPodIndex.SpreadGroup spread = index.group(group);
            double weight = Math.log(distinctDomains(index, spread.key(), nodes, count) + 2);
            for (int i = 0; i < count; i++) {
                if (!ignored[i]) {
                    int domain = index.domain(spread.key(), nodes[i]);
                    weighted[i] += counts.spread().count(group, domain) * weight
                            + spread.constraint().maxSkew() - 1;
                }
            }
        }
        long max = 0;
        long min = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            raw[i] = Math.round(weighted[i]);
            if (!ignored[i]) {
                max = Math.max(max, raw[i]);
                min = Math.min(min, raw[i]);
            }
        }
        for (int i = 0; i < count; i++) {
            long score = ignored[i] ? 0 : max == 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE * (max + min - raw[i]) / max;
            totals[i] += SPREAD_WEIGHT * score;
        }
    }

    /** The distinct domains of {@code key} among the feasible nodes not ignored. */
    private int distinctDomains(InterPodIndex index, int key, int[] nodes, int count) {
        epoch++;
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            int domain = index.domain(key, nodes[i]);
            if (!ignored[i] && seen[domain] != epoch) {
                seen[domain] = epoch;
                distinct++;
            }
        }
        return distinct;
    }

    /** {@code NodeResourcesFit}'s LeastAllocated score of a node with the given requested and allocatable amounts. */
    static long leastAllocated(long cpu, long cpuAllocatable, long memory, long memoryAllocatable) {
        return (leastAllocatedOf(cpu, cpuAllocatable) + leastAllocatedOf(memory, memoryAllocatable)) / 2;
    }

    private static long leastAllocatedOf(long requested, long allocatable) {
        if (allocatable == 0 || requested > allocatable) {
            return 0;
        }
        return (allocatable - requested) * MAX_NODE_SCORE / allocatable;
    }

    /** {@code NodeResourcesBalancedAllocation}'s score of a node with the given requested and allocatable amounts. */
    static long balancedAllocation(long cpu, long cpuAllocatable, long memory, long memoryAllocatable) {
        double cpuFraction = fraction(cpu, cpuAllocatable);
        double memoryFraction = fraction(memory, memoryAllocatable);
        double std = Math.abs(cpuFraction - memoryFraction) / 2;
        return (long) ((1 - std) * MAX_NODE_SCORE);
    }

    private static double fraction(long requested, long allocatable) {
        if (allocatable == 0) {
            return 1;
        }
        return Math.min(1.0, (double) requested / allocatable);
    }
}
