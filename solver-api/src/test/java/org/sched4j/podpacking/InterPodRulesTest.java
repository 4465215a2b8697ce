package org.sched4j.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluator's rules between pods on hand-made plans: which plans break them, named by their kind. */
class InterPodRulesTest {

    private static final long GIB = 1L << 30;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;
    private static final LabelSelector WEB = LabelSelector.of(Map.of("app", "web"));

    @Test
    void requiredAffinityNeedsASelectedPodInTheDomainOfAPodPlacedAnew() {
        PodScheduling client = PodScheduling.labelled("default", Map.of("app", "client")).withPodAffinity(
                List.of(PodAffinityTerm.of(LabelSelector.of(Map.of("app", "cache")), HOST)), List.of());
        PodPackingInstance instance = instance(List.of(
                pod("cache", 1, PodScheduling.labelled("default", Map.of("app", "cache"))),
                pod("client", Pod.PENDING, client)), List.of());
        assertThat(kinds(instance, 1, 0)).containsExactly("pod-affinity");
        assertThat(kinds(instance, 1, 1)).isEmpty();
    }

    @Test
    void theFirstPodOfASelfSelectingGroupNeedsNoPartnerButTheSecondDoes() {
        PodScheduling member = web().withPodAffinity(List.of(PodAffinityTerm.of(WEB, HOST)), List.of());
        PodPackingInstance instance = instance(List.of(pod("web-1", Pod.PENDING, member),
                pod("web-2", Pod.PENDING, member)), List.of());
        assertThat(kinds(instance, 0, -1)).isEmpty();
        assertThat(kinds(instance, 0, 0)).isEmpty();
        assertThat(kinds(instance, 0, 1)).containsExactly("pod-affinity", "pod-affinity");
    }

    @Test
    void antiAffinityBetweenTwoPodsThatStayPredatesThePlan() {
        PodScheduling replica = web().withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, HOST)), List.of());
        PodPackingInstance instance = instance(List.of(pod("web-1", 0, replica), pod("web-2", 0, replica),
                pod("web-3", Pod.PENDING, replica)), List.of());
        assertThat(kinds(instance, 0, 0, 1)).isEmpty();
        assertThat(kinds(instance, 0, 0, 0)).containsOnly("pod-anti-affinity");
    }

    @Test
    void hardSpreadCountsTheSelectedPodsOfTheNamespacePerDomain() {
        PodScheduling replica = web().withTopologySpread(List.of(TopologySpreadConstraint.of(1, HOST, true, WEB)));
        PodScheduling elsewhere = PodScheduling.labelled("other", Map.of("app", "web"));
        PodPackingInstance instance = instance(List.of(pod("web-1", 0, replica), pod("stranger-1", 1, elsewhere),
                pod("stranger-2", 1, elsewhere), pod("web-2", Pod.PENDING, replica),
                pod("web-3", Pod.PENDING, replica)), List.of());
        assertThat(kinds(instance, 0, 1, 1, 1, -1)).isEmpty();
        assertThat(kinds(instance, 0, 1, 1, 0, 0)).containsExactly("topology-spread", "topology-spread");
    }

    @Test
    void aBudgetCountsTheDisruptedPodsItSelectsInItsNamespace() {
        PodScheduling guarded = PodScheduling.labelled("default", Map.of("app", "db", "tier", "data"));
        PodScheduling lookalike = PodScheduling.labelled("other", Map.of("app", "db", "tier", "data"));
        DisruptionBudget budget = new DisruptionBudget("default/db", "default", new LabelSelector(Map.of("app", "db"),
                List.of(new LabelRequirement("tier", LabelRequirement.Operator.IN, List.of("data")))), 1);
        PodPackingInstance instance = instance(List.of(pod("db-1", 0, guarded), pod("db-2", 1, guarded),
                pod("db-3", 0, lookalike)), List.of(budget));
        assertThat(kinds(instance, -1, 1, -1)).isEmpty();
        assertThat(kinds(instance, -1, 0, 0)).containsExactly("disruption-budget");
    }

    private static List<String> kinds(PodPackingInstance instance, int... plan) {
        return PodPackingProblem.TYPE.evaluate(instance, new PodPlacement(plan)).violations().stream()
                .map(violation -> violation.substring(0, violation.indexOf(':'))).toList();
    }

    private static PodScheduling web() {
        return PodScheduling.labelled("default", Map.of("app", "web"));
    }

    private static Pod pod(String name, int node, PodScheduling rules) {
        return new Pod(name, 100, GIB, 0, node, false, GpuRequest.NONE, rules);
    }

    private static PodPackingInstance instance(List<Pod> pods, List<DisruptionBudget> budgets) {
        List<ClusterNode> nodes = List.of(new ClusterNode("a", 4000, 16 * GIB, 110),
                new ClusterNode("b", 4000, 16 * GIB, 110));
        return new PodPackingInstance("inter-pod", nodes, pods, budgets, List.of());
    }
}
