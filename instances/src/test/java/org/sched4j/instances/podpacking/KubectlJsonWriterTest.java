package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sched4j.instances.InstanceFormats;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.DisruptionBudget;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.LabelSelector;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

class KubectlJsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LabelSelector WEB = LabelSelector.of(Map.of("app", "web"));

    /** A GPU node and a cordoned CPU node; a share, a whole-GPU pod with every rule, a protected pod. */
    private static PodPackingInstance cluster() {
        ClusterNode gpuNode = new ClusterNode("gpu-1", 96_000, 384L << 30, 110, 8, "V100M16", new NodeScheduling(
                Map.of(ClusterNode.HOSTNAME_LABEL, "gpu-1", "nvidia.com/gpu.product", "V100M16"),
                List.of(new Taint("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE)), false));
        ClusterNode cpuNode = new ClusterNode("cpu-1", 2500, 1_000_000_000L, 20, 0, "",
                new NodeScheduling(Map.of(), List.of(new Taint("dedicated", "", TaintEffect.PREFER_NO_SCHEDULE)), true));
        PodScheduling rules = PodScheduling.labelled("shop", Map.of("app", "web"))
                .withTolerations(List.of(Toleration.exists("nvidia.com/gpu"),
                        Toleration.equal("dedicated", "gpu", TaintEffect.NO_SCHEDULE)))
                .withNodeSelector(Map.of("nvidia.com/gpu.product", "V100M16"))
                .withNodeAffinity(new NodeAffinity(List.of(new NodeSelectorTerm(List.of(new LabelRequirement(
                        "nvidia.com/gpu.product", LabelRequirement.Operator.IN, List.of("V100M16", "V100M32"))),
                        List.of(new LabelRequirement("metadata.name", LabelRequirement.Operator.NOT_IN,
                                List.of("cpu-1"))))), List.of(new NodeAffinity.Preferred(10, new NodeSelectorTerm(
                        List.of(new LabelRequirement("zone", LabelRequirement.Operator.EXISTS, List.of())),
                        List.of())))))
                .withPodAffinity(List.of(), List.of(new PodAffinityTerm.Weighted(50, PodAffinityTerm.of(
                        LabelSelector.of(Map.of("app", "db")), ClusterNode.ZONE_LABEL))))
                .withPodAntiAffinity(List.of(new PodAffinityTerm(WEB, Set.of(), true, ClusterNode.HOSTNAME_LABEL)),
                        List.of())
                .withTopologySpread(List.of(new TopologySpreadConstraint(1, ClusterNode.ZONE_LABEL, true, WEB, 3,
                        false, true)));
        List<Pod> pods = List.of(
                new Pod("shop/infer-0", 6000, 12L << 30, 100, 0, false, GpuRequest.share(460),
                        PodScheduling.labelled("shop", Map.of("app", "infer"))),
                new Pod("shop/web-0", 1500, 3L << 30, 1000, Pod.PENDING, false,
                        new GpuRequest(2, 1000, Set.of("V100M16", "V100M32")), rules),
                new Pod("etcd-cpu-1", 100, 100L << 20, 2_000_001_000, 1, true));
        return new PodPackingInstance("written", List.of(gpuNode, cpuNode), pods,
                List.of(new DisruptionBudget("shop/web", "shop", WEB, 0)), List.of());
    }

    private static JsonNode items(Path file) throws IOException {
        JsonNode list = MAPPER.readTree(file.toFile());
        assertThat(list.path("kind").asText()).isEqualTo("List");
        return list.path("items");
    }

    @Test
    void writesNodesWithLabelsTaintsAndGpus(@TempDir Path folder) throws IOException {
        KubectlJsonWriter.write(cluster(), folder);

        JsonNode nodes = items(folder.resolve("nodes.json"));
        JsonNode gpu = nodes.get(0);
        assertThat(gpu.path("kind").asText()).isEqualTo("Node");
        assertThat(gpu.at("/metadata/labels/nvidia.com~1gpu.product").asText()).isEqualTo("V100M16");
        assertThat(gpu.at("/spec/taints/0").toString())
                .isEqualTo("{\"key\":\"nvidia.com/gpu\",\"value\":\"present\",\"effect\":\"NoSchedule\"}");
        assertThat(gpu.at("/status/allocatable").toString())
                .isEqualTo("{\"cpu\":\"96\",\"memory\":\"384Gi\",\"pods\":\"110\",\"nvidia.com/gpu\":\"8\"}");
        assertThat(gpu.at("/status/capacity")).isEqualTo(gpu.at("/status/allocatable"));
        JsonNode cpu = nodes.get(1);
        assertThat(cpu.at("/spec/unschedulable").asBoolean()).isTrue();
        assertThat(cpu.at("/status/allocatable").toString())
                .isEqualTo("{\"cpu\":\"2500m\",\"memory\":\"1000000000\",\"pods\":\"20\"}");
        assertThat(cpu.at("/spec/taints/0/effect").asText()).isEqualTo("PreferNoSchedule");
    }

    @Test
    void writesPodsWithRequestsRulesAndGpuShares(@TempDir Path folder) throws IOException {
        KubectlJsonWriter.write(cluster(), folder);

        JsonNode pods = items(folder.resolve("pods.json"));
        JsonNode share = pods.get(0);
        assertThat(share.at("/metadata/name").asText()).isEqualTo("infer-0");
        assertThat(share.at("/metadata/namespace").asText()).isEqualTo("shop");
        assertThat(share.at("/metadata/annotations").toString())
                .isEqualTo("{\"alibabacloud.com/gpu-count\":\"1\",\"alibabacloud.com/gpu-milli\":\"460\"}");
        assertThat(share.at("/spec/containers/0/resources").toString())
                .isEqualTo("{\"requests\":{\"cpu\":\"6\",\"memory\":\"12Gi\"}}");
        assertThat(share.at("/spec/nodeName").asText()).isEqualTo("gpu-1");
        assertThat(share.at("/status/phase").asText()).isEqualTo("Running");

        JsonNode web = pods.get(1);
        assertThat(web.at("/spec/containers/0/resources").toString()).isEqualTo("{\"requests\":{\"cpu\":\"1500m\","
                + "\"memory\":\"3Gi\",\"nvidia.com/gpu\":\"2\"},\"limits\":{\"nvidia.com/gpu\":\"2\"}}");
        assertThat(web.at("/metadata/annotations/alibabacloud.com~1gpu-card-model").asText())
                .isEqualTo("V100M16|V100M32");
        assertThat(web.at("/spec/nodeName").isMissingNode()).isTrue();
        assertThat(web.at("/spec/priority").asInt()).isEqualTo(1000);
        assertThat(web.at("/status/phase").asText()).isEqualTo("Pending");
        assertThat(web.at("/spec/tolerations").toString()).isEqualTo("[{\"key\":\"nvidia.com/gpu\",\"operator\":"
                + "\"Exists\"},{\"key\":\"dedicated\",\"operator\":\"Equal\",\"value\":\"gpu\",\"effect\":\"NoSchedule\"}]");
        assertThat(web.at("/spec/nodeSelector").toString()).isEqualTo("{\"nvidia.com/gpu.product\":\"V100M16\"}");
        assertThat(web.at("/spec/affinity/nodeAffinity").toString()).isEqualTo("{\"requiredDuringSchedulingIgnored"
                + "DuringExecution\":{\"nodeSelectorTerms\":[{\"matchExpressions\":[{\"key\":\"nvidia.com/gpu.product\","
                + "\"operator\":\"In\",\"values\":[\"V100M16\",\"V100M32\"]}],\"matchFields\":[{\"key\":"
                + "\"metadata.name\",\"operator\":\"NotIn\",\"values\":[\"cpu-1\"]}]}]},\"preferredDuringScheduling"
                + "IgnoredDuringExecution\":[{\"weight\":10,\"preference\":{\"matchExpressions\":[{\"key\":\"zone\","
                + "\"operator\":\"Exists\"}]}}]}");
        assertThat(web.at("/spec/affinity/podAffinity").toString()).isEqualTo("{\"preferredDuringScheduling"
                + "IgnoredDuringExecution\":[{\"weight\":50,\"podAffinityTerm\":{\"labelSelector\":{\"matchLabels\":"
                + "{\"app\":\"db\"}},\"topologyKey\":\"topology.kubernetes.io/zone\"}}]}");
        assertThat(web.at("/spec/affinity/podAntiAffinity").toString()).isEqualTo("{\"requiredDuringScheduling"
                + "IgnoredDuringExecution\":[{\"labelSelector\":{\"matchLabels\":{\"app\":\"web\"}},"
                + "\"namespaceSelector\":{},\"topologyKey\":\"kubernetes.io/hostname\"}]}");
        assertThat(web.at("/spec/topologySpreadConstraints").toString()).isEqualTo("[{\"maxSkew\":1,\"topologyKey\":"
                + "\"topology.kubernetes.io/zone\",\"whenUnsatisfiable\":\"DoNotSchedule\",\"labelSelector\":"
                + "{\"matchLabels\":{\"app\":\"web\"}},\"minDomains\":3,\"nodeAffinityPolicy\":\"Ignore\","
                + "\"nodeTaintsPolicy\":\"Honor\"}]");

        JsonNode etcd = pods.get(2);
        assertThat(etcd.at("/metadata/namespace").asText()).isEqualTo("default");
        assertThat(etcd.at("/metadata/annotations/sched4j.org~1protected").asText()).isEqualTo("true");
    }

    @Test
    void writesDisruptionBudgetsWithTheirStatus(@TempDir Path folder) throws IOException {
        PodPackingInstance instance = cluster();
        KubectlJsonWriter.write(instance, List.of(DisruptionBudgetSpec.maxUnavailable("shop", "web", WEB, 1, 3)),
                folder);

        JsonNode budget = items(folder.resolve(KubectlJsonWriter.BUDGETS_FILE)).get(0);
        assertThat(budget.path("apiVersion").asText()).isEqualTo("policy/v1");
        assertThat(budget.path("kind").asText()).isEqualTo("PodDisruptionBudget");
        assertThat(budget.at("/metadata/name").asText()).isEqualTo("web");
        assertThat(budget.path("spec").toString())
                .isEqualTo("{\"maxUnavailable\":1,\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}");
        assertThat(budget.path("status").toString()).isEqualTo("{\"currentHealthy\":0,\"desiredHealthy\":2,"
                + "\"disruptionsAllowed\":0,\"expectedPods\":3,\"observedGeneration\":1}");
    }

    @Test
    void theKubectlReaderReadsTheWrittenFolder(@TempDir Path folder) throws IOException {
        PodPackingInstance instance = cluster();
        KubectlJsonWriter.write(instance, folder);

        assertThat(InstanceFormats.detect(folder).name()).isEqualTo("kubectl-json");
        PodPackingInstance read = new KubectlJsonFormat().read(folder).getFirst().instance();
        assertThat(read.nodes()).extracting(ClusterNode::name, ClusterNode::cpuMillis, ClusterNode::memoryBytes,
                ClusterNode::podLimit).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gpu-1", 96_000L, 384L << 30, 110),
                        org.assertj.core.groups.Tuple.tuple("cpu-1", 2500L, 1_000_000_000L, 20));
        assertThat(read.pods()).extracting(Pod::name, Pod::cpuMillis, Pod::memoryBytes, Pod::priority,
                Pod::currentNode, Pod::protectedPod).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("shop/infer-0", 6000L, 12L << 30, 100, 0, false),
                        org.assertj.core.groups.Tuple.tuple("shop/web-0", 1500L, 3L << 30, 1000, Pod.PENDING, false),
                        org.assertj.core.groups.Tuple.tuple("default/etcd-cpu-1", 100L, 100L << 20, 2_000_001_000, 1,
                                true));
    }

    @Test
    void writesAGeneratedClusterTheReaderTakes(@TempDir Path folder) throws IOException {
        GeneratedCluster cluster = OpenbClusterGenerator.generate(PodPackingTestFiles.testData("openb-small"),
                OpenbClusterGenerator.Settings.of(100, 5));
        KubectlJsonWriter.write(cluster, folder);

        PodPackingInstance read = new KubectlJsonFormat().read(folder).getFirst().instance();
        assertThat(read.nodeCount()).isEqualTo(100);
        assertThat(read.pods()).extracting(Pod::name)
                .containsExactlyElementsOf(cluster.instance().pods().stream().map(Pod::name).toList());
        assertThat(items(folder.resolve(KubectlJsonWriter.BUDGETS_FILE))).hasSize(cluster.budgetSpecs().size());
    }
}
