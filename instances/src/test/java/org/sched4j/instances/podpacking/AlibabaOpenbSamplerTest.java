package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sched4j.instances.TestFiles;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

class AlibabaOpenbSamplerTest {

    @Test
    void samplesNodesAndPodsOfTheTrace() {
        var folder = TestFiles.benchmark("podpacking", "alibaba-openb-2023");
        PodPackingInstance instance = AlibabaOpenbSampler.sample(folder, 50, 400, 7);
        assertThat(instance.nodeCount()).isEqualTo(50);
        assertThat(instance.podCount()).isEqualTo(400);
        assertThat(instance.pods()).extracting(Pod::priority).containsAnyOf(100, 0).allMatch(
                priority -> priority == 0 || priority == 10 || priority == 100 || priority == 1000);
        assertThat(instance.nodes()).allMatch(node -> node.cpuMillis() > 0 && node.memoryBytes() % (1 << 20) == 0);
        assertThat(AlibabaOpenbSampler.sample(folder, 50, 400, 7)).isEqualTo(instance);
    }
}
