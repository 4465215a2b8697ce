package org.sched4j.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GpuFragmentationTest {

    private static Pod gpuPod(String name, long cpu, GpuRequest gpu) {
        return Pod.pending(name, cpu, 1 << 20, 0).withGpu(gpu);
    }

    @Test
    void weighsEachClassByItsShareOfTheGpuPods() {
        // Workload: 3 pods of a half GPU with 4 cores, 1 pod of a whole GPU with 2 cores; a CPU-only pod is left out.
        PodPackingInstance instance = new PodPackingInstance("w", List.of(new ClusterNode("n", 8000, 1L << 40, 110)),
                List.of(gpuPod("a", 4000, GpuRequest.share(500)), gpuPod("b", 4000, GpuRequest.share(500)),
                        gpuPod("c", 4000, GpuRequest.share(500)), gpuPod("d", 2000, GpuRequest.whole(1)),
                        Pod.pending("cpu", 1000, 1 << 20, 0)));
        GpuFragmentation workload = GpuFragmentation.of(instance);
        assertThat(workload.workloadPods()).isEqualTo(4);
        assertThat(workload.classes()).extracting(GpuFragmentation.TaskClass::popularity).containsExactly(0.75, 0.25);
        // Devices free 600 and 300, 8 cores: the half GPU fits (fragment 300), the whole GPU does not (900):
        // 0.75 * 300 + 0.25 * 900 = 450.
        assertThat(workload.node("", 8000, new int[] {600, 300})).isEqualTo(450.0);
        assertThat(workload.weightedNode("", 8000, new int[] {600, 300})).isEqualTo(1800);
        // With 3 cores left the half GPU's 4 cores do not fit either: all 900 free is a fragment for both.
        assertThat(workload.node("", 3000, new int[] {600, 300})).isEqualTo(900.0);
        assertThat(workload.node("", 8000, new int[] {0, 0})).isZero();
    }

    @Test
    void groupedEvaluationEqualsThePerClassSumOfTheDefinition() {
        SplittableRandom random = new SplittableRandom(7);
        List<Pod> pods = new ArrayList<>();
        List<String> models = List.of("A", "B");
        for (int p = 0; p < 300; p++) {
            long cpu = 1000L * (1 + random.nextInt(8));
            GpuRequest gpu = switch (random.nextInt(4)) {
                case 0 -> GpuRequest.whole(1 + random.nextInt(3));
                case 1 -> new GpuRequest(1, 1000, Set.of(models.get(random.nextInt(2))));
                default -> GpuRequest.share(50 * (1 + random.nextInt(19)));
            };
            pods.add(gpuPod("p" + p, cpu, gpu));
        }
        PodPackingInstance instance = new PodPackingInstance("r", List.of(new ClusterNode("n", 1, 1, 1)), pods);
        GpuFragmentation workload = GpuFragmentation.of(instance);
        for (int trial = 0; trial < 2000; trial++) {
            int[] free = new int[1 + random.nextInt(8)];
            for (int d = 0; d < free.length; d++) {
                free[d] = random.nextInt(3) == 0 ? 1000 : random.nextInt(1001);
            }
            String model = random.nextBoolean() ? models.get(random.nextInt(2)) : "";
            long cpuLeft = 500L * random.nextInt(20);
            assertThat(workload.weightedNode(model, cpuLeft, free))
                    .isEqualTo(perClassSum(instance, model, cpuLeft, free));
        }
    }

    /** The definition, pod by pod: the sum of each GPU pod's fragment. */
    private static long perClassSum(PodPackingInstance instance, String model, long cpuLeft, int[] free) {
        long freeTotal = 0;
        for (int f : free) {
            freeTotal += f;
        }
        long sum = 0;
        for (Pod pod : instance.pods()) {
            GpuRequest gpu = pod.gpu();
            int fitting = 0;
            long tooSmall = 0;
            for (int f : free) {
                if (f >= gpu.milliPerDevice()) {
                    fitting++;
                } else {
                    tooSmall += f;
                }
            }
            boolean runs = gpu.acceptsModel(model) && cpuLeft >= pod.cpuMillis() && fitting >= gpu.devices();
            sum += runs ? tooSmall : freeTotal;
        }
        return sum;
    }
}
