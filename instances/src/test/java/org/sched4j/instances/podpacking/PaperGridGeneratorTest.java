package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

class PaperGridGeneratorTest {

    @Test
    void buildsTheClusterFromTheRequestsAndTheUtilisation() {
        PodPackingInstance instance = PaperGridGenerator.generate(8, 4, 4, 0.95, 11);
        assertThat(instance.name()).isEqualTo("paper-n8-p4-l4-u095-s011");
        assertThat(instance.podCount()).isEqualTo(32);
        assertThat(instance.pendingCount()).isEqualTo(32);
        assertThat(instance.pods()).allSatisfy(pod -> {
            assertThat(pod.cpuMillis()).isBetween(100L, 1000L);
            assertThat(pod.memoryBytes()).isBetween(100_000_000L, 1_000_000_000L);
            assertThat(pod.priority()).isBetween(0, 3);
        });
        long cpu = instance.pods().stream().mapToLong(Pod::cpuMillis).sum();
        long largest = instance.pods().stream().mapToLong(Pod::cpuMillis).max().orElseThrow();
        assertThat(instance.nodes().getFirst().cpuMillis())
                .isEqualTo(Math.max(largest, (long) Math.ceil(cpu / 0.95 / 8)));
        assertThat(PaperGridGenerator.generate(8, 4, 4, 0.95, 11)).isEqualTo(instance);
    }
}
