package org.sched4j.cpmodels.podpacking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sched4j.api.SolveOptions;
import org.sched4j.api.SolveResult;
import org.sched4j.api.SolveStatus;
import org.sched4j.cpmodels.OrToolsNativeLibrary;
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
import org.sched4j.podpacking.PodPackingEvaluator;
import org.sched4j.podpacking.PodPackingInstance;
import org.sched4j.podpacking.PodPackingObjective;
import org.sched4j.podpacking.PodPackingProblem;
import org.sched4j.podpacking.PodPlacement;
import org.sched4j.podpacking.PodScheduling;
import org.sched4j.podpacking.Taint;
import org.sched4j.podpacking.TaintEffect;
import org.sched4j.podpacking.TierOutcome;
import org.sched4j.podpacking.Toleration;
import org.sched4j.podpacking.TopologySpreadConstraint;

/**
 * One tiny cluster per rule kind, where the obvious placement (the default scheduler's, which does not know the rule)
 * breaks the rule: {@code cpsat} must return a plan the evaluator finds valid, with the hand-computed optimum per
 * tier, and claim OPTIMAL only when every level of the objective is proven.
 */
class CpSatPodPackingRulesTest {

    private static final SolveOptions OPTIONS = SolveOptions.withTimeLimit(Duration.ofSeconds(10)).threads(2);
    private static final long GIB = 1L << 30;
    private static final String ZONE = ClusterNode.ZONE_LABEL;
    private static final String HOST = ClusterNode.HOSTNAME_LABEL;
    private static final LabelSelector WEB = LabelSelector.of(Map.of("app", "web"));

    @BeforeAll
    static void loadTheNativeLibraryOutsideTheTimedTests() {
        OrToolsNativeLibrary.ensureLoaded();
    }

    @Test
    @Timeout(60)
    void keepsPodsOffNodesWhoseTaintsTheyDoNotTolerate() {
        ClusterNode tainted = node("a", 4000, Map.of(),
                List.of(new Taint("dedicated", "gpu", TaintEffect.NO_SCHEDULE)));
        ClusterNode plain = node("b", 2000, Map.of(), List.of());
        PodScheduling tolerant = PodScheduling.NONE.withTolerations(List.of(Toleration.exists("dedicated")));
        PodPackingInstance instance = instance(List.of(tainted, plain), List.of(
                pending("p1", 2000, 10, PodScheduling.NONE), pending("p2", 2000, 10, tolerant),
                pending("p3", 2000, 0, PodScheduling.NONE)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(2, 0), tier(0, 0));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void placesNewPodsOnlyOnSchedulableNodesTheirSelectorAndAffinityAccept() {
        ClusterNode cordoned = new ClusterNode("a", 8000, 64 * GIB, 110, 0, "",
                new NodeScheduling(Map.of("disk", "ssd"), List.of(), true));
        ClusterNode ssd = node("b", 2000, Map.of("disk", "ssd"), List.of());
        ClusterNode hdd = node("c", 4000, Map.of("disk", "hdd"), List.of());
        NodeAffinity ssdOnly = new NodeAffinity(List.of(new NodeSelectorTerm(List.of(new LabelRequirement("disk",
                LabelRequirement.Operator.IN, List.of("ssd"))), List.of())), List.of());
        PodPackingInstance instance = instance(List.of(cordoned, ssd, hdd), List.of(
                pending("selector", 2000, 10, PodScheduling.NONE.withNodeSelector(Map.of("disk", "ssd"))),
                pending("affinity", 2000, 10, PodScheduling.NONE.withNodeAffinity(ssdOnly)),
                pending("free", 4000, 0, PodScheduling.NONE)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(1, 0), tier(1, 0));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void placesOneReplicaPerNodeUnderHostnameAntiAffinity() {
        PodScheduling replica = web().withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, HOST)), List.of());
        PodPackingInstance instance = instance(List.of(node("a", 4000), node("b", 4000)), List.of(
                pending("web-1", 1000, 0, replica), pending("web-2", 1000, 0, replica),
                pending("web-3", 1000, 0, replica)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(2, 0));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void letsTwoPodsThatStayKeepTheirAntiAffinityClashButPlacesNoNewPodBesideThem() {
        PodScheduling replica = web().withPodAntiAffinity(List.of(PodAffinityTerm.of(WEB, ZONE)), List.of());
        PodPackingInstance instance = instance(List.of(node("a", 4000, Map.of(ZONE, "z1"), List.of()),
                node("b", 4000, Map.of(ZONE, "z1"), List.of()), node("c", 1000, Map.of(ZONE, "z2"), List.of())),
                List.of(running("web-1", 1000, 0, 0, replica), running("web-2", 1000, 0, 1, replica),
                        pending("web-3", 1000, 0, replica), pending("web-4", 1000, 0, replica)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(3, 0));
        assertThat(result.solution().nodeOf(0)).isZero();
        assertThat(result.solution().nodeOf(1)).isEqualTo(1);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void placesAPodWithRequiredAffinityBesideThePodItSelects() {
        PodScheduling client = PodScheduling.labelled("default", Map.of("app", "client"))
                .withPodAffinity(List.of(PodAffinityTerm.of(LabelSelector.of(Map.of("app", "cache")), HOST)),
                        List.of());
        PodPackingInstance instance = instance(List.of(node("a", 4000), node("b", 2000)), List.of(
                running("cache", 1000, 0, 1, PodScheduling.labelled("default", Map.of("app", "cache"))),
                pending("client", 1000, 0, client), pending("filler", 1000, 0, PodScheduling.NONE)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(3, 0));
        assertThat(result.solution().nodeOf(1)).isEqualTo(1);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void placesAGroupWithSelfAffinityInOneDomainFirstPodWithoutPartner() {
        PodScheduling member = web().withPodAffinity(List.of(PodAffinityTerm.of(WEB, HOST)), List.of());
        PodPackingInstance instance = instance(List.of(node("a", 2000), node("b", 2000)), List.of(
                pending("web-1", 1000, 0, member), pending("web-2", 1000, 0, member),
                pending("web-3", 1000, 0, member)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(2, 0));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void keepsTheZoneSkewOfNewReplicasWithinMaxSkew() {
        PodScheduling replica = web().withTopologySpread(List.of(TopologySpreadConstraint.of(1, ZONE, true, WEB)));
        PodPackingInstance instance = instance(zonesThreeAndOne(), List.of(
                pending("web-1", 1000, 0, replica), pending("web-2", 1000, 0, replica),
                pending("web-3", 1000, 0, replica), pending("web-4", 1000, 0, replica)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(3, 0));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void countsTheMinimumAsZeroBelowMinDomains() {
        PodScheduling replica = web().withTopologySpread(List.of(
                new TopologySpreadConstraint(1, ZONE, true, WEB, 3, true, false)));
        PodPackingInstance instance = instance(zonesThreeAndOne(), List.of(
                pending("web-1", 1000, 0, replica), pending("web-2", 1000, 0, replica),
                pending("web-3", 1000, 0, replica)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(2, 0));
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void spreadsAPodAwayFromThePodsItsSelectorCountsWhenItDoesNotMatchItself() {
        PodScheduling database = PodScheduling.labelled("default", Map.of("app", "db"));
        PodScheduling client = PodScheduling.labelled("default", Map.of("app", "client")).withTopologySpread(List.of(
                TopologySpreadConstraint.of(1, ZONE, true, LabelSelector.of(Map.of("app", "db")))));
        PodPackingInstance instance = instance(zonesThreeAndOne(), List.of(
                running("db-1", 1000, 0, 0, database), running("db-2", 1000, 0, 1, database),
                pending("client", 1000, 0, client)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(3, 0));
        assertThat(result.solution().nodeOf(2)).isEqualTo(3);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void disruptsNoMoreCoveredPodsThanTheBudgetAllows() {
        PodScheduling guarded = PodScheduling.labelled("default", Map.of("app", "guarded"));
        PodPackingInstance instance = new PodPackingInstance("budget", List.of(node("a", 2000), node("b", 2000)),
                List.of(running("l1", 1000, 0, 0, PodScheduling.NONE), running("l2", 1000, 0, 0, PodScheduling.NONE),
                        running("m", 1000, 0, 1, guarded), pending("h", 2000, 10, PodScheduling.NONE)),
                List.of(new DisruptionBudget("default/guarded", "default", LabelSelector.of(Map.of("app",
                        "guarded")), 0)), List.of());
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(1, 0), tier(2, 3));
        assertThat(result.solution().nodeOf(2)).isEqualTo(1);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void packsGpuSharesThatBestFitWouldSplitBadly() {
        ClusterNode gpuNode = new ClusterNode("g", 64_000, 256 * GIB, 110, 2, "V100", NodeScheduling.NONE);
        List<Pod> pods = new ArrayList<>();
        int[] shares = {500, 400, 300, 300, 250, 250, 350};
        for (int i = 0; i < shares.length; i++) {
            pods.add(pending("share-" + i, 1000, 0, PodScheduling.NONE).withGpu(GpuRequest.share(shares[i])));
        }
        PodPackingInstance instance = instance(List.of(gpuNode, node("cpu", 64_000)), pods);
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(6, 0));
        assertThat(result.statistics().get("rejected_gpu_packings").intValue()).isZero();
        PodPackingObjective objective = PodPackingEvaluator.objective(instance, result.solution());
        if (result.status() == SolveStatus.OPTIMAL) {
            assertThat(objective.gpuFragmentation()).isLessThanOrEqualTo(PodPackingObjective.FRAGMENTATION_TOLERANCE);
        }
    }

    @Test
    @Timeout(60)
    void minimisesTheNodeLocalSoftPenaltyAfterTheTiers() {
        ClusterNode preferNot = node("a", 4000, Map.of(),
                List.of(new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE)));
        ClusterNode ssd = node("b", 1000, Map.of("disk", "ssd"), List.of());
        NodeAffinity prefersSsd = new NodeAffinity(null, List.of(new NodeAffinity.Preferred(50,
                new NodeSelectorTerm(List.of(new LabelRequirement("disk", LabelRequirement.Operator.IN,
                        List.of("ssd"))), List.of()))));
        PodPackingInstance instance = instance(List.of(preferNot, ssd), List.of(
                pending("p1", 1000, 0, PodScheduling.NONE.withNodeAffinity(prefersSsd)),
                pending("p2", 1000, 0, PodScheduling.NONE)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(2, 0));
        assertThat(PodPackingEvaluator.objective(instance, result.solution()).softPenalty()).isEqualTo(100);
        assertThat(result.status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    @Test
    @Timeout(60)
    void claimsNoOptimumWhenAnInterPodPreferenceIsMissedAndLeftOutOfTheModel() {
        PodScheduling replica = web().withPodAntiAffinity(List.of(),
                List.of(new PodAffinityTerm.Weighted(10, PodAffinityTerm.of(WEB, HOST))));
        PodPackingInstance instance = instance(List.of(node("a", 4000)), List.of(
                pending("web-1", 1000, 0, replica), pending("web-2", 1000, 0, replica)));
        SolveResult<PodPlacement> result = solveValid(instance);
        assertTiers(instance, result, tier(2, 0));
        assertThat(PodPackingEvaluator.objective(instance, result.solution()).softPenalty()).isEqualTo(20);
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
    }

    private static List<ClusterNode> zonesThreeAndOne() {
        return List.of(node("a1", 4000, Map.of(ZONE, "a"), List.of()), node("a2", 4000, Map.of(ZONE, "a"), List.of()),
                node("a3", 4000, Map.of(ZONE, "a"), List.of()), node("b1", 1000, Map.of(ZONE, "b"), List.of()));
    }

    private static SolveResult<PodPlacement> solveValid(PodPackingInstance instance) {
        SolveResult<PodPlacement> result = new CpSatPodPackingSolver().solve(instance, OPTIONS);
        assertThat(PodPackingProblem.TYPE.evaluate(instance, result.solution()).violations()).isEmpty();
        assertThat(result.statistics().get("rejected_plans").intValue()).isZero();
        return result;
    }

    /** The placed pods and the disruption of one tier, highest priority first. */
    private record Tier(int placed, int disruption) {
    }

    private static Tier tier(int placed, int disruption) {
        return new Tier(placed, disruption);
    }

    private static void assertTiers(PodPackingInstance instance, SolveResult<PodPlacement> result, Tier... expected) {
        List<TierOutcome> tiers = PodPackingEvaluator.objective(instance, result.solution()).tiers();
        assertThat(tiers.stream().map(t -> new Tier(t.placed(), t.disruption())).toList())
                .as("tiers of %s", Arrays.toString(result.solution().nodes()))
                .containsExactly(expected);
    }

    private static PodScheduling web() {
        return PodScheduling.labelled("default", Map.of("app", "web"));
    }

    private static ClusterNode node(String name, long cpu) {
        return node(name, cpu, Map.of(), List.of());
    }

    private static ClusterNode node(String name, long cpu, Map<String, String> labels, List<Taint> taints) {
        return new ClusterNode(name, cpu, 64 * GIB, 110, 0, "", new NodeScheduling(labels, taints, false));
    }

    private static Pod pending(String name, long cpu, int priority, PodScheduling rules) {
        return new Pod(name, cpu, GIB, priority, Pod.PENDING, false, GpuRequest.NONE, rules);
    }

    private static Pod running(String name, long cpu, int priority, int node, PodScheduling rules) {
        return new Pod(name, cpu, GIB, priority, node, false, GpuRequest.NONE, rules);
    }

    private static PodPackingInstance instance(List<ClusterNode> nodes, List<Pod> pods) {
        return new PodPackingInstance("rules", nodes, pods);
    }
}
