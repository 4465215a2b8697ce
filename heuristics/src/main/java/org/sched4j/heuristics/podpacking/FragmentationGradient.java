package org.sched4j.heuristics.podpacking;

import java.util.Arrays;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuFragmentation;
import org.sched4j.podpacking.Pod;

/**
 * The score step of Fragmentation Gradient Descent (Weng et al., "Beware of Fragmentation: Scheduling GPU-Sharing
 * Workloads with Fragmentation Gradient Descent", USENIX ATC 2023, §4): the feasible node whose expected GPU
 * fragmentation ({@link GpuFragmentation}, the workload being the scenario's GPU pods) grows least when the pod is
 * placed on it — fragment after minus fragment before, the after-state's devices packed by the model's one packing
 * rule. A pod without GPU is placed the same way: its CPU may leave a GPU node unable to run a class of the workload,
 * and so it goes where it fragments the GPUs least (nodes without GPUs have no fragment). Ties, exact because the
 * fragments are compared as integers ({@link GpuFragmentation#weightedNode}), go to the default profile's highest
 * score ({@link KubeDefaultScoring} over the feasible nodes), then to the name that sorts first.
 *
 * <p>Every feasible node is scored, as in the authors' simulator (which sets {@code percentageOfNodesToScore: 100});
 * the simulator maps the decrease through a sigmoid to an integer 0–100 and so ties close values, here the exact
 * difference decides. Each node's current fragment is cached until a pod is bound to or unbound from it; a
 * candidate costs one device packing and one fragment evaluation (O(request groups · devices)).
 */
final class FragmentationGradient implements NodeChoice {

    private final ClusterLoad load;
    private final GpuFragmentation workload;
    private final KubeDefaultScoring scoring;
    private final int[] nameRank;
    private final long[] fragment;
    private final int[] fragmentVersion;
    private final long[] growth;
    private final long[] totals;

    FragmentationGradient(ClusterLoad load) {
        this.load = load;
        workload = GpuFragmentation.of(load.instance());
        scoring = new KubeDefaultScoring(load);
        nameRank = KubeDefaultScheduler.nameRanks(load.instance());
        int nodes = load.instance().nodeCount();
        fragment = new long[nodes];
        fragmentVersion = new int[nodes];
        Arrays.fill(fragmentVersion, -1);
        growth = new long[nodes];
        totals = new long[nodes];
    }

    @Override
    public boolean samplesNodes() {
        return false;
    }

    @Override
    public int choose(int pod, int[] nodes, int count) {
        Pod request = load.instance().pods().get(pod);
        long least = Long.MAX_VALUE;
        int tied = 0;
        for (int i = 0; i < count; i++) {
            growth[i] = growth(request, nodes[i]);
            if (growth[i] < least) {
                least = growth[i];
                tied = 1;
            } else if (growth[i] == least) {
                tied++;
            }
        }
        if (tied > 1) {
            scoring.score(pod, nodes, count, totals);
        }
        int best = -1;
        for (int i = 0; i < count; i++) {
            if (growth[i] == least && (best < 0 || tied > 1 && (totals[i] > totals[best]
                    || totals[i] == totals[best] && nameRank[nodes[i]] < nameRank[nodes[best]]))) {
                best = i;
            }
        }
        return nodes[best];
    }

    /** The growth of the node's weighted fragment when {@code request} is placed on it. */
    private long growth(Pod request, int node) {
        ClusterNode capacity = load.instance().nodes().get(node);
        if (capacity.gpus() == 0) {
            return 0;
        }
        int[] after = load.gpus().freeAfter(node, request.gpu());
        long fragmentAfter = workload.weightedNode(capacity.gpuModel(), load.cpuLeft(node) - request.cpuMillis(),
                after);
        return fragmentAfter - currentFragment(node, capacity);
    }

    private long currentFragment(int node, ClusterNode capacity) {
        if (fragmentVersion[node] != load.version(node)) {
            fragment[node] = workload.weightedNode(capacity.gpuModel(), load.cpuLeft(node), load.gpus().free(node));
            fragmentVersion[node] = load.version(node);
        }
        return fragment[node];
    }
}
