package org.sched4j.heuristics.podpacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sched4j.heuristics.podpacking.TinyClusters.app;
import static org.sched4j.heuristics.podpacking.TinyClusters.cluster;
import static org.sched4j.heuristics.podpacking.TinyClusters.kubeDefault;
import static org.sched4j.heuristics.podpacking.TinyClusters.node;
import static org.sched4j.heuristics.podpacking.TinyClusters.pending;
import static org.sched4j.heuristics.podpacking.TinyClusters.running;
import static org.sched4j.heuristics.podpacking.TinyClusters.selects;
import static org.sched4j.heuristics.podpacking.TinyClusters.zoned;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * One test per score plugin beyond the resource scores: on two nodes where the resource scores prefer node a (index
 * 0, less loaded by at most a few points), the plugin's normalised and weighted score sends the pod to node b.
 */
class KubeDefaultScoresTest {

    private static final String ZONE = ClusterNode.ZONE_LABEL;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;

    /** The node of the last pod; node b carries a 500 m filler so that a rule-free pod prefers node a. */
    private static int placeOfLastPod(List<ClusterNode> nodes, Pod... pods) {
        Pod[] all = new Pod[pods.length + 1];
        all[0] = running("filler", 500, "filler", 1);
        System.arraycopy(pods, 0, all, 1, pods.length);
        PodPackingInstance instance = cluster(nodes, all);
        return kubeDefault(instance)[pods.length];
    }

    @Test
    void taintTolerationPrefersNodesWithoutUntoleratedPreferNoScheduleTaints() {
        // Raw counts 1 and 0, reversed: a scores 0, b 100, times 3.
        List<ClusterNode> nodes = List.of(node("a", 4000, Map.of(), new Taint("spot", "",
                TaintEffect.PREFER_NO_SCHEDULE)), node("b", 4000, Map.of()));
        assertThat(placeOfLastPod(nodes, pending("p", 100, "web"))).isOne();
        Pod tolerating = pending("p", 100, "web").withScheduling(app("web").withTolerations(
                List.of(Toleration.exists("spot"))));
        assertThat(placeOfLastPod(nodes, tolerating)).isZero();
    }

    @Test
    void nodeAffinityPrefersTheNodesMatchingThePreferredTerms() {
        List<ClusterNode> nodes = List.of(node("a", 4000, Map.of("disk", "hdd")), node("b", 4000,
                Map.of("disk", "ssd")));
        NodeAffinity preferSsd = new NodeAffinity(null, List.of(new NodeAffinity.Preferred(10, new NodeSelectorTerm(
                List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN, List.of("ssd"))), List.of()))));
        assertThat(placeOfLastPod(nodes, pending("p", 100, "web"))).isZero();
        assertThat(placeOfLastPod(nodes, pending("p", 100, "web").withScheduling(
                app("web").withNodeAffinity(preferSsd)))).isOne();
    }

    @Test
    void interPodAffinityPrefersTheDomainsOfThePreferredPodsAndAvoidsTheOthers() {
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod cache = running("cache", 50, "cache", 1);
        Pod web = running("web", 50, "web", 0);
        PodScheduling nearCache = app("api").withPodAffinity(List.of(), List.of(
                new PodAffinityTerm.Weighted(5, PodAffinityTerm.of(selects("cache"), ZONE))));
        PodScheduling awayFromWeb = app("api").withPodAntiAffinity(List.of(), List.of(
                new PodAffinityTerm.Weighted(5, PodAffinityTerm.of(selects("web"), HOST))));
        assertThat(placeOfLastPod(nodes, cache, web, pending("p", 100, "api"))).isZero();
        assertThat(placeOfLastPod(nodes, cache, web, pending("p", 100, "api").withScheduling(nearCache))).isOne();
        assertThat(placeOfLastPod(nodes, cache, web, pending("p", 100, "api").withScheduling(awayFromWeb))).isOne();
    }

    @Test
    void interPodAffinityCountsThePlacedPodsTermsThatSelectTheIncomingPod() {
        // The pod on b prefers (weight 5) or requires (hardPodAffinityWeight 1) pods of app api in its zone.
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod preferring = running("fan", 50, "fan", 1).withScheduling(app("fan").withPodAffinity(List.of(), List.of(
                new PodAffinityTerm.Weighted(5, PodAffinityTerm.of(selects("api"), ZONE)))));
        Pod requiring = running("fan", 50, "fan", 1).withScheduling(app("fan").withPodAffinity(
                List.of(PodAffinityTerm.of(selects("api"), ZONE)), List.of()));
        Pod avoiding = running("fan", 50, "fan", 0).withScheduling(app("fan").withPodAntiAffinity(List.of(),
                List.of(new PodAffinityTerm.Weighted(5, PodAffinityTerm.of(selects("api"), ZONE)))));
        assertThat(placeOfLastPod(nodes, running("fan", 50, "fan", 1), pending("p", 100, "api"))).isZero();
        assertThat(placeOfLastPod(nodes, preferring, pending("p", 100, "api"))).isOne();
        assertThat(placeOfLastPod(nodes, requiring, pending("p", 100, "api"))).isOne();
        assertThat(placeOfLastPod(nodes, avoiding, pending("p", 100, "api"))).isOne();
    }

    @Test
    void podTopologySpreadPrefersTheLessCrowdedDomainsForScheduleAnyway() {
        // z1 holds two web pods: raw round(2 · ln(2 + 2)) = 3 against 0; normalised a 0, b 100, times 2.
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod web0 = running("web-0", 50, "web", 0);
        Pod web1 = running("web-1", 50, "web", 0);
        Pod spreading = pending("p", 100, "web").withScheduling(app("web").withTopologySpread(List.of(
                TopologySpreadConstraint.of(1, ZONE, false, selects("web")))));
        assertThat(placeOfLastPod(nodes, web0, web1, pending("p", 100, "web"))).isZero();
        assertThat(placeOfLastPod(nodes, web0, web1, spreading)).isOne();
    }

    @Test
    void normalisesEachPluginOverTheFeasibleNodesAndWeighsThem() {
        // Identical empty nodes: LeastAllocated (97 + 99) / 2 = 98 and BalancedAllocation 99 everywhere.
        // TaintToleration, 2, 1 and 0 untolerated PreferNoSchedule taints: 100 - 100 * count / 2 = 0, 50, 100, times 3.
        // NodeAffinity, preferred ssd (40) and z1 (20): raw 60, 0, 40; 100 * raw / 60 = 100, 0, 66, times 2.
        Taint spot = new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE);
        Taint old = new Taint("old", "", TaintEffect.PREFER_NO_SCHEDULE);
        List<ClusterNode> nodes = List.of(node("a", 4000, Map.of("disk", "ssd", ZONE, "z1"), spot, old),
                node("b", 4000, Map.of("disk", "hdd", ZONE, "z2"), spot), node("c", 4000, Map.of("disk", "ssd")));
        NodeAffinity preferences = new NodeAffinity(null, List.of(
                new NodeAffinity.Preferred(40, new NodeSelectorTerm(List.of(new LabelRequirement("disk",
                        LabelRequirement.Operator.IN, List.of("ssd"))), List.of())),
                new NodeAffinity.Preferred(20, new NodeSelectorTerm(List.of(new LabelRequirement(ZONE,
                        LabelRequirement.Operator.IN, List.of("z1"))), List.of()))));
        PodPackingInstance instance = cluster(nodes, pending("p", 100, "web").withScheduling(
                app("web").withNodeAffinity(preferences)));
        long[] totals = new long[3];
        new KubeDefaultScoring(new ClusterLoad(instance)).score(0, new int[] {0, 1, 2}, 3, totals);
        assertThat(totals).containsExactly(197 + 0 + 200, 197 + 150 + 0, 197 + 300 + 132);
    }
}
