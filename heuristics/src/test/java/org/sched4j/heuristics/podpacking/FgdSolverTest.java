package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.Solvers;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;

class FgdSolverTest {

    private static ClusterNode gpuNode(String name, long cpu, int gpus) {
        return new ClusterNode(name, cpu, TinyClusters.MEMORY, 110, gpus, "T4", NodeScheduling.NONE);
    }

    /**
     * Nodes A and B with one T4 each; a 500 share runs on A; a 500 share (priority 1) and a whole GPU arrive. The
     * workload has three classes of one pod each: (1000 m, share 500), (100 m, share 500), (100 m, one GPU).
     */
    private static PodPackingInstance halves() {
        return new PodPackingInstance("halves", List.of(gpuNode("A", 4000, 1), gpuNode("B", 4000, 1)), List.of(
                new Pod("a", 1000, TinyClusters.POD_MEMORY, 1, 0, false).withGpu(GpuRequest.share(500)),
                Pod.pending("b", 100, TinyClusters.POD_MEMORY, 1).withGpu(GpuRequest.share(500)),
                Pod.pending("w", 100, TinyClusters.POD_MEMORY, 0).withGpu(GpuRequest.whole(1))));
    }

    @Test
    void fillsTheHalfUsedDeviceWhereKubeDefaultSpreadsAndStrandsTheWholeGpu() {
        PodPackingInstance instance = halves();
        // kube-default: b on the emptier B; both devices keep 500 free, which only the whole-GPU class cannot use:
        // each node's fragment is (0 + 0 + 500) / 3, the cluster's 1000 / 3 thousandths, and w finds no device.
        int[] kube = TinyClusters.kubeDefault(instance);
        assertThat(kube).containsExactly(0, 1, -1);
        assertThat(PodPackingEvaluator.gpuFragmentation(instance, new PodPlacement(kube))).isCloseTo(1.0 / 3,
                within(1e-12));
        // fgd: on A the fragment falls from 500/3 to 0, on B it would grow from 0 to 500/3: b joins a on A, and w
        // takes B's whole device. Nothing is left fragmented.
        int[] fgd = TinyClusters.fgd(instance);
        assertThat(fgd).containsExactly(0, 0, 1);
        assertThat(PodPackingEvaluator.gpuFragmentation(instance, new PodPlacement(fgd))).isZero();
    }

    @Test
    void isRegisteredAndReportsTheFragmentation() {
        SolveResult<PodPlacement> result = Solvers.get(PodPackingProblem.TYPE, "fgd").solve(halves(),
                SolveOptions.DEFAULT);
        assertThat(result.isValid()).isTrue();
        assertThat(result.solution().nodes()).containsExactly(0, 0, 1);
        assertThat(result.statistics().get("gpu_fragmentation")).isEqualTo(0.0);
        assertThat(result.objective()).isZero();
    }

    @Test
    void choosesTheNodeWhereTheEvaluatorsFragmentationGrowsLeast() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 200; trial++) {
            List<ClusterNode> nodes = new ArrayList<>();
            for (int n = 0; n < 2 + random.nextInt(5); n++) {
                nodes.add(gpuNode("n" + n, 4000L * (1 + random.nextInt(4)), random.nextInt(5)));
            }
            List<Pod> pods = new ArrayList<>();
            for (int p = 0; p < 4 + random.nextInt(12); p++) {
                pods.add(Pod.pending("p" + p, 500L * (1 + random.nextInt(6)), TinyClusters.POD_MEMORY, 0)
                        .withGpu(randomRequest(random)));
            }
            PodPackingInstance first = new PodPackingInstance("t" + trial, nodes, pods);
            PodPackingInstance running = first.afterPlan(new PodPlacement(TinyClusters.fgd(first)));
            List<Pod> withArrival = new ArrayList<>(running.pods());
            withArrival.add(Pod.pending("new", 500L * random.nextInt(4), TinyClusters.POD_MEMORY, 0)
                    .withGpu(randomRequest(random)));
            PodPackingInstance instance = running.withPods(withArrival);
            int[] plan = TinyClusters.fgd(instance);
            int last = withArrival.size() - 1;
            if (plan[last] < 0) {
                continue;
            }
            double chosen = PodPackingEvaluator.gpuFragmentation(instance, new PodPlacement(plan));
            ClusterLoad load = new ClusterLoad(instance);
            for (int node = 0; node < nodes.size(); node++) {
                if (load.feasible(last, node)) {
                    plan[last] = node;
                    assertThat(PodPackingEvaluator.gpuFragmentation(instance, new PodPlacement(plan)))
                            .isGreaterThanOrEqualTo(chosen - 1e-9);
                }
            }
        }
    }

    private static GpuRequest randomRequest(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> GpuRequest.NONE;
            case 1 -> GpuRequest.whole(1 + random.nextInt(2));
            default -> GpuRequest.share(100 * (1 + random.nextInt(9)));
        };
    }
}
