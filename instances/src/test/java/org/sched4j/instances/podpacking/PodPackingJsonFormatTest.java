package org.sched4j.instances.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

class PodPackingJsonFormatTest {

    private final PodPackingJsonFormat format = new PodPackingJsonFormat();

    @Test
    void readsTheHandWrittenScenario() {
        var file = PodPackingTestFiles.testData("small.json");
        assertThat(InstanceFormats.detect(file).name()).isEqualTo("podpacking-json");
        PodPackingInstance instance = format.read(file).getFirst().instance();
        assertThat(instance.nodes().get(1).podLimit()).isEqualTo(110);
        assertThat(instance.pods()).containsExactly(new Pod("low", 600, 100_000_000, 0, 0, false),
                new Pod("sys", 500, 100_000_000, 100, 1, true), Pod.pending("high", 600, 100_000_000, 10));
    }

    @Test
    void writesWhatItReads() throws IOException {
        PodPackingInstance generated = PaperGridGenerator.generate(4, 4, 2, 1.0, 3);
        StringWriter text = new StringWriter();
        format.write(generated, text);
        PodPackingInstance read = format.read(new StringReader(text.toString()), "x.json").getFirst().instance();
        assertThat(read).isEqualTo(generated);
    }

    @Test
    void namesThePositionOfAnUnknownNode() {
        String json = """
                {"format": "sched4j-podpacking",
                 "nodes": [{"name": "a", "cpu_millis": 1, "memory_bytes": 1}],
                 "pods": [{"name": "p", "cpu_millis": 1, "memory_bytes": 1, "node": "b"}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(69);
                    assertThat(e.problem()).contains("expected the name of a node");
                });
    }

    @Test
    void rejectsANegativeRequestAtItsPod() {
        String json = """
                {"format": "sched4j-podpacking", "nodes": [],
                 "pods": [{"name": "p", "cpu_millis": -5, "memory_bytes": 1}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(11);
                    assertThat(e.problem()).contains("cpuMillis must be at least 0");
                });
    }

    /** A scenario with every field of the format away from its default. */
    static PodPackingInstance everyField() {
        LabelSelector web = new LabelSelector(Map.of("app", "web"), List.of(new LabelRequirement("tier",
                LabelRequirement.Operator.NOT_IN, List.of("test", "dev"))));
        NodeSelectorTerm zoneA = new NodeSelectorTerm(List.of(new LabelRequirement(ClusterNode.ZONE_LABEL,
                LabelRequirement.Operator.IN, List.of("a"))), List.of(new LabelRequirement(NodeSelectorTerm.NAME_FIELD,
                LabelRequirement.Operator.NOT_IN, List.of("n2"))));
        NodeSelectorTerm big = new NodeSelectorTerm(List.of(new LabelRequirement("cores", LabelRequirement.Operator.GT,
                List.of("16")), new LabelRequirement("spot", LabelRequirement.Operator.DOES_NOT_EXIST, List.of())),
                List.of());
        List<ClusterNode> nodes = List.of(
                new ClusterNode("n1", 4000, 8L << 30, 32, 4, "A100", new NodeScheduling(Map.of(
                        ClusterNode.ZONE_LABEL, "a", "cores", "32"), List.of(new Taint("gpu", "true",
                        TaintEffect.NO_SCHEDULE), new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE)), false)),
                new ClusterNode("n2", 2000, 4L << 30, 110, 0, "", new NodeScheduling(Map.of(), List.of(
                        new Taint("maintenance", "", TaintEffect.NO_EXECUTE)), true)));
        PodScheduling rules = PodScheduling.labelled("shop", Map.of("app", "web", "tier", "prod"))
                .withTolerations(List.of(Toleration.exists("gpu"), Toleration.equal("spot", "yes",
                        TaintEffect.PREFER_NO_SCHEDULE), new Toleration("", true, "", null)))
                .withNodeSelector(Map.of("cores", "32"))
                .withNodeAffinity(new NodeAffinity(List.of(zoneA, big), List.of(new NodeAffinity.Preferred(30, big))))
                .withPodAffinity(List.of(new PodAffinityTerm(web, Set.of("shop", "data"), false,
                                ClusterNode.ZONE_LABEL)),
                        List.of(new PodAffinityTerm.Weighted(40, new PodAffinityTerm(LabelSelector.EVERYTHING,
                                Set.of(), true, ClusterNode.HOSTNAME_LABEL))))
                .withPodAntiAffinity(List.of(PodAffinityTerm.of(null, ClusterNode.HOSTNAME_LABEL)),
                        List.of(new PodAffinityTerm.Weighted(5, PodAffinityTerm.of(web, ClusterNode.ZONE_LABEL))))
                .withTopologySpread(List.of(new TopologySpreadConstraint(2, ClusterNode.ZONE_LABEL, true, web, 3,
                                false, true),
                        TopologySpreadConstraint.of(1, ClusterNode.HOSTNAME_LABEL, false, null)));
        List<Pod> pods = List.of(
                new Pod("shop/web-1", 500, 1L << 28, 10, 0, true, new GpuRequest(1, 250, Set.of("A100", "V100")),
                        rules),
                Pod.pending("shop/trainer", 1000, 1L << 30, -5).withGpu(GpuRequest.whole(2))
                        .withScheduling(PodScheduling.NONE.withNodeAffinity(new NodeAffinity(List.of(), List.of()))),
                Pod.pending("plain", 0, 0, 0));
        return new PodPackingInstance("every-field", nodes, pods, List.of(
                new DisruptionBudget("shop/web", "shop", web, 1),
                new DisruptionBudget("default/none", "default", null, 0)),
                List.of("hostPort (the NodePorts filter is not modelled): shop/web-1"));
    }

    @Test
    void writesAndReadsEveryFieldExactly() throws IOException {
        PodPackingInstance instance = everyField();
        StringWriter text = new StringWriter();
        format.write(instance, text);
        PodPackingInstance read = format.read(new StringReader(text.toString()), "x.json").getFirst().instance();
        assertThat(read).isEqualTo(instance);
        StringWriter again = new StringWriter();
        format.write(read, again);
        assertThat(again.toString()).isEqualTo(text.toString());
    }

    @Test
    void leavesDefaultsOut() throws IOException {
        StringWriter text = new StringWriter();
        format.write(everyField(), text);
        assertThat(text.toString()).contains("{\"name\":\"plain\",\"cpu_millis\":0,\"memory_bytes\":0,\"priority\":0}")
                .contains("\"node_affinity\":{\"required\":[]}")
                .contains("{\"max_skew\":1,\"topology_key\":\"kubernetes.io/hostname\",\"when_unsatisfiable\":"
                        + "\"ScheduleAnyway\"}")
                .contains("{\"name\":\"default/none\",\"allowed_disruptions\":0}");
    }

    @Test
    void namesThePositionOfAMalformedTaintEffect() {
        String json = """
                {"format": "sched4j-podpacking", "pods": [],
                 "nodes": [{"name": "a", "cpu_millis": 1, "memory_bytes": 1, "taints": [{"key": "k", "effect": "Never"}]}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(96);
                    assertThat(e.problem()).startsWith("expected \"effect\" NoSchedule, PreferNoSchedule or "
                            + "NoExecute, found 'Never'");
                });
    }

    @Test
    void namesThePositionOfAMalformedOperator() {
        String json = """
                {"format": "sched4j-podpacking", "nodes": [],
                 "pods": [{"name": "p", "cpu_millis": 1, "memory_bytes": 1,
                           "node_selector": {"a": "b"}, "tolerations": [{"key": "k", "operator": "Is"}]}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(82);
                    assertThat(e.problem()).startsWith("expected \"operator\" Exists or Equal, found 'Is'");
                });
    }

    @Test
    void namesThePositionOfAMaxSkewBelowOne() {
        String json = """
                {"format": "sched4j-podpacking", "nodes": [],
                 "pods": [{"name": "p", "cpu_millis": 1, "memory_bytes": 1,
                           "topology_spread": [{"max_skew": -1, "topology_key": "zone"}]}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(45);
                    assertThat(e.problem()).startsWith("expected \"max_skew\", an integer from 1 to 2147483647, "
                            + "found -1");
                });
    }

    @Test
    void namesThePositionOfAnInvalidRequirement() {
        String json = """
                {"format": "sched4j-podpacking", "nodes": [],
                 "pods": [{"name": "p", "cpu_millis": 1, "memory_bytes": 1,
                           "node_affinity": {"required": [{"match_expressions": [{"key": "k", "operator": "In"}]}]}}]}
                """;
        assertThatThrownBy(() -> format.read(new StringReader(json), "s.json"))
                .isInstanceOfSatisfying(InstanceFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(66);
                    assertThat(e.problem()).startsWith("requirement on k: In needs at least one value");
                });
    }
}
