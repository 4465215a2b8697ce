package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.TestFiles;
import org.sched4j.podpacking.GpuRequest;

class OpenbTraceTest {

    private static final String POD_HEADER = "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,"
            + "creation_time,deletion_time,scheduled_time\n";

    @Test
    void readsTheGpusOfNodesAndPods() {
        OpenbTrace trace = OpenbTrace.read(PodPackingTestFiles.testData("openb-small"));

        assertThat(trace.nodes()).hasSize(4);
        assertThat(trace.nodes().get(1)).isEqualTo(new OpenbTrace.TraceNode("openb-node-0001", 64_000, 262_144L << 20,
                8, "V100M16"));
        assertThat(trace.nodes().getFirst().gpus()).isZero();
        assertThat(trace.nodes().getFirst().gpuModel()).isEmpty();
        assertThat(trace.pods()).extracting(OpenbTrace.TracePod::gpu).containsExactly(
                GpuRequest.whole(1),
                GpuRequest.share(460),
                new GpuRequest(2, 1000, Set.of("V100M16", "V100M32")),
                GpuRequest.NONE,
                new GpuRequest(1, 250, Set.of("T4")));
        assertThat(trace.pods()).extracting(OpenbTrace.TracePod::qos)
                .containsExactly("LS", "LS", "Guaranteed", "BE", "Burstable");
        assertThat(trace.pods().get(1).memoryBytes()).isEqualTo(12_288L << 20);
        assertThat(trace.pods().get(4).creationTime()).isEqualTo(40);
    }

    @Test
    void readsThePublishedTraceWhoseGpuSpecIsEmpty() {
        OpenbTrace trace = OpenbTrace.read(TestFiles.benchmark("podpacking", "alibaba-openb-2023"));

        assertThat(trace.nodes()).hasSize(1523);
        assertThat(trace.pods()).hasSize(8152);
        assertThat(trace.nodes()).filteredOn(node -> node.gpuModel().equals("G2")).hasSize(549)
                .allMatch(node -> node.gpus() == 8);
        assertThat(trace.pods()).allMatch(pod -> pod.gpu().models().isEmpty());
        assertThat(trace.pods()).filteredOn(pod -> pod.gpu().isShare()).isNotEmpty();
        assertThat(trace.pods()).filteredOn(pod -> pod.gpu().devices() == 8).isNotEmpty();
    }

    @Test
    void namesTheCellOfAShareOfSeveralDevices(@TempDir Path folder) throws IOException {
        writeTrace(folder, "p1,1000,1024,2,500,,LS,Running,0,1,0\n");

        assertThatThrownBy(() -> OpenbTrace.read(folder)).isInstanceOfSatisfying(InstanceFormatException.class, e -> {
            assertThat(e.source()).isEqualTo(OpenbTrace.POD_FILE);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(16);
            assertThat(e.problem()).contains("gpu_milli 1000").contains("500");
        });
    }

    @Test
    void namesTheCellOfAnUnknownQosAndOfAnEmptyModel(@TempDir Path folder) throws IOException {
        writeTrace(folder, "p1,1000,1024,0,0,,LS,Running,0,1,0\np2,1000,1024,1,1000,A||B,LS,Running,0,1,0\n");
        assertThatThrownBy(() -> OpenbTrace.read(folder)).isInstanceOfSatisfying(InstanceFormatException.class,
                e -> assertThat(e.getMessage()).startsWith(OpenbTrace.POD_FILE + ":3:21: ").contains("A||B"));

        writeTrace(folder, "p1,1000,1024,0,0,,Gold,Running,0,1,0\n");
        assertThatThrownBy(() -> OpenbTrace.read(folder)).isInstanceOfSatisfying(InstanceFormatException.class,
                e -> assertThat(e.getMessage()).startsWith(OpenbTrace.POD_FILE + ":2:19: ").contains("'Gold'"));
    }

    private static void writeTrace(Path folder, String podRows) throws IOException {
        Files.writeString(folder.resolve(OpenbTrace.NODE_FILE), "sn,cpu_milli,memory_mib,gpu,model\n"
                + "n1,32000,262144,8,V100M16\n");
        Files.writeString(folder.resolve(OpenbTrace.POD_FILE), POD_HEADER + podRows);
    }
}
