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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sched4j.podpacking.ClusterNode;
import org.sched4j.podpacking.GpuRequest;
import org.sched4j.podpacking.LabelRequirement;
import org.sched4j.podpacking.NodeAffinity;
import org.sched4j.podpacking.NodeScheduling;
import org.sched4j.podpacking.NodeSelectorTerm;
import org.sched4j.podpacking.Pod;
import org.sched4j.podpacking.PodAffinityTerm;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * One test per filter: a tiny cluster where the rule-free pod goes to the emptier node 0 and the rule sends it to
 * node 1 (or leaves it pending); every plan is checked by the evaluator.
 */
class KubeDefaultFiltersTest {

    private static final String ZONE = ClusterNode.ZONE_LABEL;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;

    /** Node a (index 0) empty, node b (index 1) with a 1000 m pod: the rule-free pod picks a. */
    private static int placeOfLastPod(List<ClusterNode> nodes, Pod pod) {
        int[] plan = kubeDefault(cluster(nodes, running("filler", 1000, "filler", 1), pod));
        return plan[1];
    }

    private static List<ClusterNode> aAndB(ClusterNode a) {
        return List.of(a, node("b", 4000, Map.of()));
    }

    @Test
    void nodeUnschedulableKeepsNewPodsOffACordonedNodeUnlessTolerated() {
        ClusterNode cordoned = new ClusterNode("a", 4000, TinyClusters.MEMORY, 110)
                .withScheduling(new NodeScheduling(Map.of(), List.of(), true));
        assertThat(placeOfLastPod(aAndB(node("a", 4000, Map.of())), pending("p", 500, "web"))).isZero();
        assertThat(placeOfLastPod(aAndB(cordoned), pending("p", 500, "web"))).isOne();
        Pod tolerating = pending("p", 500, "web").withScheduling(app("web").withTolerations(
                List.of(Toleration.exists("node.kubernetes.io/unschedulable"))));
        assertThat(placeOfLastPod(aAndB(cordoned), tolerating)).isZero();
    }

    @Test
    void taintTolerationKeepsNewPodsOffNoScheduleAndNoExecuteTaints() {
        for (TaintEffect effect : List.of(TaintEffect.NO_SCHEDULE, TaintEffect.NO_EXECUTE)) {
            ClusterNode tainted = node("a", 4000, Map.of(), new Taint("dedicated", "ml", effect));
            assertThat(placeOfLastPod(aAndB(tainted), pending("p", 500, "web"))).isOne();
            Pod tolerating = pending("p", 500, "web").withScheduling(app("web").withTolerations(
                    List.of(Toleration.equal("dedicated", "ml", effect))));
            assertThat(placeOfLastPod(aAndB(tainted), tolerating)).isZero();
        }
    }

    @Test
    void evictsTheRunningPodsANoExecuteTaintDoesNotLetStayUnlessProtected() {
        // The taint manager evicts the pod on a; it re-enters the queue and lands on b. A protected pod must stay.
        Taint maintenance = new Taint("maintenance", "", TaintEffect.NO_EXECUTE);
        List<ClusterNode> nodes = List.of(node("a", 4000, Map.of(), maintenance), node("b", 4000, Map.of()));
        assertThat(kubeDefault(cluster(nodes, running("web", 500, "web", 0)))).containsExactly(1);
        Pod tolerating = running("web", 500, "web", 0).withScheduling(app("web").withTolerations(
                List.of(Toleration.exists("maintenance"))));
        assertThat(kubeDefault(cluster(nodes, tolerating))).containsExactly(0);
        Pod guarded = running("web", 500, "web", 0).at(0, true);
        assertThat(KubeDefaultScheduler.schedule(cluster(nodes, guarded)).nodes()).containsExactly(0);
    }

    @Test
    void nodeAffinityHonoursTheNodeSelectorAndTheRequiredTerms() {
        List<ClusterNode> nodes = List.of(node("a", 4000, Map.of("disk", "hdd", ZONE, "z1")),
                node("b", 4000, Map.of("disk", "ssd", ZONE, "z2")));
        Pod selecting = pending("p", 500, "web").withScheduling(app("web").withNodeSelector(Map.of("disk", "ssd")));
        assertThat(placeOfLastPod(nodes, selecting)).isOne();
        NodeAffinity zoneTwo = new NodeAffinity(List.of(new NodeSelectorTerm(List.of(new LabelRequirement(ZONE,
                LabelRequirement.Operator.IN, List.of("z2"))), List.of())), List.of());
        Pod requiring = pending("p", 500, "web").withScheduling(app("web").withNodeAffinity(zoneTwo));
        assertThat(placeOfLastPod(nodes, requiring)).isOne();
        assertThat(placeOfLastPod(nodes, pending("p", 500, "web"))).isZero();
    }

    @Test
    void nodeResourcesFitPacksTheNewShareBesideTheSharesOfTheNode() {
        // a: one device with a 600 share (400 free), little CPU used; b: one device with a 300 share, more CPU used.
        ClusterNode a = new ClusterNode("a", 4000, TinyClusters.MEMORY, 110, 1, "T4", NodeScheduling.NONE);
        ClusterNode b = new ClusterNode("b", 4000, TinyClusters.MEMORY, 110, 1, "T4", NodeScheduling.NONE);
        Pod shareA = running("s600", 100, "x", 0).withGpu(GpuRequest.share(600));
        Pod shareB = running("s300", 2000, "x", 1).withGpu(GpuRequest.share(300));
        Pod small = pending("p", 100, "y").withGpu(GpuRequest.share(400));
        Pod large = pending("p", 100, "y").withGpu(GpuRequest.share(500));
        assertThat(kubeDefault(cluster(List.of(a, b), shareA, shareB, small))[2]).isZero();
        assertThat(kubeDefault(cluster(List.of(a, b), shareA, shareB, large))[2]).isOne();
    }

    @Test
    void nodeResourcesFitNeedsAWholeDeviceForAWholeRequestAndAnAcceptedModel() {
        // a: two T4 devices, each holding a 600 share (800 free in all, no whole device); b: one free V100, more CPU
        // used.
        List<ClusterNode> nodes = List.of(new ClusterNode("a", 8000, TinyClusters.MEMORY, 110, 2, "T4",
                NodeScheduling.NONE), new ClusterNode("b", 4000, TinyClusters.MEMORY, 110, 1, "V100",
                NodeScheduling.NONE));
        Pod first = running("s1", 100, "x", 0).withGpu(GpuRequest.share(600));
        Pod second = running("s2", 100, "x", 0).withGpu(GpuRequest.share(600));
        Pod filler = running("filler", 2000, "filler", 1);
        assertThat(kubeDefault(cluster(nodes, first, second, filler, pending("p", 100, "y")))[3]).isZero();
        assertThat(kubeDefault(cluster(nodes, first, second, filler,
                pending("p", 100, "y").withGpu(GpuRequest.whole(1))))[3]).isOne();
        Pod v100Share = pending("p", 100, "y").withGpu(new GpuRequest(1, 100, Set.of("V100")));
        assertThat(kubeDefault(cluster(nodes, first, second, filler, v100Share))[3]).isOne();
    }

    @Test
    void interPodAffinityNeedsASelectedPodInTheDomain() {
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod withAffinity = pending("p", 500, "web").withScheduling(app("web").withPodAffinity(
                List.of(PodAffinityTerm.of(selects("db"), ZONE)), List.of()));
        assertThat(kubeDefault(cluster(nodes, running("db", 1000, "db", 1), pending("p", 500, "web")))[1]).isZero();
        assertThat(kubeDefault(cluster(nodes, running("db", 1000, "db", 1), withAffinity))[1]).isOne();
    }

    @Test
    void interPodAffinityLetsTheFirstPodOfAGroupGoAnywhereAndTheNextJoinIt() {
        // Without the rule the second pod would take the emptier node b.
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        PodScheduling group = app("web").withPodAffinity(List.of(PodAffinityTerm.of(selects("web"), ZONE)), List.of());
        Pod first = pending("w1", 1000, "web").withScheduling(group);
        Pod second = pending("w2", 1000, "web").withScheduling(group);
        assertThat(kubeDefault(cluster(nodes, first, second))).containsExactly(0, 0);
        assertThat(kubeDefault(cluster(nodes, pending("w1", 1000, "web"), pending("w2", 1000, "web"))))
                .containsExactly(0, 1);
    }

    @Test
    void interPodAffinityRequeuesAWaitingPodWhenAPodItSelectsIsBound() {
        // web leaves the queue first (priority 5) and finds no db pod; once db is bound, web returns and joins it.
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod web = Pod.pending("web", 500, TinyClusters.POD_MEMORY, 5).withScheduling(app("web").withPodAffinity(
                List.of(PodAffinityTerm.of(selects("db"), ZONE)), List.of()));
        assertThat(kubeDefault(cluster(nodes, web, pending("db", 500, "db")))).containsExactly(0, 0);
    }

    @Test
    void interPodAntiAffinityOfTheIncomingPodAvoidsTheSelectedPods() {
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod avoiding = pending("p", 500, "api").withScheduling(app("api").withPodAntiAffinity(
                List.of(PodAffinityTerm.of(selects("web"), HOST)), List.of()));
        Pod web = running("web", 100, "web", 0);
        Pod filler = running("filler", 1000, "filler", 1);
        assertThat(kubeDefault(cluster(nodes, web, filler, pending("p", 500, "api")))[2]).isZero();
        assertThat(kubeDefault(cluster(nodes, web, filler, avoiding))[2]).isOne();
    }

    @Test
    void interPodAntiAffinityOfThePlacedPodsKeepsTheIncomingPodAway() {
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("a2", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod guarding = running("guard", 100, "db", 0).withScheduling(app("db").withPodAntiAffinity(
                List.of(PodAffinityTerm.of(selects("web"), ZONE)), List.of()));
        Pod fillerA2 = running("filler2", 1000, "filler", 1);
        Pod fillerB = running("filler", 1000, "filler", 2);
        assertThat(kubeDefault(cluster(nodes, running("guard", 100, "db", 0), fillerA2, fillerB,
                pending("p", 500, "web")))[3]).isZero();
        // The guard's zone z1 is closed to web pods: a and a2 alike.
        assertThat(kubeDefault(cluster(nodes, guarding, fillerA2, fillerB, pending("p", 500, "web")))[3]).isEqualTo(2);
    }

    @Test
    void podTopologySpreadKeepsTheSkewWithinMaxSkew() {
        List<ClusterNode> nodes = List.of(zoned("a", 8000, "z1"), zoned("b", 4000, "z2"));
        Pod spreading = pending("p", 100, "web").withScheduling(app("web").withTopologySpread(List.of(
                TopologySpreadConstraint.of(1, ZONE, true, selects("web")))));
        Pod existing = running("web-0", 100, "web", 0);
        Pod filler = running("filler", 2000, "filler", 1);
        assertThat(kubeDefault(cluster(nodes, existing, filler, pending("p", 100, "web")))[2]).isZero();
        assertThat(kubeDefault(cluster(nodes, existing, filler, spreading))[2]).isOne();
        // A pod its own selector does not match adds nothing to the skew: 1 + 0 - 0 is within maxSkew 1.
        Pod notSelf = pending("p", 100, "api").withScheduling(app("api").withTopologySpread(List.of(
                TopologySpreadConstraint.of(1, ZONE, true, selects("web")))));
        assertThat(kubeDefault(cluster(nodes, existing, filler, notSelf))[2]).isZero();
    }

    @Test
    void podTopologySpreadTakesTheMinimumAsZeroBelowMinDomains() {
        List<ClusterNode> nodes = List.of(zoned("a", 4000, "z1"), zoned("b", 4000, "z2"));
        Pod one = running("web-0", 100, "web", 0);
        Pod two = running("web-1", 100, "web", 1);
        Pod twoDomains = pending("p", 100, "web").withScheduling(app("web").withTopologySpread(List.of(
                new TopologySpreadConstraint(1, ZONE, true, selects("web"), 2, true, false))));
        Pod threeDomains = pending("p", 100, "web").withScheduling(app("web").withTopologySpread(List.of(
                new TopologySpreadConstraint(1, ZONE, true, selects("web"), 3, true, false))));
        assertThat(kubeDefault(cluster(nodes, one, two, twoDomains))[2]).isZero();
        assertThat(kubeDefault(cluster(nodes, one, two, threeDomains))[2]).isEqualTo(-1);
    }

    @Test
    void podTopologySpreadCountsOnlyTheNodesItsPoliciesMakeEligible() {
        // z3's only node lacks disk=ssd (the pod's node selector) and is tainted: honoured, z3 is not eligible and the
        // minimum is 1 (a pod in z1 and z2 each); counted, z3's 0 is the minimum and every placement skews by 2.
        List<ClusterNode> nodes = List.of(node("a", 4000, Map.of(ZONE, "z1", "disk", "ssd")),
                node("b", 4000, Map.of(ZONE, "z2", "disk", "ssd")),
                node("c", 4000, Map.of(ZONE, "z3", "disk", "hdd"), new Taint("spot", "", TaintEffect.NO_SCHEDULE)));
        Pod one = running("web-0", 100, "web", 0);
        Pod two = running("web-1", 100, "web", 1);
        PodScheduling ssd = app("web").withNodeSelector(Map.of("disk", "ssd"));
        Pod honoured = pending("p", 100, "web").withScheduling(ssd.withTopologySpread(List.of(
                TopologySpreadConstraint.of(1, ZONE, true, selects("web")))));
        Pod ignoringAffinity = pending("p", 100, "web").withScheduling(ssd.withTopologySpread(List.of(
                new TopologySpreadConstraint(1, ZONE, true, selects("web"), 1, false, false))));
        Pod ignoringTaints = pending("p", 100, "web").withScheduling(app("web").withTopologySpread(List.of(
                new TopologySpreadConstraint(1, ZONE, true, selects("web"), 1, true, false))));
        Pod honouringTaints = pending("p", 100, "web").withScheduling(app("web").withTopologySpread(List.of(
                new TopologySpreadConstraint(1, ZONE, true, selects("web"), 1, true, true))));
        assertThat(kubeDefault(cluster(nodes, one, two, honoured))[2]).isZero();
        assertThat(kubeDefault(cluster(nodes, one, two, ignoringAffinity))[2]).isEqualTo(-1);
        assertThat(kubeDefault(cluster(nodes, one, two, ignoringTaints))[2]).isEqualTo(-1);
        assertThat(kubeDefault(cluster(nodes, one, two, honouringTaints))[2]).isZero();
    }
}
