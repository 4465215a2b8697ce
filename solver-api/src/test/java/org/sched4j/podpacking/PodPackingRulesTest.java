package org.sched4j.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluator on small hand-built clusters: one case per kind of scheduling rule, both sides of it, and the soft
 * penalty's units. Node rules follow {@link PlacementRules}, rules between pods {@link InterPodRules}.
 */
class PodPackingRulesTest {

    private static final long GIB = 1L << 30;
    private static final String ZONE = ClusterNode.ZONE_LABEL;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;
    private static final LabelSelector WEB = LabelSelector.of(Map.of("app", "web"));
    private static final LabelSelector DB = LabelSelector.of(Map.of("app", "db"));

    static ClusterNode node(String name, Map<String, String> labels, Taint... taints) {
        return new ClusterNode(name, 4000, 8 * GIB, 110, 0, "", new NodeScheduling(labels, List.of(taints), false));
    }

    static Pod pod(String name, int currentNode, PodScheduling rules) {
        return new Pod(name, 100, GIB / 16, 0, currentNode, false, GpuRequest.NONE, rules);
    }

    static PodScheduling app(String app) {
        return PodScheduling.labelled("default", Map.of("app", app));
    }

    static List<String> violations(PodPackingInstance instance, int... plan) {
        return PodPackingProblem.TYPE.evaluate(instance, new PodPlacement(plan)).violations();
    }

    static PodPackingInstance cluster(List<ClusterNode> nodes, Pod... pods) {
        return new PodPackingInstance("rules", nodes, List.of(pods));
    }

    @Test
    void keepsNewPodsOffUntoleratedNoScheduleTaintsButLetsRunningPodsStay() {
        Taint gpuOnly = new Taint("gpu", "true", TaintEffect.NO_SCHEDULE);
        PodPackingInstance instance = cluster(List.of(node("tainted", Map.of(), gpuOnly), node("free", Map.of())),
                pod("new", Pod.PENDING, PodScheduling.NONE), pod("old", 0, PodScheduling.NONE),
                pod("tolerating", Pod.PENDING, PodScheduling.NONE.withTolerations(List.of(Toleration.equal("gpu",
                        "true", TaintEffect.NO_SCHEDULE)))));
        assertThat(violations(instance, 0, 0, 0)).containsExactly(
                "taint: pod new does not tolerate taint gpu=true:NoSchedule of node tainted");
        assertThat(violations(instance, 1, 0, 0)).isEmpty();
        assertThat(violations(instance, 1, 1, 0)).isEmpty();
        assertThat(violations(instance, 1, 1, 1)).isEmpty();
    }

    @Test
    void evictsNothingBelowANoExecuteTaintButForbidsStayingThere() {
        PodPackingInstance instance = cluster(List.of(node("draining", Map.of(), new Taint("maintenance", "",
                TaintEffect.NO_EXECUTE)), node("free", Map.of())), pod("old", 0, PodScheduling.NONE));
        assertThat(violations(instance, 0)).singleElement().asString().startsWith("taint: pod old does not tolerate "
                + "taint maintenance:NoExecute");
        assertThat(violations(instance, 1)).isEmpty();
        assertThat(violations(instance, -1)).isEmpty();
    }

    @Test
    void placesNoNewPodOnACordonedNode() {
        ClusterNode cordoned = new ClusterNode("cordoned", 4000, 8 * GIB, 110, 0, "",
                new NodeScheduling(Map.of(), List.of(), true));
        PodPackingInstance instance = cluster(List.of(cordoned, node("free", Map.of())),
                pod("new", Pod.PENDING, PodScheduling.NONE), pod("old", 0, PodScheduling.NONE),
                pod("tolerating", Pod.PENDING, PodScheduling.NONE.withTolerations(List.of(Toleration.exists(
                        PlacementRules.UNSCHEDULABLE_TAINT.key())))));
        assertThat(violations(instance, 0, 0, 0)).containsExactly(
                "unschedulable: pod new is placed on cordoned node cordoned");
        assertThat(violations(instance, 1, 0, 0)).isEmpty();
        assertThat(violations(instance, 1, 1, 0)).isEmpty();
        assertThat(violations(cluster(List.of(node("free", Map.of()), cordoned), pod("old", 0, PodScheduling.NONE)),
                1)).as("moving a pod onto it is placing it anew")
                .containsExactly("unschedulable: pod old is placed on cordoned node cordoned");
    }

    @Test
    void placesNewPodsOnlyOnNodesWithTheirSelectorsLabels() {
        PodScheduling ssd = PodScheduling.NONE.withNodeSelector(Map.of("disk", "ssd"));
        PodPackingInstance instance = cluster(List.of(node("hdd", Map.of("disk", "hdd")),
                node("ssd", Map.of("disk", "ssd"))), pod("new", Pod.PENDING, ssd), pod("old", 0, ssd));
        assertThat(violations(instance, 0, 0)).containsExactly(
                "node-selector: node hdd lacks the labels {disk=ssd} of pod new");
        assertThat(violations(instance, 1, 0)).as("a running pod stays (IgnoredDuringExecution)").isEmpty();
        assertThat(violations(instance, 1, 1)).isEmpty();
    }

    @Test
    void placesNewPodsOnlyOnNodesMatchingARequiredNodeAffinityTerm() {
        NodeSelectorTerm zoneB = new NodeSelectorTerm(List.of(new LabelRequirement(ZONE, LabelRequirement.Operator.IN,
                List.of("b"))), List.of());
        NodeSelectorTerm namedA2 = new NodeSelectorTerm(List.of(), List.of(new LabelRequirement(
                NodeSelectorTerm.NAME_FIELD, LabelRequirement.Operator.IN, List.of("a2"))));
        PodScheduling rules = PodScheduling.NONE.withNodeAffinity(new NodeAffinity(List.of(zoneB, namedA2),
                List.of()));
        PodPackingInstance instance = cluster(List.of(node("a1", Map.of(ZONE, "a")), node("a2", Map.of(ZONE, "a")),
                node("b1", Map.of(ZONE, "b"))), pod("new", Pod.PENDING, rules), pod("old", 0, rules));
        assertThat(violations(instance, 0, 0)).containsExactly(
                "node-affinity: node a1 matches no required node affinity term of pod new");
        assertThat(violations(instance, 1, 0)).isEmpty();
        assertThat(violations(instance, 2, 0)).isEmpty();
        PodPackingInstance nowhere = cluster(List.of(node("a1", Map.of())), pod("new", Pod.PENDING,
                PodScheduling.NONE.withNodeAffinity(new NodeAffinity(List.of(), List.of()))));
        assertThat(violations(nowhere, 0)).as("an empty list of required terms matches no node").hasSize(1);
    }

    @Test
    void placesAPodWithRequiredAffinityOnlyBesideAPodItSelects() {
        PodScheduling nearDb = app("web").withPodAffinity(List.of(PodAffinityTerm.of(DB, ZONE)), List.of());
        PodPackingInstance instance = cluster(List.of(node("a1", Map.of(ZONE, "a")), node("a2", Map.of(ZONE, "a")),
                        node("b1", Map.of(ZONE, "b")), node("bare", Map.of())),
                pod("db", 0, app("db")), pod("web", Pod.PENDING, nearDb));
        assertThat(violations(instance, 0, 2)).containsExactly("pod-affinity: pod web on b1 has no pod its required "
                + "affinity selects in its " + ZONE + " domain");
        assertThat(violations(instance, 0, 1)).isEmpty();
        assertThat(violations(instance, 0, 3)).as("a node without the topology label fails").hasSize(1);
        assertThat(violations(instance, -1, 1)).as("the db evicted: web selects nothing and is no db itself")
                .hasSize(1);
    }

    @Test
    void letsTheFirstPodOfAGroupWithAffinityToItselfBePlacedAnywhere() {
        PodScheduling group = app("cache").withPodAffinity(List.of(PodAffinityTerm.of(
                LabelSelector.of(Map.of("app", "cache")), ZONE)), List.of());
        PodPackingInstance instance = cluster(List.of(node("a1", Map.of(ZONE, "a")), node("b1", Map.of(ZONE, "b"))),
                pod("cache-1", Pod.PENDING, group), pod("cache-2", Pod.PENDING, group));
        assertThat(violations(instance, 0, -1)).isEmpty();
        assertThat(violations(instance, 0, 0)).isEmpty();
        assertThat(violations(instance, 0, 1)).hasSize(2);
    }

    @Test
    void countsOnlyPodsThatEveryRequiredAffinityTermSelects() {
        PodScheduling both = app("web").withPodAffinity(List.of(PodAffinityTerm.of(DB, ZONE),
                PodAffinityTerm.of(LabelSelector.of(Map.of("tier", "cache")), HOST)), List.of());
        ClusterNode a1 = node("a1", Map.of(ZONE, "a"));
        Pod db = pod("db", 0, app("db"));
        Pod cache = pod("cache", 0, PodScheduling.labelled("default", Map.of("tier", "cache")));
        Pod dbCache = pod("db-cache", 0, PodScheduling.labelled("default", Map.of("app", "db", "tier", "cache")));
        Pod web = pod("web", Pod.PENDING, both);
        assertThat(violations(cluster(List.of(a1), db, cache, web), 0, 0, 0))
                .as("each term finds a pod, but no pod is selected by both (filtering.go podMatchesAllAffinityTerms)")
                .singleElement().asString().startsWith("pod-affinity: pod web on a1");
        assertThat(violations(cluster(List.of(a1), dbCache, web), 0, 0)).isEmpty();
    }

    @Test
    void keepsPodsWithRequiredAntiAffinityOffEachOthersHosts() {
        PodScheduling spread = app("web").withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, HOST)), List.of());
        PodPackingInstance instance = cluster(List.of(node("n1", Map.of()), node("n2", Map.of())),
                pod("web-1", Pod.PENDING, spread), pod("web-2", Pod.PENDING, spread));
        assertThat(violations(instance, 0, 0)).hasSize(2).allMatch(v -> v.startsWith("pod-anti-affinity: pods web-"));
        assertThat(violations(instance, 0, 1)).isEmpty();
    }

    @Test
    void checksAntiAffinityBothWays() {
        PodScheduling repelsWeb = app("batch").withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, HOST)),
                List.of());
        List<ClusterNode> nodes = List.of(node("n1", Map.of()), node("n2", Map.of()));
        PodPackingInstance existingRepels = cluster(nodes, pod("batch", 0, repelsWeb), pod("web", Pod.PENDING,
                app("web")));
        assertThat(violations(existingRepels, 0, 0)).containsExactly("pod-anti-affinity: pods batch and web share "
                + "the " + HOST + " domain n1 but the anti-affinity of batch selects web");
        PodPackingInstance incomingRepels = cluster(nodes, pod("web", 0, app("web")), pod("batch", Pod.PENDING,
                repelsWeb));
        assertThat(violations(incomingRepels, 0, 0)).containsExactly("pod-anti-affinity: pods batch and web share "
                + "the " + HOST + " domain n1 but the anti-affinity of batch selects web");
        assertThat(violations(incomingRepels, 0, 1)).isEmpty();
    }

    @Test
    void ignoresAnAntiAffinityViolationBetweenTwoPodsThatBothStay() {
        PodScheduling spread = app("web").withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, HOST)), List.of());
        PodPackingInstance instance = cluster(List.of(node("n1", Map.of()), node("n2", Map.of())),
                pod("web-1", 0, spread), pod("web-2", 0, spread));
        assertThat(violations(instance, 0, 0)).as("IgnoredDuringExecution: the plan did not cause it").isEmpty();
        assertThat(violations(instance, 0, 1)).isEmpty();
        assertThat(violations(instance, 1, 1)).as("moving one beside the other does").hasSize(2);
    }

    @Test
    void keepsPodsWithZoneAntiAffinityOutOfEachOthersZones() {
        PodScheduling oneZoneEach = app("web").withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, ZONE)),
                List.of());
        PodPackingInstance instance = cluster(List.of(node("a1", Map.of(ZONE, "a")), node("a2", Map.of(ZONE, "a")),
                        node("b1", Map.of(ZONE, "b")), node("bare", Map.of())),
                pod("web-1", 0, oneZoneEach), pod("web-2", Pod.PENDING, oneZoneEach));
        assertThat(violations(instance, 0, 1)).hasSize(2).allMatch(v -> v.contains("share the " + ZONE
                + " domain a"));
        assertThat(violations(instance, 0, 2)).isEmpty();
        assertThat(violations(instance, 0, 3)).as("a node without the label is in no domain").isEmpty();
    }

    @Test
    void keepsTheSkewOfANewPodWithinMaxSkew() {
        PodScheduling spread = app("web").withTopologySpread(List.of(TopologySpreadConstraint.of(1, ZONE, true,
                WEB)));
        PodPackingInstance instance = cluster(List.of(node("a1", Map.of(ZONE, "a")), node("b1", Map.of(ZONE, "b")),
                        node("bare", Map.of())),
                pod("web-1", 0, spread), pod("web-2", 0, spread), pod("web-3", Pod.PENDING, spread));
        assertThat(violations(instance, 0, 0, 0)).containsExactly("topology-spread: pod web-3 on a1 makes the skew "
                + "over " + ZONE + " exceed maxSkew 1 by 2");
        assertThat(violations(instance, 0, 0, 1)).isEmpty();
        assertThat(violations(instance, 0, 0, 2)).singleElement().asString().endsWith("(its node lacks the label)");
        assertThat(violations(instance, 0, 1, 0)).as("web-2 moved: zone a holds 1 before web-3, b holds 1")
                .isEmpty();
    }

    @Test
    void takesTheMinimumAsZeroWhileFewerThanMinDomainsDomainsAreEligible() {
        LabelSelector web = WEB;
        PodScheduling one = app("web").withTopologySpread(List.of(new TopologySpreadConstraint(1, ZONE, true, web, 1,
                true, false)));
        PodScheduling three = app("web").withTopologySpread(List.of(new TopologySpreadConstraint(1, ZONE, true, web,
                3, true, false)));
        List<ClusterNode> nodes = List.of(node("a1", Map.of(ZONE, "a")), node("b1", Map.of(ZONE, "b")));
        assertThat(violations(cluster(nodes, pod("web-1", 0, one), pod("web-2", 1, one), pod("web-3", Pod.PENDING,
                one)), 0, 1, 0)).isEmpty();
        assertThat(violations(cluster(nodes, pod("web-1", 0, three), pod("web-2", 1, three), pod("web-3",
                Pod.PENDING, three)), 0, 1, 0)).containsExactly("topology-spread: pod web-3 on a1 makes the skew over "
                + ZONE + " exceed maxSkew 1 by 1");
    }

    @Test
    void countsOnlyNodesWithTheLabelsOfEveryHardSpreadConstraint() {
        PodScheduling spread = app("web").withTopologySpread(List.of(TopologySpreadConstraint.of(1, ZONE, true, WEB),
                TopologySpreadConstraint.of(5, "rack", true, WEB)));
        List<ClusterNode> nodes = List.of(node("a1", Map.of(ZONE, "a", "rack", "r1")),
                node("b1", Map.of(ZONE, "b", "rack", "r2")), node("b-norack", Map.of(ZONE, "b")));
        // web-1 on b-norack does not count (the node has no rack label), so zone b holds 0 pods, not 1.
        PodPackingInstance instance = cluster(nodes, pod("web-1", 2, spread), pod("web-2", 0, spread),
                pod("web-3", Pod.PENDING, spread));
        assertThat(violations(instance, 2, 0, 0)).containsExactly("topology-spread: pod web-3 on a1 makes the skew "
                + "over " + ZONE + " exceed maxSkew 1 by 1");
        assertThat(violations(instance, 2, 0, 1)).isEmpty();
    }

    @Test
    void forbidsDisruptingMorePodsOfABudgetThanItAllows() {
        DisruptionBudget budget = new DisruptionBudget("default/web", "default", WEB, 1);
        PodPackingInstance instance = new PodPackingInstance("budget", List.of(node("n1", Map.of()),
                node("n2", Map.of())), List.of(pod("web-1", 0, app("web")), pod("web-2", 0, app("web")),
                pod("other", 0, app("other")), pod("web-other-namespace", 0, PodScheduling.labelled("shop",
                        Map.of("app", "web")))), List.of(budget), List.of());
        assertThat(violations(instance, 1, 0, 1, 1)).isEmpty();
        assertThat(violations(instance, -1, 0, -1, -1)).isEmpty();
        assertThat(violations(instance, 1, -1, 0, 0)).containsExactly("disruption-budget: the plan disrupts 2 pods "
                + "of budget default/web, which allows 1: web-1, web-2");
    }

    @Test
    void addsTheSoftPenaltyOfEveryMissedPreference() {
        PodScheduling picky = PodScheduling.NONE
                .withNodeAffinity(new NodeAffinity(null, List.of(new NodeAffinity.Preferred(30, new NodeSelectorTerm(
                        List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN, List.of("hdd"))),
                        List.of())))))
                .withPodAffinity(List.of(), List.of(new PodAffinityTerm.Weighted(20, PodAffinityTerm.of(DB, ZONE))))
                .withPodAntiAffinity(List.of(), List.of(new PodAffinityTerm.Weighted(7, PodAffinityTerm.of(WEB,
                        ZONE))))
                .withTopologySpread(List.of(TopologySpreadConstraint.of(1, ZONE, false, WEB)));
        PodScheduling web = app("web").withTolerations(List.of(Toleration.exists("spot")));
        PodPackingInstance instance = cluster(List.of(node("a1", Map.of(ZONE, "a", "disk", "ssd"),
                        new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE)), node("b1", Map.of(ZONE, "b"))),
                pod("web-1", 0, web), pod("web-2", 0, web), pod("picky", Pod.PENDING, picky));
        PodPackingObjective objective = PodPackingEvaluator.objective(instance, new PodPlacement(new int[] {0, 0, 0}));
        // Node affinity missed 30, PreferNoSchedule 100, no db in zone a 20, two web pods in zone a 2 x 7 = 14,
        // and the web pods' zone skew 2 - 0 exceeds maxSkew 1 by 1: 100.
        assertThat(objective.softPenalty()).isEqualTo(30 + 100 + 20 + 14 + 100);
        assertThat(violations(instance, 0, 0, 0)).isEmpty();
        // On b1: node affinity still missed (30), no db (20); nothing else.
        assertThat(PodPackingEvaluator.objective(instance, new PodPlacement(new int[] {0, 0, 1})).softPenalty())
                .isEqualTo(50);
    }
}
