package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sched4j.instances.InstanceFormatException;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.PlacementRules;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

class KubectlJsonFormatTest {

    private final KubectlJsonFormat format = new KubectlJsonFormat();

    @Test
    void readsNodesAndPodsOfAFolder() {
        Path folder = PodPackingTestFiles.testData("kubectl-small");
        assertThat(InstanceFormats.detect(folder).name()).isEqualTo("kubectl-json");
        PodPackingInstance instance = format.read(folder).getFirst().instance();
        assertThat(instance.name()).isEqualTo("kubectl-small");
        assertThat(instance.nodes()).containsExactly(new ClusterNode("worker-a", 3800, 7L << 30, 110)
                        .withScheduling(new NodeScheduling(Map.of(ClusterNode.HOSTNAME_LABEL, "worker-a"), List.of(),
                                false)),
                new ClusterNode("worker-b", 2000, 4L << 30, 4));
        assertThat(instance.pods()).containsExactly(
                new Pod("shop/web-1", 600, 320L << 20, 1000, 0, false).withScheduling(inNamespace("shop")),
                new Pod("shop/migrate", 2010, 1_000_000_000L + (1 << 20), 0, Pod.PENDING, false)
                        .withScheduling(inNamespace("shop")),
                new Pod("monitoring/node-exporter-x1", 50, 32L << 20, 2_000_000_000, 1, true)
                        .withScheduling(inNamespace("monitoring")),
                new Pod("default/no-requests", 0, 0, 0, Pod.PENDING, false));
        assertThat(instance.budgets()).isEmpty();
        assertThat(instance.unsupported()).isEmpty();
    }

    private static PodScheduling inNamespace(String namespace) {
        return PodScheduling.NONE.withNamespace(namespace);
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

    @Test
    void readsNodeLabelsTaintsCordonAndGpus() {
        PodPackingInstance instance = format.read(PodPackingTestFiles.testData("kubectl-every-field")).getFirst()
                .instance();
        assertThat(instance.nodes()).containsExactly(
                new ClusterNode("gpu-a", 8000, 32L << 30, 110, 4, "NVIDIA-A100", new NodeScheduling(Map.of(
                        ClusterNode.HOSTNAME_LABEL, "gpu-a", ClusterNode.ZONE_LABEL, "z1",
                        "nvidia.com/gpu.product", "NVIDIA-A100", "disk", "ssd"), List.of(
                        new Taint("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE),
                        new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE)), false)),
                new ClusterNode("cordoned", 4000, 16L << 30, 110, 0, "", new NodeScheduling(Map.of(
                        ClusterNode.ZONE_LABEL, "z2"), List.of(PlacementRules.UNSCHEDULABLE_TAINT), true)),
                new ClusterNode("openb-node", 64000, 256L << 30, 1001, 2, "V100M16", new NodeScheduling(Map.of(
                        "alibabacloud.com/gpu-card-model", "V100M16"), List.of(), false)));
    }

    @Test
    void readsTolerationsSelectorsAffinitiesAndSpreadOfAPod() {
        Pod web = readEveryField().pods().getFirst();
        LabelSelector sameRevision = new LabelSelector(Map.of("app", "web"),
                List.of(new LabelRequirement("pod-template-hash", LabelRequirement.Operator.IN, List.of("abc"))));
        PodScheduling expected = PodScheduling.labelled("shop", Map.of("app", "web", "pod-template-hash", "abc"))
                .withTolerations(List.of(new Toleration("nvidia.com/gpu", true, "", TaintEffect.NO_SCHEDULE),
                        new Toleration("spot", false, "yes", null), new Toleration("", true, "",
                                TaintEffect.NO_EXECUTE)))
                .withNodeSelector(Map.of("disk", "ssd"))
                .withNodeAffinity(new NodeAffinity(List.of(new NodeSelectorTerm(
                        List.of(new LabelRequirement(ClusterNode.ZONE_LABEL, LabelRequirement.Operator.IN,
                                List.of("z1", "z2"))),
                        List.of(new LabelRequirement(NodeSelectorTerm.NAME_FIELD, LabelRequirement.Operator.NOT_IN,
                                List.of("cordoned"))))),
                        List.of(new NodeAffinity.Preferred(20, new NodeSelectorTerm(List.of(new LabelRequirement(
                                "disk", LabelRequirement.Operator.EXISTS, List.of())), List.of())))))
                .withPodAntiAffinity(List.of(PodAffinityTerm.of(sameRevision, ClusterNode.HOSTNAME_LABEL)), List.of())
                .withPodAffinity(List.of(), List.of(new PodAffinityTerm.Weighted(50, new PodAffinityTerm(
                        new LabelSelector(Map.of(), List.of(new LabelRequirement("app", LabelRequirement.Operator.IN,
                                List.of("db")))), Set.of("data"), false, ClusterNode.ZONE_LABEL))))
                .withTopologySpread(List.of(new TopologySpreadConstraint(1, ClusterNode.ZONE_LABEL, true,
                        sameRevision, 2, false, true)));
        assertThat(web).isEqualTo(new Pod("shop/web-1", 500, 1L << 30, 0, 0, false, GpuRequest.whole(1),
                expected));
    }

    @Test
    void readsGpuSharesModelsAndNamespaceSelectors() {
        PodPackingInstance instance = readEveryField();
        Pod db = instance.pods().get(1);
        assertThat(db.gpu()).isEqualTo(new GpuRequest(1, 250, Set.of("V100M16", "A100")));
        assertThat(db.priority()).isEqualTo(100);
        assertThat(db.scheduling().requiredAffinity()).containsExactly(new PodAffinityTerm(
                LabelSelector.of(Map.of("app", "web")), Set.of(), true, ClusterNode.ZONE_LABEL));
        assertThat(db.scheduling().preferredAntiAffinity()).as("the name selector resolved over the namespaces")
                .containsExactly(new PodAffinityTerm.Weighted(10, new PodAffinityTerm(LabelSelector.of(Map.of("app",
                        "db")), Set.of("shop", "data"), false, ClusterNode.HOSTNAME_LABEL)));
        Pod trainer = instance.pods().get(2);
        assertThat(trainer.gpu()).isEqualTo(GpuRequest.whole(2));
        assertThat(trainer.scheduling().requiredAntiAffinity()).as("widened to every namespace").containsExactly(
                new PodAffinityTerm(LabelSelector.of(Map.of("app", "train")), Set.of(), true,
                        ClusterNode.HOSTNAME_LABEL));
        assertThat(trainer.scheduling().topologySpread()).containsExactly(new TopologySpreadConstraint(2,
                ClusterNode.HOSTNAME_LABEL, false, null, 1, true, false));
    }

    @Test
    void reportsTheRulesTheModelDoesNotFollow() {
        assertThat(readEveryField().unsupported()).containsExactly(
                "namespaceSelector on namespace labels other than kubernetes.io/metadata.name (anti-affinity read as "
                        + "selecting every namespace, affinity as its listed namespaces or the pod's own): "
                        + "data/trainer",
                "resource ephemeral-storage requested (not modelled): data/trainer",
                "hostPort (the NodePorts filter is not modelled): data/trainer",
                "persistent volume claims (volume topology and attach limits are not modelled): data/trainer",
                "preemptionPolicy Never (a plan may still evict lower-priority pods to place it): data/trainer",
                "pods covered by more than one PodDisruptionBudget (the eviction API refuses to evict them; each "
                        + "budget is checked): data/db-0");
    }

    @Test
    void readsBudgetsFromTheirStatusOrComputesThemAsTheDisruptionController() {
        assertThat(readEveryField().budgets()).containsExactly(
                new DisruptionBudget("shop/web", "shop", LabelSelector.of(Map.of("app", "web")), 0),
                new DisruptionBudget("data/data", "data", LabelSelector.EVERYTHING, 3),
                new DisruptionBudget("data/db", "data", LabelSelector.of(Map.of("app", "db")), 0));
    }

    @Test
    void roundsBudgetPercentagesUp() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Node", "metadata": {"name": "a"}, "status": {"allocatable": {"cpu": "8", "memory": "8Gi"}}},
                  %s,
                  {"kind": "PodDisruptionBudget", "metadata": {"name": "max", "namespace": "p"},
                   "spec": {"maxUnavailable": "34%%", "selector": {"matchLabels": {"app": "x"}}}},
                  {"kind": "PodDisruptionBudget", "metadata": {"name": "min", "namespace": "p"},
                   "spec": {"minAvailable": "50%%", "selector": {"matchLabels": {"app": "x"}}}},
                  {"kind": "PodDisruptionBudget", "metadata": {"name": "neither", "namespace": "p"},
                   "spec": {"selector": {"matchLabels": {"app": "x"}}}}
                ]}
                """.formatted(String.join(",\n", List.of(runningPod("x1"), runningPod("x2"), runningPod("x3"))));
        PodPackingInstance instance = format.read(new StringReader(json), "both.json").getFirst().instance();
        // 34% of 3 is 1.02, rounded up to 2 unavailable: desired 1 of 3 healthy; 50% of 3 rounds up to 2 available;
        // with neither field the controller expects no pod and allows nothing.
        assertThat(instance.budgets()).extracting(DisruptionBudget::allowedDisruptions).containsExactly(2, 1, 0);
        assertThat(instance.unsupported()).hasSize(1).allMatch(line -> line.startsWith("pods covered by more than "
                + "one PodDisruptionBudget"));
    }

    private static String runningPod(String name) {
        return """
                {"kind": "Pod", "metadata": {"name": "%s", "namespace": "p", "labels": {"app": "x"}},
                   "spec": {"nodeName": "a", "containers": []}}""".formatted(name);
    }

    private PodPackingInstance readEveryField() {
        return format.read(PodPackingTestFiles.testData("kubectl-every-field")).getFirst().instance();
    }

    @Test
    void namesThePositionOfAMalformedTaintEffect() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Node", "metadata": {"name": "a"}, "status": {"allocatable": {"cpu": "1", "memory": "1Gi"}},
                   "spec": {"taints": [{"key": "k", "effect": "NoScheduler"}]}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(47);
                    assertThat(e.problem()).startsWith("expected \"effect\" NoSchedule, PreferNoSchedule or "
                            + "NoExecute, found 'NoScheduler'");
                });
    }

    @Test
    void namesThePositionOfAMalformedTolerationOperator() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "p"},
                   "spec": {"containers": [], "tolerations": [{"key": "k", "operator": "Contains"}]}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(72);
                    assertThat(e.problem()).startsWith("expected \"operator\" Exists or Equal, found 'Contains'");
                });
    }

    @Test
    void namesThePositionOfAMaxSkewBelowOne() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [],
                   "topologySpreadConstraints": [{"maxSkew": 0, "topologyKey": "zone",
                                                  "whenUnsatisfiable": "DoNotSchedule"}]}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(46);
                    assertThat(e.problem()).startsWith("expected \"maxSkew\", an integer from 1 to 2147483647, found 0");
                });
    }

    @Test
    void namesThePositionOfAMalformedBudgetPercentage() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "PodDisruptionBudget", "metadata": {"name": "b"}, "spec": {"minAvailable": "150%"}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(87);
                    assertThat(e.problem()).startsWith("expected \"minAvailable\", an integer of at least 0 or a "
                            + "percentage from \"0%\" to \"100%\", found '150%'");
                });
    }

    @Test
    void rejectsAGpuCountThatContradictsTheGpuRequest() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "p", "annotations": {"alibabacloud.com/gpu-count": "3"}},
                   "spec": {"containers": [{"resources": {"requests": {"nvidia.com/gpu": "2"}}}]}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(91);
                    assertThat(e.problem()).startsWith("expected alibabacloud.com/gpu-count equal to the pod's "
                            + "nvidia.com/gpu request 2, found 3");
                });
    }

    @Test
    void rejectsAGpuShareWithoutADeviceCount() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "p", "annotations": {"alibabacloud.com/gpu-milli": "500"}},
                   "spec": {"containers": []}}
                ]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "both.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(91);
                    assertThat(e.problem()).startsWith("expected alibabacloud.com/gpu-count or an nvidia.com/gpu "
                            + "request beside alibabacloud.com/gpu-milli");
                });
    }

    @Test
    void readsTheSimulatorsGpuAnnotationsAlone() {
        String json = """
                {"kind": "List", "items": [
                  {"kind": "Pod", "metadata": {"name": "share", "annotations": {"alibabacloud.com/gpu-milli": "300",
                    "alibabacloud.com/gpu-count": "1", "alibabacloud.com/gpu-card-model": "T4"}},
                   "spec": {"containers": []}},
                  {"kind": "Pod", "metadata": {"name": "cpu", "annotations": {"alibabacloud.com/gpu-count": "0"}},
                   "spec": {"containers": []}}
                ]}
                """;
        PodPackingInstance instance = format.read(new StringReader(json), "both.json").getFirst().instance();
        assertThat(instance.pods()).extracting(Pod::gpu).containsExactly(new GpuRequest(1, 300, Set.of("T4")),
                GpuRequest.NONE);
    }
}
