package org.sched4j.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GPU devices in the evaluator: packing whole devices and shares ({@link GpuPacking}), models, fragmentation. */
class PodPackingGpuTest {

    private static final long GIB = 1L << 30;

    private static ClusterNode gpuNode(String name, long cpuMillis, int gpus, String model) {
        return new ClusterNode(name, cpuMillis, 64 * GIB, 110, gpus, model, NodeScheduling.NONE);
    }

    private static Pod gpuPod(String name, long cpuMillis, int currentNode, GpuRequest gpu) {
        return new Pod(name, cpuMillis, GIB, 0, currentNode, false, gpu, PodScheduling.NONE);
    }

    private static List<String> violations(PodPackingInstance instance, int... plan) {
        return PodPackingProblem.TYPE.evaluate(instance, new PodPlacement(plan)).violations();
    }

    @Test
    void packsSharesThatBestFitDecreasingCannotByExactSearch() {
        // Best fit decreasing puts 500 and 400 on one device and 300, 300, 300 on the other: 200 is left with 100
        // free on each. The exact search finds 500 + 300 + 200 and 400 + 300 + 300.
        int[] shares = {500, 400, 300, 300, 300, 200};
        assertThat(GpuPacking.pack(2, 0, shares.clone())).containsExactly(0, 0);
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            pods.add(gpuPod("share-" + i, 100, Pod.PENDING, GpuRequest.share(shares[i])));
        }
        pods.add(gpuPod("one-more", 100, Pod.PENDING, GpuRequest.share(100)));
        PodPackingInstance instance = new PodPackingInstance("shares", List.of(gpuNode("g", 8000, 2, "A100")), pods);
        assertThat(violations(instance, 0, 0, 0, 0, 0, 0, -1)).isEmpty();
        assertThat(violations(instance, 0, 0, 0, 0, 0, 0, 0)).containsExactly("gpu: node g: the GPU requests of its "
                + "pods (2100 thousandths) cannot be packed onto its 2 devices");
    }

    @Test
    void givesWholeDevicesTheirOwnDevice() {
        PodPackingInstance instance = new PodPackingInstance("whole", List.of(gpuNode("g", 8000, 4, "")), List.of(
                gpuPod("two-a", 100, Pod.PENDING, GpuRequest.whole(2)),
                gpuPod("two-b", 100, Pod.PENDING, GpuRequest.whole(2)),
                gpuPod("tenth", 100, Pod.PENDING, GpuRequest.share(100))));
        assertThat(violations(instance, 0, 0, -1)).isEmpty();
        assertThat(violations(instance, 0, -1, 0)).isEmpty();
        assertThat(violations(instance, 0, 0, 0)).singleElement().asString().startsWith("gpu: node g:");
    }

    @Test
    void placesAPodOnlyOnAGpuModelItAccepts() {
        GpuRequest a100 = new GpuRequest(1, 1000, Set.of("A100"));
        PodPackingInstance instance = new PodPackingInstance("models", List.of(gpuNode("t4", 8000, 1, "T4"),
                gpuNode("a100", 8000, 1, "A100")), List.of(gpuPod("new", 100, Pod.PENDING, a100),
                gpuPod("old", 100, 0, a100)));
        assertThat(violations(instance, 0, 1)).containsExactly(
                "gpu-model: pod new accepts GPU models [A100], node t4 has T4");
        assertThat(violations(instance, 1, -1)).isEmpty();
        assertThat(violations(instance, -1, 0)).as("the model is checked for running pods too")
                .containsExactly("gpu-model: pod old accepts GPU models [A100], node t4 has T4");
    }

    @Test
    void computesTheFragmentationOfAWorkedExample() {
        GpuRequest half = GpuRequest.share(500);
        GpuRequest quarterOfV100 = new GpuRequest(1, 250, Set.of("V100"));
        PodPackingInstance instance = new PodPackingInstance("fragments", List.of(
                gpuNode("a100", 8000, 2, "A100"), gpuNode("v100", 1500, 1, "V100"),
                new ClusterNode("cpu-only", 8000, 64 * GIB, 110)), List.of(
                gpuPod("half-1", 1000, Pod.PENDING, half), gpuPod("half-2", 1000, Pod.PENDING, half),
                gpuPod("whole", 2000, Pod.PENDING, GpuRequest.whole(1)),
                gpuPod("quarter", 1000, Pod.PENDING, quarterOfV100),
                new Pod("cpu", 500, GIB, 0, Pod.PENDING, false)));
        GpuFragmentation workload = GpuFragmentation.of(instance);
        assertThat(workload.classes()).extracting(GpuFragmentation.TaskClass::popularity)
                .containsExactly(0.5, 0.25, 0.25);
        // a100 runs half-1: devices free (500, 1000), CPU 7000 free.
        //   half: both devices take 500, fragment 0; whole: device 1 takes it, device 0's 500 is the fragment;
        //   quarter: A100 not accepted, all 1500 free is the fragment. 0.5 * 0 + 0.25 * 500 + 0.25 * 1500 = 500.
        // v100 runs quarter: device free 750, CPU 500 free, less than any class requests: 750 for every class.
        // cpu-only has no GPU and counts nothing. Sum 1250 thousandths.
        PodPlacement plan = new PodPlacement(new int[] {0, -1, -1, 1, 2});
        assertThat(workload.node("A100", 7000, new int[] {500, 1000})).isCloseTo(500, within(1e-9));
        assertThat(workload.node("V100", 500, new int[] {750})).isCloseTo(750, within(1e-9));
        assertThat(PodPackingEvaluator.gpuFragmentation(instance, plan)).isCloseTo(1.25, within(1e-9));
        assertThat(PodPackingEvaluator.objective(instance, plan).gpuFragmentation()).isCloseTo(1.25, within(1e-9));
        PodPlacement empty = new PodPlacement(new int[] {-1, -1, -1, -1, -1});
        // Empty: a100 free (1000, 1000): only quarter cannot run there, 0.25 * 2000 = 500; v100 free 1000 with 1500
        // CPU: half and quarter fit (0), whole needs 2000 CPU, 0.25 * 1000 = 250. Sum 750 thousandths.
        assertThat(PodPackingEvaluator.gpuFragmentation(instance, empty)).isCloseTo(0.75, within(1e-9));
    }
}
