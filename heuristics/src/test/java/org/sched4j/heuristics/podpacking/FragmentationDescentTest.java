package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.api.Deadline;
import org.sched4j.api.SolveOptions;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodScheduling;

class FragmentationDescentTest {

    /** The descent ends when a pass moves nothing; the limit is only a safety net. */
    private static final Deadline GENEROUS = Deadline.of(SolveOptions.withTimeLimit(Duration.ofMinutes(1)));

    private static ClusterNode gpuNode(String name) {
        return new ClusterNode(name, 4000, TinyClusters.MEMORY, 110, 1, "T4", NodeScheduling.NONE);
    }

    /** FgdSolverTest's cluster: a 500 share runs on A; a 500 share and a whole GPU arrive; one T4 per node. */
    private static PodPackingInstance halves(PodScheduling arrivingShare) {
        return new PodPackingInstance("halves", List.of(gpuNode("A"), gpuNode("B")), List.of(
                new Pod("a", 1000, TinyClusters.POD_MEMORY, 1, 0, false).withGpu(GpuRequest.share(500))
                        .withScheduling(PodScheduling.labelled("default", Map.of("app", "a"))),
                Pod.pending("b", 100, TinyClusters.POD_MEMORY, 1).withGpu(GpuRequest.share(500))
                        .withScheduling(arrivingShare),
                Pod.pending("w", 100, TinyClusters.POD_MEMORY, 0).withGpu(GpuRequest.whole(1))));
    }

    @Test
    void movesTheNewShareBesideTheOtherAndThenPlacesTheWholeGpuItFreed() {
        PodPackingInstance instance = halves(PodScheduling.NONE);
        // kube-default puts b on the emptier B (1/3 GPU fragmented, w pending); relocating b to A drops A's fragment
        // from 500/3 to 0 and B's to 0 (an empty device serves every class), and w then takes B's whole device.
        PodPlacement kube = new PodPlacement(TinyClusters.kubeDefault(instance));
        assertThat(kube.nodes()).containsExactly(0, 1, -1);

        PodPlacement descended = FragmentationDescent.improve(instance, kube, GENEROUS);

        assertThat(PodPackingProblem.TYPE.evaluate(instance, descended).isFeasible()).isTrue();
        assertThat(descended.nodes()).containsExactly(0, 0, 1);
        assertThat(PodPackingEvaluator.gpuFragmentation(instance, descended)).isZero();
        assertThat(PodPackingEvaluator.objective(instance, descended).compareTo(
                PodPackingEvaluator.objective(instance, kube))).isNegative();
    }

    @Test
    void leavesAPodWhoseMoveWouldBreakARuleWhereItIs() {
        PodAffinityTerm apartFromA = PodAffinityTerm.of(LabelSelector.of(Map.of("app", "a")),
                ClusterNode.HOSTNAME_LABEL);
        PodPackingInstance instance = halves(PodScheduling.NONE.withPodAntiAffinity(List.of(apartFromA), List.of()));
        PodPlacement kube = new PodPlacement(TinyClusters.kubeDefault(instance));
        assertThat(kube.nodes()).containsExactly(0, 1, -1);

        PodPlacement descended = FragmentationDescent.improve(instance, kube, GENEROUS);

        assertThat(PodPackingProblem.TYPE.evaluate(instance, descended).isFeasible()).isTrue();
        assertThat(descended.nodes()).containsExactly(0, 1, -1);
        assertThat(PodPackingEvaluator.gpuFragmentation(instance, descended)).isCloseTo(1.0 / 3, within(1e-12));
    }
}
