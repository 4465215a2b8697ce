package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodPackingInstance;

class KubectlJsonFormatTest {

    private final KubectlJsonFormat format = new KubectlJsonFormat();

    @Test
    void readsNodesAndPodsOfAFolder() {
        Path folder = PodPackingTestFiles.testData("kubectl-small");
        assertThat(InstanceFormats.detect(folder).name()).isEqualTo("kubectl-json");
        PodPackingInstance instance = format.read(folder).getFirst().instance();
        assertThat(instance.name()).isEqualTo("kubectl-small");
        assertThat(instance.nodes()).containsExactly(new ClusterNode("worker-a", 3800, 7L << 30, 110),
                new ClusterNode("worker-b", 2000, 4L << 30, 4));
        assertThat(instance.pods()).containsExactly(
                new Pod("shop/web-1", 600, 320L << 20, 1000, 0, false),
                new Pod("shop/migrate", 2010, 1_000_000_000L + (1 << 20), 0, Pod.PENDING, false),
                new Pod("monitoring/node-exporter-x1", 50, 32L << 20, 2_000_000_000, 1, true),
                new Pod("default/no-requests", 0, 0, 0, Pod.PENDING, false));
    }

    @Test
    void namesThePositionOfAMalformedQuantity() {
        assertThatThrownBy(() -> format.read(PodPackingTestFiles.testData("malformed")))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("pods.json");
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.column()).isEqualTo(85);
                    assertThat(e.problem()).contains("'500x'").contains("/items/0/spec/containers/0");
                });
    }

    @Test
    void namesThePositionOfAJsonSyntaxError() {
        assertThatThrownBy(() -> format.read(PodPackingTestFiles.testData("syntax-error.json")))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("syntax-error.json:3:3: malformed JSON");
                });
    }

    @Test
    void rejectsAPodOnAnUnknownNode() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Node", "metadata": {"name": "a"}, "status": {"allocatable": {"cpu": "1", "memory": "1Gi"}}},
                  {"kind": "Pod", "metadata": {"name": "p"},
                   "spec": {"nodeName": "ghost", "containers": []}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo(25);
                    assertThat(e.problem()).contains("runs on node ghost, which is not among the nodes");
                });
    }

    @Test
    void rejectsANodeWithoutAllocatableResources() {
        String json = """
                {"kind": "List", "items": [{"kind": "Node", "metadata": {"name": "a"}, "status": {}}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "nodes.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(82);
                    assertThat(e.problem()).contains("expected status.allocatable with cpu and memory for node a");
                });
    }

    @Test
    void rejectsAQuantityBeyondALongAtItsPosition() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Node", "metadata": {"name": "a"}, "status": {"allocatable": {"cpu": "1", "memory": "10E"}}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "nodes.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(96);
                    assertThat(e.problem()).startsWith("expected a quantity of at most 9223372036854775807, found 10E");
                });
    }

    @Test
    void rejectsADocumentThatIsNoList() {
        assertThatThrownBy(() -> format.read(new StringReader("[1, 2]"), "pods.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("pods.json:1:1: expected a kubectl List object");
                });
    }
}
